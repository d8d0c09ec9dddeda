package org.vtpmconsole.lab.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where everything of a lab lives, all under its one directory D (docs/lab.md): {@code secrets/} (0700, the
 * passphrase and passwords, each 0600), {@code ca/} (the CA store and its configuration), {@code identities/} (the
 * users' PKCS#12 files), {@code hN/} for host N (host TPM in {@code tpm/}, 0700; agent state, VMs, configuration,
 * identity; short, because a VM's sockets must fit a unix socket path),
 * {@code pids/} (one file per process the lab started) and {@code logs/}.
 */
public record LabLayout(Path dir) {
	/** The first host's loopback address is 127.0.0.11, the CA's 127.0.0.10. */
	private static final int FIRST_HOST_OCTET = 11;

	public LabLayout {
		dir = dir.toAbsolutePath().normalize();
	}

	public Path secrets() {
		return dir.resolve("secrets");
	}

	public Path caDir() {
		return dir.resolve("ca");
	}

	public Path caStore() {
		return caDir().resolve("store");
	}

	public Path identities() {
		return dir.resolve("identities");
	}

	public Path identity(String user) {
		return identities().resolve(user + ".p12");
	}

	/** The one password file of every lab identity (users and servers): mode 0600 in the 0700 secrets directory. */
	public Path identityPassword() {
		return secrets().resolve("identity.password");
	}

	public Path caPassphrase() {
		return secrets().resolve("ca.passphrase");
	}

	public Path host(int index) {
		return dir.resolve("h" + index);
	}

	/** The agent's VM directory ({@code vms.dir}). */
	public Path hostVms(int index) {
		return host(index).resolve("vms");
	}

	/**
	 * The longest unix socket path of the lab: a VM's swtpm control socket, {@code hN/vms/UUID/run/swtpm.ctrl}
	 * (a UUID is 36 characters).
	 */
	public int longestSocketPath(int hosts) {
		return hostVms(hosts).resolve("x".repeat(36)).resolve("run").resolve("swtpm.ctrl").toString().length();
	}

	public Path hostTpmDir(int index) {
		return host(index).resolve("tpm");
	}

	public Path hostTpmSocket(int index) {
		return hostTpmDir(index).resolve("tpm.sock");
	}

	public Path hostState(int index) {
		return host(index).resolve("state");
	}

	public Path pids() {
		return dir.resolve("pids");
	}

	public Path logs() {
		return dir.resolve("logs");
	}

	/** What {@code lab status} reads: the hosts, their API addresses and the VMs, written by {@code up}. */
	public Path stateFile() {
		return dir.resolve("lab.properties");
	}

	public static String hostName(int index) {
		return "lab-host-" + index;
	}

	public static String hostAddress(int index) {
		return "127.0.0." + (FIRST_HOST_OCTET - 1 + index);
	}

	public static String caAddress() {
		return "127.0.0." + (FIRST_HOST_OCTET - 1);
	}

	/** A directory only root (the lab's user) may enter. */
	static Path privateDirectory(Path dir) throws IOException {
		Files.createDirectories(dir);
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
		return dir;
	}
}
