package org.vtpmconsole.agent.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.vtpmconsole.agent.gateway.VtpmGateway;
import org.vtpmconsole.agent.vm.Accelerator;
import org.vtpmconsole.agent.vm.GuestKernel;
import org.vtpmconsole.agent.vm.VmUids;

/**
 * The agent's configuration: a Java properties file, every key documented in docs/agent-config.md.
 * Loading is strict: an unknown key is refused rather than ignored, because a misspelt security setting
 * that silently falls back to its default is worse than an agent that does not start.
 */
public final class AgentConfig {

	public static final String KEY_NAME = "agent.name";
	public static final String KEY_STATE_DIR = "state.dir";
	public static final String KEY_LOG_FILE = "log.file";
	public static final String KEY_TPM = "tpm";
	public static final String KEY_API_LISTEN = "api.listen";
	public static final String KEY_QEMU_APPROVED = "qemu.approved";
	public static final String KEY_VMS_DIR = "vms.dir";
	public static final String KEY_VMS_ACCELERATOR = "vms.accelerator";
	public static final String KEY_VMS_FIRST_REQUEST_SECONDS = "vms.first-request-seconds";
	public static final String KEY_VMS_GUEST_KERNEL = "vms.guest.kernel";
	public static final String KEY_VMS_GUEST_INITRD = "vms.guest.initrd";
	public static final String KEY_VMS_UIDS = "vms.uids";
	/** The {@code vms.uids} value for development: every VM's QEMU and swtpm under the agent's own uid. */
	public static final String AGENT_UID = "agent";
	public static final String KEY_TLS_IDENTITY = "tls.identity";
	public static final String KEY_TLS_PASSWORD_FILE = "tls.password.file";
	public static final String KEY_TLS_PASSWORD_ENV = "tls.password.env";
	public static final String KEY_CA_ROOT = "ca.root";
	public static final String KEY_CA_CRL = "ca.crl";
	public static final String KEY_CA_URL = "ca.url";
	public static final String KEY_CA_CRL_REFRESH = "ca.crl.refresh";
	/** Seconds between CRL fetches from the CA (sooner at the held CRL's half-life): an hour, at most a day. */
	static final int DEFAULT_CRL_REFRESH_SECONDS = 3600;
	private static final int MAX_CRL_REFRESH_SECONDS = 86_400;

	private static final Set<String> KNOWN_KEYS = Set.of(KEY_NAME, KEY_STATE_DIR, KEY_LOG_FILE, KEY_TPM,
			KEY_API_LISTEN, KEY_QEMU_APPROVED, KEY_VMS_DIR, KEY_VMS_ACCELERATOR, KEY_VMS_FIRST_REQUEST_SECONDS, KEY_VMS_UIDS,
			KEY_VMS_GUEST_KERNEL, KEY_VMS_GUEST_INITRD, KEY_TLS_IDENTITY, KEY_TLS_PASSWORD_FILE, KEY_TLS_PASSWORD_ENV,
			KEY_CA_ROOT, KEY_CA_CRL, KEY_CA_URL, KEY_CA_CRL_REFRESH);
	/** The keys that only mean something when the API is on. */
	private static final List<String> API_KEYS = List.of(KEY_TLS_PASSWORD_FILE, KEY_TLS_PASSWORD_ENV, KEY_CA_ROOT,
			KEY_CA_CRL, KEY_CA_URL, KEY_CA_CRL_REFRESH);

	static final String DEFAULT_API_LISTEN = "127.0.0.1:8443";
	/** A connection may hold a VM's vTPM this long without a request; QEMU needs milliseconds. */
	private static final int MAX_FIRST_REQUEST_SECONDS = 300;

