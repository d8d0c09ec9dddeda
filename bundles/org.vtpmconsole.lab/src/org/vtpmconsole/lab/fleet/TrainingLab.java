package org.vtpmconsole.lab.fleet;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.vtpmconsole.agent.vm.GuestKernel;
import org.vtpmconsole.lab.guest.GuestCommandResult;
import org.vtpmconsole.lab.guest.GuestConsole;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.agent.CreateVmRequest;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * A complete fleet on this machine (docs/lab.md): a fleet CA and N host agents as processes of the built product,
 * each host with its own swtpm host TPM, state, loopback address and port, its TPM keys enrolled, three user
 * identities, and M guest VMs per host booted to their first TPM answer. Everything lives in one directory;
 * {@link #down} stops it by recorded PID.
 *
 * @param products the agent product's directory (the one holding {@code vtpm-agent} and {@code vtpm-ca})
 */
public record TrainingLab(LabLayout layout, Path products) {
	private static final Duration START = Duration.ofSeconds(120);
	private static final Duration BOOT = Duration.ofSeconds(300);
	private static final Duration COMMAND = Duration.ofSeconds(60);
	private static final String CA_PROCESS = "ca";
	private static final List<String> LAB_ENTRIES = List.of("secrets", "ca", "identities", "pids", "logs",
			"lab.properties");
	/** sun_path of struct sockaddr_un holds 108 bytes with the terminating zero. */
	private static final int MAX_SOCKET_PATH = 107;

	/** Brings the lab up; leftovers of an earlier lab in the same directory are stopped and removed first. */
	public void up(int hosts, int vmsPerHost, GuestKernel guest, LabProgress progress) throws Exception {
		if (hosts < 1 || hosts > 200 || vmsPerHost < 0 || vmsPerHost > 50) {
			throw new IllegalArgumentException("--hosts must be 1 to 200 and --vms 0 to 50");
		}
		if (layout.longestSocketPath(hosts) > MAX_SOCKET_PATH) {
			throw new IllegalArgumentException("--dir " + layout.dir() + " is too long: a VM's sockets under it would "
					+ "need " + layout.longestSocketPath(hosts) + " bytes, a unix socket path at most " + MAX_SOCKET_PATH
					+ "; choose a directory of at most " + (layout.dir().toString().length() + MAX_SOCKET_PATH
							- layout.longestSocketPath(hosts)) + " characters");
		}
		Files.createDirectories(layout.dir());
		Timer timer = new Timer(progress);
		cleanUp(timer);
		LabProcesses processes = new LabProcesses(layout);
		Properties state = new Properties();

		ExecutorService parallel = Executors.newFixedThreadPool(Math.max(2, hosts));
		try {
			// the host TPMs generate their keys while the CA store is made: both are seconds of key generation
			for (int host = 1; host <= hosts; host++) {
				startHostTpm(processes, host);
			}
			List<Future<?>> provisioned = new ArrayList<>();
			for (int host = 1; host <= hosts; host++) {
				int index = host;
				provisioned.add(parallel.submit(() -> {
					awaitFile(layout.hostTpmSocket(index), processes, hostTpmProcess(index));
					LabEnrolment.provision(hostTpm(index), layout.hostState(index));
					return null;
				}));
			}
			LabCa.create(layout, hosts);
			timer.done("CA store, identities admin, approver, auditor and " + hosts + " agent identities");
			int caPort = freePort(LabLayout.caAddress());
			Path caConfig = LabCa.writeConfig(layout, caPort);
			processes.start(CA_PROCESS, List.of(products.resolve("vtpm-ca").toString(), caConfig.toString()));
			awaitAll(provisioned);
			timer.done(hosts + " host TPM(s) provisioned");
			awaitPort(LabLayout.caAddress(), caPort, processes, CA_PROCESS);
			timer.done("fleet CA on " + LabCa.uri(caPort));

			char[] password = LabSecrets.getOrCreate(layout.identityPassword());
			var adminIdentity = FleetTls.loadIdentity(layout.identity("admin"), password);
			FleetClientContext caContext = FleetClientContext.fromCa(LabCa.uri(caPort), adminIdentity, password);
			CaClient ca = new CaClient(new JsonClient(LabCa.uri(caPort), caContext.context()));
			List<Future<?>> enrolled = new ArrayList<>();
			for (int host = 1; host <= hosts; host++) {
				int index = host;
				enrolled.add(parallel.submit(() -> {
					LabEnrolment.enrol(hostTpm(index), layout.hostState(index), LabLayout.hostName(index), ca,
							caContext);
					return null;
				}));
			}
			awaitAll(enrolled);
			timer.done("enrolled AIK, RSA_mig and VMEK of " + hosts + " host(s)");
			state.setProperty("ca", LabCa.uri(caPort).toString());
		} finally {
			parallel.shutdownNow();
		}

		state.setProperty("hosts", Integer.toString(hosts));
		List<Integer> ports = new ArrayList<>();
		for (int host = 1; host <= hosts; host++) {
			int port = freePort(LabLayout.hostAddress(host));
			ports.add(port);
			Path config = AgentConfigFile.write(layout, host, port, guest, URI.create(state.getProperty("ca")));
			processes.start(agentProcess(host), List.of(products.resolve("vtpm-agent").toString(), config.toString()));
			state.setProperty("host." + host + ".api", agentUri(host, port).toString());
		}
		for (int host = 1; host <= hosts; host++) {
			awaitPort(LabLayout.hostAddress(host), ports.get(host - 1), processes, agentProcess(host));
		}
		timer.done(hosts + " agent(s) on " + LabLayout.hostAddress(1) + (hosts > 1 ? "…" + LabLayout.hostAddress(hosts) : ""));

		// each host's VMs one after the other (its agent's TPM signs every label), the hosts side by side
		ExecutorService perHost = Executors.newFixedThreadPool(hosts);
		List<Future<?>> started = new ArrayList<>();
		List<GuestConsole> consoles = new CopyOnWriteArrayList<>();
		try {
			for (int host = 1; host <= hosts; host++) {
				int index = host;
				started.add(perHost.submit(() -> {
					startGuests(index, ports.get(index - 1), vmsPerHost, state, consoles);
					return null;
				}));
			}
			awaitAll(started);
			timer.done(consoles.size() + " guest VM(s) created and started");
			for (GuestConsole console : consoles) {
				firstTpmAnswer(console);
			}
			timer.done(consoles.size() + " guest(s) booted, each answered tpm2 pcrread through its vTPM gateway");
		} finally {
			perHost.shutdownNow();
			for (GuestConsole console : consoles) {
				console.close();
			}
		}
		write(state);
		progress.step("lab up in " + layout.dir() + " (identities in " + layout.identities() + ", password in "
				+ layout.identityPassword() + ")", timer.total());
	}

	/** Stops every process of the lab and removes its PID files; the lab's files stay in its directory. */
	public int down(LabProgress progress) throws IOException {
		Timer timer = new Timer(progress);
		int stopped = new LabProcesses(layout).stopAll();
		timer.done("stopped " + stopped + " process(es) of the lab in " + layout.dir());
		return stopped;
	}

	/** One line per part: the CA and each agent with whether its recorded process runs, and its VMs. */
	public List<String> status() throws IOException {
		LabProcesses processes = new LabProcesses(layout);
		Properties state = read();
		List<String> lines = new ArrayList<>();
		if (state == null) {
			lines.add("no lab in " + layout.dir() + (processes.anyLeft() ? " (leftover processes: run lab down)" : ""));
			return lines;
		}
		lines.add("ca " + state.getProperty("ca") + " " + running(processes, CA_PROCESS));
		int hosts = Integer.parseInt(state.getProperty("hosts"));
		for (int host = 1; host <= hosts; host++) {
			String api = state.getProperty("host." + host + ".api");
			lines.add(LabLayout.hostName(host) + " " + api + " " + running(processes, agentProcess(host)));
			try {
				for (VmInfo vm : agentClient(URI.create(api), "auditor").vms().vms()) {
					lines.add("  vm " + vm.uuid() + " " + vm.name() + " " + vm.state()
							+ (vm.vtpm() == null ? "" : " vtpm " + vm.vtpm()));
				}
			} catch (Exception e) {
				lines.add("  (agent not answering: " + e.getMessage() + ")");
			}
		}
		return lines;
	}

	private static String running(LabProcesses processes, String name) throws IOException {
		return processes.running(name).map(pid -> "running (pid " + pid + ")").orElse("not running");
	}

	private void cleanUp(Timer timer) throws IOException {
		LabProcesses processes = new LabProcesses(layout);
		if (processes.anyLeft()) {
			int stopped = processes.stopAll();
			timer.done("cleaned up an earlier lab: stopped " + stopped + " leftover process(es)");
		}
		for (String entry : LAB_ENTRIES) {
			deleteRecursively(layout.dir().resolve(entry));
		}
		try (Stream<Path> entries = Files.list(layout.dir())) {
			for (Path host : entries.filter(entry -> entry.getFileName().toString().matches("h[0-9]+")).toList()) {
				deleteRecursively(host);
			}
		}
	}

	private void startHostTpm(LabProcesses processes, int host) throws IOException {
		Path dir = LabLayout.privateDirectory(layout.hostTpmDir(host));
		Files.createDirectories(dir.resolve("state"));
		processes.start(hostTpmProcess(host), List.of("swtpm", "socket", "--tpm2", "--tpmstate", "dir=" + dir.resolve("state"),
				"--server", "type=unixio,path=" + layout.hostTpmSocket(host) + ",mode=0600", "--ctrl",
				"type=unixio,path=" + dir.resolve("ctrl.sock") + ",mode=0600", "--flags", "not-need-init,startup-clear"));
	}

	/**
	 * Creates and starts host {@code host}'s guest VMs and connects to each one's console at once: QEMU drops what the
	 * guest prints while no one is connected, and the ready line comes a few seconds after the start.
	 */
	private void startGuests(int host, int port, int count, Properties state, List<GuestConsole> consoles)
			throws Exception {
		AgentClient agent = agentClient(agentUri(host, port), "admin");
		for (int vm = 1; vm <= count; vm++) {
			VmInfo created = agent.create("16M", LabLayout.hostName(host) + "-vm-" + vm, CreateVmRequest.BOOT_GUEST);
			agent.start(UUID.fromString(created.uuid()));
			state.setProperty("host." + host + ".vm." + vm, created.uuid());
			consoles.add(GuestConsole.connect(Path.of(created.image()).resolveSibling("run").resolve("qemu").resolve("console.sock"),
					START));
		}
	}

	/** The guest's first TPM answer: its ready line (the kernel found the vTPM), then {@code tpm2 pcrread}. */
	private static void firstTpmAnswer(GuestConsole console) throws IOException {
		String ready = console.awaitReady(BOOT);
		if (!GuestConsole.readyLineHasTpm(ready)) {
			throw new IOException("a guest found no TPM: " + ready);
		}
		GuestCommandResult read = console.run("tpm2 pcrread sha256:0", COMMAND);
		if (!read.succeeded()) {
			throw new IOException("tpm2 pcrread failed in a guest: " + read.text());
		}
	}

	private AgentClient agentClient(URI uri, String user) throws Exception {
		char[] password = LabSecrets.getOrCreate(layout.identityPassword());
		FleetClientContext context = FleetClientContext.fromCa(uri, FleetTls.loadIdentity(layout.identity(user), password),
				password);
		return new AgentClient(new JsonClient(uri, context.context()));
	}

	private static URI agentUri(int host, int port) {
		return URI.create("https://" + LabLayout.hostAddress(host) + ":" + port);
	}

	private String hostTpm(int host) {
		return "swtpm-unix:" + layout.hostTpmSocket(host);
	}

	private static String hostTpmProcess(int host) {
		return "tpm-" + host;
	}

	/** Waits for every task; the first failure is thrown with its own message. */
	private static void awaitAll(List<Future<?>> tasks) throws Exception {
		for (Future<?> task : tasks) {
			result(task);
		}
	}

	private static <T> T result(Future<T> task) throws Exception {
		try {
			return task.get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}

	static String agentProcess(int host) {
		return "agent-" + host;
	}

	private static int freePort(String address) throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(address, 0));
			return socket.getLocalPort();
		}
	}

	private void awaitPort(String address, int port, LabProcesses processes, String name) throws Exception {
		long deadline = System.nanoTime() + START.toNanos();
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(address, port), 500);
				return;
			} catch (IOException notYet) {
				requireRunning(processes, name);
				Thread.sleep(100);
			}
		}
		throw new IOException(name + " did not listen on " + address + ":" + port + " within " + START.toSeconds()
				+ " s; see " + layout.logs().resolve(name + ".log"));
	}

	private void awaitFile(Path file, LabProcesses processes, String name) throws Exception {
		long deadline = System.nanoTime() + START.toNanos();
		while (!Files.exists(file)) {
			requireRunning(processes, name);
			if (System.nanoTime() > deadline) {
				throw new IOException(name + " did not create " + file + " within " + START.toSeconds() + " s");
			}
			Thread.sleep(20);
		}
	}

	private void requireRunning(LabProcesses processes, String name) throws IOException {
		if (processes.running(name).isEmpty()) {
			Path log = layout.logs().resolve(name + ".log");
			List<String> said = Files.isRegularFile(log) ? Files.readAllLines(log) : List.of();
			throw new IOException(name + " exited during start-up" + (said.isEmpty() ? "" : ": " + said.get(said.size() - 1))
					+ "; see " + log);
		}
	}

	private void write(Properties state) throws IOException {
		try (Writer out = Files.newBufferedWriter(layout.stateFile())) {
			state.store(out, "vtpm-console training lab (vtpmctl lab status)");
		}
	}

	private Properties read() throws IOException {
		if (!Files.isRegularFile(layout.stateFile())) {
			return null;
		}
		Properties state = new Properties();
		try (Reader in = Files.newBufferedReader(layout.stateFile())) {
			state.load(in);
		}
		return state;
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

	/** Step timing for the progress lines. */
	private static final class Timer {
		private final LabProgress progress;
		private final long start = System.nanoTime();
		private long last = start;

		Timer(LabProgress progress) {
			this.progress = progress;
		}

		void done(String what) {
			long now = System.nanoTime();
			progress.step(what, (now - last) / 1_000_000);
			last = now;
		}

		long total() {
			return (System.nanoTime() - start) / 1_000_000;
		}
	}
}
