package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.gateway.VtpmGateway;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.stateblob.SealedBlob;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.VmRoots;

/**
 * A compromised QEMU: a program of its own that passes admission (it is the approved, labelled executable, has the
 * VM's image open and names its UUID) and then speaks swtpm's control protocol as it likes, sending what QEMU 7.2
 * never sends, two requests in one write, and state blobs of its own making or of an older capture. Each refused
 * request reaches QEMU as a failure result and never reaches swtpm.
 */
class CompromisedQemuTest {
	/** The attacker: a Java source program run by the same java executable as the test (its "approved QEMU"). */
	private static final String ATTACKER = """
			import java.io.*;
			import java.net.*;
			import java.nio.*;
			import java.nio.channels.*;
			import java.nio.file.*;

			public class FakeQemu {
				static SocketChannel ctrl;

				public static void main(String[] args) throws Exception {
					FileChannel image = FileChannel.open(Path.of(args[3].substring(5)));
					// its own source is a bare argument, which QEMU would take for a disk: keep it open like one
					FileChannel self = FileChannel.open(Path.of(System.getProperty("vtpm.self")));
					String captured = System.getProperty("vtpm.captured");
					ctrl = SocketChannel.open(StandardProtocolFamily.UNIX);
					ctrl.connect(UnixDomainSocketAddress.of(System.getProperty("vtpm.socket")));
					StringBuilder out = new StringBuilder("RESULTS");
					out.append(' ').append(call(2, new byte[4], 4));       // INIT
					// two requests in one write, without waiting for the first answer
					write(ByteBuffer.allocate(20).putInt(0x01).putInt(0x0c).putInt(1).putInt(1).putInt(0).array());
					out.append(' ').append(read(8).getLong(0) != 0 ? 0 : -1);  // GET_CAPABILITY
					ByteBuffer first = read(16);
					byte[] older = read(first.getInt(12)).array();
					Files.write(Path.of(captured + ".older"), older);
					out.append(' ').append(first.getInt(0));                // GET_STATEBLOB permanent, pipelined
					out.append(' ').append(call(6, new byte[0], 4));       // HASH_START
					out.append(' ').append(call(0x0a, new byte[0], 4));    // STORE_VOLATILE
					out.append(' ').append(call(0x0f, new byte[0], 4));    // GET_CONFIG
					out.append(' ').append(call(0x13, new byte[4], 4));    // LOCK_STORAGE
					write(ByteBuffer.allocate(16).putInt(0x0c).putInt(1).putInt(1).putInt(0).array());
					ByteBuffer header = read(16);
					byte[] sealed = read(header.getInt(12)).array();
					Files.write(Path.of(captured), sealed);
					out.append(' ').append(header.getInt(0));               // GET_STATEBLOB permanent
					out.append(' ').append(call(0x0e, new byte[0], 4));    // STOP
					byte[] plaintext = new byte[300];
					plaintext[0] = 2;
					out.append(' ').append(setState(plaintext));            // a plaintext blob
					out.append(' ').append(setState(new byte[0]));          // an empty one (would clear the state)
					byte[] flipped = sealed.clone();
					flipped[flipped.length - 1] ^= 1;
					out.append(' ').append(setState(flipped));              // the sealed one, altered
					out.append(' ').append(setState(older));                // an older capture
					out.append(' ').append(setState(sealed));               // the sealed one as it came
					out.append(' ').append(call(2, new byte[4], 4));       // INIT
					out.append(' ').append(call(3, new byte[0], 4));       // SHUTDOWN
					System.out.println(out);
					image.close();
				}

				static int setState(byte[] blob) throws IOException {
					return call(0x0d, ByteBuffer.allocate(12 + blob.length).putInt(0).putInt(1).putInt(blob.length)
							.put(blob).array(), 4);
				}

				static int call(int code, byte[] body, int answer) throws IOException {
					write(ByteBuffer.allocate(4 + body.length).putInt(code).put(body).array());
					return read(answer).getInt(0);
				}

				static void write(byte[] bytes) throws IOException {
					ByteBuffer buffer = ByteBuffer.wrap(bytes);
					while (buffer.hasRemaining()) {
						ctrl.write(buffer);
					}
				}

				static ByteBuffer read(int length) throws IOException {
					ByteBuffer buffer = ByteBuffer.allocate(length);
					while (buffer.hasRemaining()) {
						if (ctrl.read(buffer) < 0) {
							throw new EOFException("the gateway closed the control channel");
						}
					}
					return buffer.flip();
				}
			}
			""";
	private static final int OK = 0;
	private static final int DISABLED_CMD = 0x08;
	private static final int BAD_PARAMETER = 0x03;
	private static final int DECRYPT_ERROR = 0x21;