	/** The TPM naming scheme shared by config and CLI: swtpm over TCP or a unix socket, or a kernel device. */
	private static final Pattern TPM_NAME = Pattern
			.compile("swtpm:[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}|swtpm-unix:/.+|device:/.+");
	private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,252}");
	private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

	private final Path source;
	private final String name;
	private final Path stateDirectory;
	private final Path logFile;
	private final String tpm;
	private final InetSocketAddress apiListen;
	private final List<Path> approvedQemuBinaries;
	private final Path vmsDirectory;
	private final Accelerator accelerator;
	private final Duration firstRequestTimeout;
	private final Optional<GuestKernel> guestKernel;
	private final Optional<VmUids> vmUids;
	private final Optional<ApiTls> apiTls;

	private AgentConfig(Path source, Map<String, String> values) throws AgentConfigException {
		this.source = source;
		this.name = required(values, KEY_NAME);
		if (!HOST_NAME.matcher(name).matches()) {
			throw error(KEY_NAME, "expected a host name of letters, digits, '.' and '-', got '" + name + "'");
		}
		this.stateDirectory = absolutePath(KEY_STATE_DIR, required(values, KEY_STATE_DIR));
		String log = values.get(KEY_LOG_FILE);
		this.logFile = log == null ? stateDirectory.resolve("agent.log") : absolutePath(KEY_LOG_FILE, log);
		this.tpm = required(values, KEY_TPM);
		if (!TPM_NAME.matcher(tpm).matches()) {
			throw error(KEY_TPM,
					"expected swtpm:HOST:PORT, swtpm-unix:PATH or device:PATH (e.g. device:/dev/tpmrm0), got '" + tpm
							+ "'");
		}
		this.apiListen = hostAndPort(values.getOrDefault(KEY_API_LISTEN, DEFAULT_API_LISTEN));
		this.approvedQemuBinaries = qemuBinaries(values.get(KEY_QEMU_APPROVED));
		String vms = values.get(KEY_VMS_DIR);
		this.vmsDirectory = vms == null ? stateDirectory.resolve("vms") : absolutePath(KEY_VMS_DIR, vms);
		try {
			this.accelerator = Accelerator.parse(values.getOrDefault(KEY_VMS_ACCELERATOR, "auto"));
		} catch (IllegalArgumentException e) {
			throw error(KEY_VMS_ACCELERATOR, e.getMessage());
		}
		this.firstRequestTimeout = firstRequestTimeout(values.get(KEY_VMS_FIRST_REQUEST_SECONDS));
		this.guestKernel = guestKernel(values);
		String uids = values.getOrDefault(KEY_VMS_UIDS, VmUids.DEFAULT);
		try {
			this.vmUids = uids.equals(AGENT_UID) ? Optional.empty() : Optional.of(VmUids.parse(uids));
		} catch (IllegalArgumentException e) {
			throw error(KEY_VMS_UIDS, e.getMessage());
		}
		this.apiTls = apiTls(values);
	}

	/** Both guest keys or neither: a kernel without its initramfs (or the reverse) boots nothing useful. */
	private Optional<GuestKernel> guestKernel(Map<String, String> values) throws AgentConfigException {
		String kernel = values.get(KEY_VMS_GUEST_KERNEL);
		String initrd = values.get(KEY_VMS_GUEST_INITRD);
		if (kernel == null && initrd == null) {
			return Optional.empty();
		}
		if (kernel == null || initrd == null) {
			throw error(kernel == null ? KEY_VMS_GUEST_KERNEL : KEY_VMS_GUEST_INITRD, "required with "
					+ (kernel == null ? KEY_VMS_GUEST_INITRD : KEY_VMS_GUEST_KERNEL) + " (a guest needs both)");
		}
		return Optional.of(new GuestKernel(existingFile(KEY_VMS_GUEST_KERNEL, kernel),
				existingFile(KEY_VMS_GUEST_INITRD, initrd)));
	}

	private Duration firstRequestTimeout(String value) throws AgentConfigException {
		if (value == null) {
			return VtpmGateway.DEFAULT_FIRST_REQUEST_TIMEOUT;
		}
		try {
			int seconds = Integer.parseInt(value);
			if (seconds >= 1 && seconds <= MAX_FIRST_REQUEST_SECONDS) {
				return Duration.ofSeconds(seconds);
			}
		} catch (NumberFormatException e) {
			// refused below with the range
		}
		throw error(KEY_VMS_FIRST_REQUEST_SECONDS, "expected whole seconds from 1 to " + MAX_FIRST_REQUEST_SECONDS
				+ ", got '" + value + "'");
	}

	/** The API's TLS settings: all of them with tls.identity, none of them without (the API is then off). */
	private Optional<ApiTls> apiTls(Map<String, String> values) throws AgentConfigException {
		String identity = values.get(KEY_TLS_IDENTITY);
		if (identity == null) {
			for (String key : API_KEYS) {
				if (values.containsKey(key)) {
					throw error(key, "only meaningful with " + KEY_TLS_IDENTITY + " (the API is off without it)");
				}
			}
			return Optional.empty();
		}
		Path identityFile = existingFile(KEY_TLS_IDENTITY, identity);
		if (approvedQemuBinaries.isEmpty()) {
			throw error(KEY_QEMU_APPROVED, "required with " + KEY_TLS_IDENTITY
					+ ": the API starts VMs with the first approved QEMU build");
		}
		String file = values.get(KEY_TLS_PASSWORD_FILE);
		String variable = values.get(KEY_TLS_PASSWORD_ENV);
		if ((file == null) == (variable == null)) {
			throw error(KEY_TLS_PASSWORD_FILE, "give exactly one of " + KEY_TLS_PASSWORD_FILE + " and "
					+ KEY_TLS_PASSWORD_ENV + " (where the password of " + KEY_TLS_IDENTITY + " is read from)");
		}
		if (variable != null && !VARIABLE.matcher(variable).matches()) {
			throw error(KEY_TLS_PASSWORD_ENV, "expected the name of an environment variable, got '" + variable + "'");
		}
		Optional<Path> passwordFile = file == null ? Optional.empty()
				: Optional.of(existingFile(KEY_TLS_PASSWORD_FILE, file));
		Path root = existingFile(KEY_CA_ROOT, required(values, KEY_CA_ROOT));
		String crl = values.get(KEY_CA_CRL);
		return Optional.of(new ApiTls(identityFile, passwordFile, Optional.ofNullable(variable), root,
				crl == null ? stateDirectory.resolve("crl.der") : absolutePath(KEY_CA_CRL, crl), caUrl(values),
				crlRefresh(values)));
	}

	/** The CA the agent fetches its CRL from; without it the CRL file is refreshed by hand. */
	private Optional<URI> caUrl(Map<String, String> values) throws AgentConfigException {
		String text = values.get(KEY_CA_URL);
		if (text == null) {
			if (values.containsKey(KEY_CA_CRL_REFRESH)) {
				throw error(KEY_CA_CRL_REFRESH, "only meaningful with " + KEY_CA_URL + " (where the CRL is fetched from)");
			}
			return Optional.empty();
		}
		try {
			URI uri = new URI(text);
			if ("https".equals(uri.getScheme()) && uri.getHost() != null && (uri.getPath() == null
					|| uri.getPath().isEmpty() || "/".equals(uri.getPath())) && uri.getQuery() == null) {
				return Optional.of(uri);
			}
		} catch (URISyntaxException e) {
			// reported below with an example
		}
		throw error(KEY_CA_URL, "expected the CA's https URL such as https://ca.fleet.example:8443, got '" + text + "'");
	}

	private Duration crlRefresh(Map<String, String> values) throws AgentConfigException {
		String text = values.get(KEY_CA_CRL_REFRESH);
		if (text == null) {
			return Duration.ofSeconds(DEFAULT_CRL_REFRESH_SECONDS);
		}
		try {
			int seconds = Integer.parseInt(text);
			if (seconds >= 1 && seconds <= MAX_CRL_REFRESH_SECONDS) {
				return Duration.ofSeconds(seconds);
			}
		} catch (NumberFormatException e) {
			// reported below with the range
		}
		throw error(KEY_CA_CRL_REFRESH, "expected whole seconds from 1 to " + MAX_CRL_REFRESH_SECONDS + ", got '" + text
				+ "'");
	}

	private Path existingFile(String key, String value) throws AgentConfigException {
		Path file = absolutePath(key, value);
		if (!Files.isRegularFile(file)) {
			throw error(key, "'" + file + "' is not a file");
		}
		return file;
	}

	/** Reads and checks the file; every failure is an {@link AgentConfigException} with a one-line reason. */
	public static AgentConfig load(Path file) throws AgentConfigException {
		if (!Files.isRegularFile(file)) {
			throw new AgentConfigException("config " + file + ": no such file");
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		} catch (IOException | IllegalArgumentException e) {
			throw new AgentConfigException("config " + file + ": cannot be read: " + e.getMessage());
		}
		Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
		unknown.removeAll(KNOWN_KEYS);
		if (!unknown.isEmpty()) {
			throw new AgentConfigException("config " + file + ": unknown key " + String.join(", ", unknown)
					+ " (known: " + String.join(", ", new TreeSet<>(KNOWN_KEYS)) + ")");
		}
		Map<String, String> values = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			values.put(key, properties.getProperty(key).trim());
		}
		return new AgentConfig(file, values);
	}

	private String required(Map<String, String> values, String key) throws AgentConfigException {
		String value = values.get(key);
		if (value == null || value.isEmpty()) {
			throw error(key, "missing (required)");
		}
		return value;
	}

	private Path absolutePath(String key, String value) throws AgentConfigException {
		try {
			Path path = Path.of(value);
			if (!path.isAbsolute()) {
				throw error(key, "expected an absolute path, got '" + value + "'");
			}
			return path.normalize();
		} catch (InvalidPathException e) {
			throw error(key, "not a valid path: " + e.getMessage());
		}
	}

	private InetSocketAddress hostAndPort(String value) throws AgentConfigException {
		int colon = value.lastIndexOf(':');
		if (colon <= 0) {
			throw error(KEY_API_LISTEN, "expected HOST:PORT, got '" + value + "'");
		}
		String host = value.substring(0, colon);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		try {
			int port = Integer.parseInt(value.substring(colon + 1));
			// 0: any free port, for tests
			if (port < 0 || port > 65535) {
				throw error(KEY_API_LISTEN, "port must be 0-65535, got " + port);
			}
			return InetSocketAddress.createUnresolved(host, port);
		} catch (NumberFormatException e) {
			throw error(KEY_API_LISTEN, "expected HOST:PORT, got '" + value + "'");
		}
	}

	private List<Path> qemuBinaries(String value) throws AgentConfigException {
		if (value == null || value.isEmpty()) {
			return List.of();
		}
		List<Path> binaries = new ArrayList<>();
		for (String item : value.split(",")) {
			Path binary = absolutePath(KEY_QEMU_APPROVED, item.trim());
			if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
				throw error(KEY_QEMU_APPROVED, "'" + binary + "' is not an executable file");
			}
			binaries.add(binary);
		}
		return Collections.unmodifiableList(binaries);
	}

	private AgentConfigException error(String key, String problem) {
		return new AgentConfigException("config " + source + ": key '" + key + "': " + problem);
	}

	public Path source() {
		return source;
	}

	public String name() {
		return name;
	}

	public Path stateDirectory() {
		return stateDirectory;
	}

	public Path logFile() {
		return logFile;
	}

	public String tpm() {
		return tpm;
	}

	public InetSocketAddress apiListen() {
		return apiListen;
	}

	public List<Path> approvedQemuBinaries() {
		return approvedQemuBinaries;
	}

	public Path vmsDirectory() {
		return vmsDirectory;
	}

	/** The API's TLS settings; empty when tls.identity is not set and the agent serves no API. */
	/** How QEMU runs the VMs' guests: {@code auto} (the default), {@code kvm} or {@code tcg}. */
	public Accelerator accelerator() {
		return accelerator;
	}

	/** How long a connection to a vTPM gateway may wait before its first control request before it is closed. */
	public Duration firstRequestTimeout() {
		return firstRequestTimeout;
	}

	/** The kernel guest VMs boot; empty when only firmware VMs can be created. */
	public Optional<GuestKernel> guestKernel() {
		return guestKernel;
	}

	/** The uids VMs run under; empty with {@code vms.uids=agent} (development: the agent's own uid). */
	public Optional<VmUids> vmUids() {
		return vmUids;
	}

	public Optional<ApiTls> apiTls() {
		return apiTls;
	}

	/** One line for the log: every setting, none of them secret (the password's source is named, not read). */
	public String describe() {
		return KEY_NAME + "=" + name + " " + KEY_TPM + "=" + tpm + " " + KEY_STATE_DIR + "=" + stateDirectory + " "
				+ KEY_VMS_DIR + "=" + vmsDirectory + " " + KEY_VMS_ACCELERATOR + "=" + accelerator.configName() + " "
				+ KEY_VMS_FIRST_REQUEST_SECONDS + "=" + firstRequestTimeout.toSeconds() + " "
				+ guestKernel.map(guest -> KEY_VMS_GUEST_KERNEL + "=" + guest.kernel() + " " + KEY_VMS_GUEST_INITRD + "="
						+ guest.initrd() + " ").orElse("")
				+ KEY_VMS_UIDS + "=" + vmUids.map(VmUids::configName).orElse(AGENT_UID) + " "
				+ KEY_API_LISTEN + "=" + apiListen.getHostString() + ":"
				+ apiListen.getPort() + " " + KEY_QEMU_APPROVED + "=" + approvedQemuBinaries + " "
				+ apiTls.map(tls -> KEY_TLS_IDENTITY + "=" + tls.identity() + " " + KEY_CA_ROOT + "=" + tls.root() + " "
						+ KEY_CA_CRL + "=" + tls.crl() + tls.caUrl().map(url -> " " + KEY_CA_URL + "=" + url + " "
								+ KEY_CA_CRL_REFRESH + "=" + tls.crlRefresh().toSeconds()).orElse(""))
				.orElse(KEY_TLS_IDENTITY + "=(none: API off)");
	}
}
