package org.vtpmconsole.lab.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training guest built by releng/build-guest.sh boots under real QEMU (TCG) with a real swtpm as its vTPM, and its
 * own kernel driver and tpm2-tools use that vTPM: IMA has measured into PCR 10, an extend lands with the value the
 * TPM 2.0 extend rule gives, and an NV index written in the guest reads back.
 */
class GuestBootTest {
	private static final Path BUILD_SCRIPT = Path.of("../../releng/build-guest.sh");
	private static final Duration BOOT = Duration.ofSeconds(180);
	private static final Duration COMMAND = Duration.ofSeconds(60);

	@TempDir
	static Path dir;
	private static Process swtpm;
	private static Process qemu;
	private static GuestConsole console;
	private static String readyLine;

	@BeforeAll
	static void bootGuest() throws Exception {
		GuestImage guest = GuestImage.build(BUILD_SCRIPT, Path.of("target/guest"));
		Path ctrl = dir.resolve("swtpm.ctrl");
		Files.createDirectories(dir.resolve("vtpm"));
		swtpm = new ProcessBuilder("/usr/bin/swtpm", "socket", "--tpm2", "--tpmstate", "dir=" + dir.resolve("vtpm"),
				"--ctrl", "type=unixio,path=" + ctrl).redirectErrorStream(true)
				.redirectOutput(dir.resolve("swtpm.out").toFile()).start();
		awaitFile(ctrl);
		List<String> command = new ArrayList<>(List.of("/usr/bin/qemu-system-x86_64", "-accel", GuestImage.ACCELERATOR,
				"-m", "256", "-display", "none", "-nodefaults", "-monitor", "none"));
		command.addAll(guest.qemuOptions(dir.resolve("console.sock")));
		command.addAll(List.of("-chardev", "socket,id=chrtpm,path=" + ctrl, "-tpmdev", "emulator,id=tpm0,chardev=chrtpm",
				"-device", "tpm-tis,tpmdev=tpm0"));
		qemu = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("qemu.out").toFile())
				.start();
		console = GuestConsole.connect(dir.resolve("console.sock"), Duration.ofSeconds(30));
		readyLine = console.awaitReady(BOOT);
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
		for (Process process : new Process[] { qemu, swtpm }) {
			if (process != null) {
				process.destroy();
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
	}

	@Test
	void guestKernelFindsItsVtpm() {
		assertTrue(GuestConsole.readyLineHasTpm(readyLine), readyLine);
	}

	@Test
	void imaHasMeasuredIntoPcr10() throws IOException {
		GuestCommandResult read = console.run("tpm2 pcrread sha256:10", COMMAND);
		assertTrue(read.succeeded(), read.text());
		String value = pcrValue(read, 10);
		assertNotEquals("0".repeat(64), value, read.text());
	}

	@Test
	void extendInTheGuestFollowsTheExtendRule() throws Exception {
		byte[] data = MessageDigest.getInstance("SHA-256").digest("vtpm-console guest extend".getBytes());
		String before = pcrValue(console.run("tpm2 pcrread sha256:16", COMMAND), 16);
		GuestCommandResult extend = console.run("tpm2 pcrextend 16:sha256=" + HexFormat.of().formatHex(data), COMMAND);
		assertTrue(extend.succeeded(), extend.text());
		String after = pcrValue(console.run("tpm2 pcrread sha256:16", COMMAND), 16);
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update(HexFormat.of().parseHex(before));
		sha256.update(data);
		assertEquals(HexFormat.of().formatHex(sha256.digest()), after);
	}

	@Test
	void nvIndexWrittenInTheGuestReadsBack() throws IOException {
		String marker = "vtpm-console-guest-nv-marker-01";
		assertTrue(console.run("tpm2 nvdefine 0x1500016 -C o -s " + marker.length() + " -a 'ownerread|ownerwrite'",
				COMMAND).succeeded());
		assertTrue(console.run("printf %s " + marker + " > /tmp/marker && tpm2 nvwrite 0x1500016 -C o -i /tmp/marker",
				COMMAND).succeeded());
		GuestCommandResult read = console.run("tpm2 nvread 0x1500016 -C o -s " + marker.length(), COMMAND);
		assertTrue(read.succeeded(), read.text());
		assertTrue(read.text().contains(marker), read.text());
	}

	@Test
	void aFailingCommandReportsItsStatus() throws IOException {
		GuestCommandResult missing = console.run("tpm2 nvread 0x1500099 -C o -s 4", COMMAND);
		assertFalse(missing.succeeded());
		assertTrue(missing.text().contains("ERROR"), missing.text());
	}

	/** The hex value tpm2 pcrread prints for {@code index}, lower case. */
	private static String pcrValue(GuestCommandResult read, int index) {
		return read.output().stream().map(String::strip).filter(line -> line.startsWith(index + ": 0x"))
				.map(line -> line.substring(line.indexOf("0x") + 2).toLowerCase()).findFirst()
				.orElseThrow(() -> new AssertionError("no PCR " + index + " in: " + read.text()));
	}

	private static void awaitFile(Path file) throws InterruptedException {
		for (int i = 0; i < 200 && !Files.exists(file); i++) {
			Thread.sleep(25);
		}
		assertTrue(Files.exists(file), "swtpm did not create " + file);
	}
}