	@TempDir
	Path dir;

	@Test
	void commandsQemuNeverSendsAndUnsealedBlobsAreRefused() throws Exception {
		Path java = Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
		Path program = Files.writeString(dir.resolve("FakeQemu.java"), ATTACKER);
		Path captured = dir.resolve("captured.blob");
		RefusalRecorder refusals = new RefusalRecorder();
		try (ProvisionedSwtpm host = ProvisionedSwtpm.start()) {
			HostLabels labels = new HostLabels(host.tpm, Clock.systemUTC(), new SecureRandom());
			QemuBuild fake = QemuBuild.of(java);
			VmRoots.letVmUidsPass(dir);
			try (VirtualMachines vms = new VirtualMachines(dir.resolve("vms"), labels, fake, List.of(fake.digest()),
					Duration.ofDays(30), refusals)) {
				Vm vm = vms.create("16M");
				VtpmGateway gateway = vms.gateway(vm);
				Path socket = gateway.binding().gatewaySocket();
				// registered as the agent registers the QEMU it starts: the program passes admission, then attacks;
				// it runs as the test's uid, not the VM's QEMU uid: the control protocol is what it attacks
				gateway.expectQemu();
				// a command line the gateway reads as QEMU's; where to attack comes through the launcher's environment
				ProcessBuilder launch = new ProcessBuilder(java.toString(), program.toString(), "-uuid",
						vm.uuid().toString(), "-drive", "file=" + vm.image()).redirectErrorStream(true);
				launch.environment().put("JDK_JAVA_OPTIONS", "-Dvtpm.socket=" + socket + " -Dvtpm.captured=" + captured
						+ " -Dvtpm.self=" + program);
				Process attacker = launch.start();
				gateway.qemuStarted(attacker.pid(), AgentUid.current());
				attacker.getOutputStream().close();
				String output = new String(attacker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertTrue(attacker.waitFor(60, TimeUnit.SECONDS));
				String results = output.lines().filter(line -> line.startsWith("RESULTS")).findFirst()
						.orElseThrow(() -> new AssertionError(output));
				assertEquals(List.of(OK, OK, OK, DISABLED_CMD, DISABLED_CMD, DISABLED_CMD, DISABLED_CMD, OK, OK,
						BAD_PARAMETER, BAD_PARAMETER, DECRYPT_ERROR, BAD_PARAMETER, OK, OK, OK),
						Arrays.stream(results.substring(8).split(" ")).map(Integer::valueOf).toList(), output);

				for (ControlCommand refused : List.of(ControlCommand.HASH_START, ControlCommand.STORE_VOLATILE,
						ControlCommand.GET_CONFIG, ControlCommand.LOCK_STORAGE)) {
					RefusalRecorder.RefusedCommand command = refusals.nextCommand();
					assertEquals(refused, command.command());
					assertTrue(command.why().contains("QEMU 7.2"), command.why());
				}
				assertEquals(BlobRefusal.Kind.NOT_SEALED, refusals.nextBlob().refusal().kind());
				assertEquals(BlobRefusal.Kind.NOT_SEALED, refusals.nextBlob().refusal().kind());
				assertEquals(BlobRefusal.Kind.NOT_AUTHENTIC, refusals.nextBlob().refusal().kind());
				assertEquals(BlobRefusal.Kind.NOT_FRESH, refusals.nextBlob().refusal().kind());
				// the pipelined request was answered after the one before it, whole and sealed
				assertEquals(1, SealedBlob.readHeader(Files.readAllBytes(dir.resolve("captured.blob.older"))).epoch());
				assertEquals(2, SealedBlob.readHeader(Files.readAllBytes(captured)).epoch());
				assertTrue(vms.gateway(vm).awaitIdle(10_000));
				assertTrue(Files.exists(vm.vtpm().stateDir().resolve("tpm2-00.permall")));
				assertTrue(!Files.exists(vm.vtpm().stateDir().resolve("tpm2-00.volatilestate")),
						"STORE_VOLATILE never reached swtpm");
			}
		}
	}
}
