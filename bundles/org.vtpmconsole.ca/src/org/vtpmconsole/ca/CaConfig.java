package org.vtpmconsole.ca;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.vtpmconsole.pki.Passphrases;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.protocol.http.JsonServer;

/**
 * The CA daemon's configuration: a strict Java properties file (docs/ca-config.md). Unknown keys are refused, so a
 * typo cannot silently leave a default in place. Secrets are never in it: it names the file or environment
 * variable that holds each.
 */
public final class CaConfig {

	static final Set<String> KEYS = Set.of("ca.directory", "ca.passphrase.file", "ca.passphrase.env", "tls.identity",
			"tls.password.file", "tls.password.env", "listen.address", "listen.port", "enrollment.nonce.lifetime",
			"ek.vendor.roots", "api.threads", "log.file");
	static final int DEFAULT_PORT = 8443;

	private final Path source;
	private final Properties properties;

	private CaConfig(Path source, Properties properties) {
		this.source = source;
		this.properties = properties;
	}

	public static CaConfig load(Path file) throws CaConfigException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new CaConfigException("config " + file + ": cannot read (" + e.getMessage() + ")");
		}
		Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
		unknown.removeAll(KEYS);
		if (!unknown.isEmpty()) {
			throw new CaConfigException("config " + file + ": unknown keys " + unknown + "; known: " + new TreeSet<>(KEYS));
		}
		CaConfig config = new CaConfig(file, properties);
		config.caDirectory();
		config.identity();
		config.secretSource("ca.passphrase");
		config.secretSource("tls.password");
		config.listenAddress();
		config.nonceLifetime();
		config.threads();
		return config;
	}

	public Path caDirectory() throws CaConfigException {
		return path(required("ca.directory"));
	}

	public Path identity() throws CaConfigException {
		return path(required("tls.identity"));
	}

	/** Where the platform log goes; empty leaves it in the Equinox configuration area. */
	public Optional<Path> logFile() {
		return Optional.ofNullable(value("log.file")).map(this::path);
	}

	public Optional<Path> vendorRoots() {
		return Optional.ofNullable(value("ek.vendor.roots")).map(this::path);
	}

	/** The root key's passphrase; the caller wipes it. */
	public char[] caPassphrase() throws CaConfigException, PkiException {
		return secret("ca.passphrase");
	}

	/** The TLS identity's password; the caller wipes it. */
	public char[] tlsPassword() throws CaConfigException, PkiException {
		return secret("tls.password");
	}

	public InetSocketAddress listenAddress() throws CaConfigException {
		String host = Optional.ofNullable(value("listen.address")).orElse("0.0.0.0");
		int port = integer("listen.port", DEFAULT_PORT, 0, 65535);
		try {
			return new InetSocketAddress(InetAddress.getByName(host), port);
		} catch (UnknownHostException e) {
			throw new CaConfigException("config " + source + ": listen.address '" + host + "' is not an address");
		}
	}

	public Duration nonceLifetime() throws CaConfigException {
		return Duration.ofSeconds(integer("enrollment.nonce.lifetime", 120, 5, 3600));
	}

	public int threads() throws CaConfigException {
		return integer("api.threads", JsonServer.DEFAULT_THREADS, 4, 1024);
	}

	/** What the log may say about this configuration: where things are, never a secret. */
	public String describe() throws CaConfigException {
		return "directory " + caDirectory() + ", identity " + identity() + ", listening on " + listenAddress();
	}

	private char[] secret(String prefix) throws CaConfigException, PkiException {
		String file = value(prefix + ".file");
		return file != null ? Passphrases.fromFile(path(file)) : Passphrases.fromEnvironment(value(prefix + ".env"));
	}

	private void secretSource(String prefix) throws CaConfigException {
		boolean file = value(prefix + ".file") != null;
		boolean env = value(prefix + ".env") != null;
		if (file == env) {
			throw new CaConfigException("config " + source + ": set exactly one of " + prefix + ".file and " + prefix
					+ ".env (the secret itself never goes into the configuration)");
		}
	}

	private int integer(String key, int defaultValue, int min, int max) throws CaConfigException {
		String text = value(key);
		if (text == null) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= min && number <= max) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below with the allowed range
		}
		throw new CaConfigException("config " + source + ": " + key + " must be a whole number from " + min + " to " + max);
	}

	private String required(String key) throws CaConfigException {
		String text = value(key);
		if (text == null) {
			throw new CaConfigException("config " + source + ": missing " + key);
		}
		return text;
	}

	private String value(String key) {
		String text = properties.getProperty(key);
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** Relative paths are taken from the configuration file's directory. */
	private Path path(String text) {
		Path base = source.toAbsolutePath().getParent();
		return base.resolve(text).normalize();
	}
}
