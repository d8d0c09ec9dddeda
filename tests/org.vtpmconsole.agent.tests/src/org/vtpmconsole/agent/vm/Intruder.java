package org.vtpmconsole.agent.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A process of the agent's uid that attacks a gateway socket for real (python3): it connects, then execs QEMU on the
 * connection, forks a QEMU child that inherits it, stays silent, or hands the connection to a child and exits. Lines
 * it prints are read with {@link #awaitLine}.
 */
final class Intruder implements AutoCloseable {
	private static final String SCRIPT = String.join("\n",
			"import os, socket, sys, time",
			"mode, path = sys.argv[1], sys.argv[2]",
			"s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)",
			"s.connect(path)",
			"os.set_inheritable(s.fileno(), True)",
			"def qemu():",
			"    args = [a.replace('{fd}', str(s.fileno())) for a in sys.argv[3:]]",
			"    os.execv(args[0], args)",
			"if mode == 'exec':",
			"    qemu()",
			"elif mode == 'fork-exec':",
			"    child = os.fork()",
			"    if child == 0:",
			"        qemu()",
			"    print('child', child, flush=True)",
			"    os.waitpid(child, 0)",
			"elif mode == 'silent':",
			"    print('connected', flush=True)",
			"    s.settimeout(120)",
			"    print('closed' if s.recv(1) == b'' else 'answered', flush=True)",
			"elif mode == 'handoff':",
			"    parent = os.getpid()",
			"    child = os.fork()",
			"    if child != 0:",
			"        print('child', child, flush=True)",
			"        os._exit(0)",
			"    while os.getppid() == parent:",
			"        time.sleep(0.01)",
			"    s.settimeout(120)",
			"    try:",
			"        s.sendall(bytes([0, 0, 0, 0x10]))",
			"        answer = s.recv(1)",
			"    except (BrokenPipeError, ConnectionResetError):",
			"        answer = b''  # the gateway closed the connection before (or as) the request came",
			"    print('closed' if answer == b'' else 'answered', flush=True)",
			"");

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final List<Long> children = new ArrayList<>();

	private final Thread reader;

	private Intruder(Process process) {
		this.process = process;
		reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					lines.add(line);
				}
			} catch (IOException ended) {
				// the process is gone
			}
		}, "intruder output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Connects to {@code socket}, then acts as {@code mode} says; {@code qemu} is a command line with {fd}. */
	static Intruder start(String mode, Path socket, List<String> qemu) throws IOException {
		List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c", SCRIPT, mode, socket.toString()));
		command.addAll(qemu);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		return new Intruder(process);
	}

	long pid() {
		return process.pid();
	}

	/** The next line it prints that starts with {@code prefix}, within 30 s; its other lines are QEMU's words. */
	String awaitLine(String prefix) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		List<String> seen = new ArrayList<>();
		while (System.currentTimeMillis() < deadline) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith(prefix)) {
				if (line.startsWith("child ")) {
					children.add(Long.parseLong(line.substring("child ".length()).trim()));
				}
				return line;
			}
			if (line != null) {
				seen.add(line);
			}
		}
		throw new AssertionError("the intruder printed no '" + prefix + "' within 30 s, only " + seen);
	}

	/** Everything it printed so far. */
	String output() {
		return String.join("\n", lines);
	}

	/** Whether it exited in time; then everything it printed is in {@link #output()}. */
	boolean awaitExit(long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			return false;
		}
		// the last lines may still be on their way from the pipe to the queue
		reader.join(5_000);
		return true;
	}

	@Override
	public void close() {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		children.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		process.destroyForcibly();
	}
}
