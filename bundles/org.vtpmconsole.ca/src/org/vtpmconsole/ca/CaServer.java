package org.vtpmconsole.ca;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.enroll.EndorsementPolicy;
import org.vtpmconsole.pki.enroll.EnrollmentAuthority;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.http.JsonServer;

/**
 * The running fleet CA: the store opened with its passphrase, enrollment, and the API on mutual TLS with the CA
 * itself as the CRL source (a revocation is refused at the very next request). Closing stops the API first, then
 * releases the store.
 */
public final class CaServer implements AutoCloseable {

	/** EK pins live next to the certificates, under the same directory lock. */
	static final String ENDORSEMENTS = "endorsements";

	private final FleetCa ca;
	private final JsonServer server;

	private CaServer(FleetCa ca, JsonServer server) {
		this.ca = ca;
		this.server = server;
	}

	public static CaServer start(CaConfig config) throws CaConfigException, PkiException, IOException {
		char[] passphrase = config.caPassphrase();
		FleetCa ca;
		try {
			ca = FleetCa.open(config.caDirectory(), passphrase);
		} finally {
			Arrays.fill(passphrase, '\0');
		}
		try {
			char[] password = config.tlsPassword();
			try {
				KeyStore identity = FleetTls.loadIdentity(config.identity(), password);
				EnrollmentAuthority enrollment = new EnrollmentAuthority(ca, Clock.systemUTC(), config.nonceLifetime(),
						new EndorsementPolicy(config.caDirectory().resolve(ENDORSEMENTS), vendorRoots(config)));
				JsonServer.Builder builder = JsonServer.builder("vtpm-ca", config.listenAddress(),
						FleetTls.serverContext(identity, password, ca.rootCertificate(), ca), ca).threads(config.threads());
				new CaRoutes(ca, enrollment).register(builder);
				return new CaServer(ca, builder.start());
			} finally {
				Arrays.fill(password, '\0');
			}
		} catch (CaConfigException | PkiException | IOException | RuntimeException e) {
			ca.close();
			throw e;
		}
	}

	public int port() {
		return server.port();
	}

	public X509Certificate rootCertificate() {
		return ca.rootCertificate();
	}

	@Override
	public void close() {
		try {
			server.close();
		} finally {
			ca.close();
		}
	}

	private static List<X509Certificate> vendorRoots(CaConfig config) throws PkiException {
		if (config.vendorRoots().isEmpty()) {
			return List.of();
		}
		Path directory = config.vendorRoots().get();
		List<X509Certificate> roots = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					factory.generateCertificates(in).forEach(certificate -> roots.add((X509Certificate) certificate));
				}
			}
		} catch (IOException | GeneralSecurityException e) {
			throw new PkiException("cannot read the TPM vendor roots in " + directory + ": " + e.getMessage(), e);
		}
		if (roots.isEmpty()) {
			throw new PkiException("ek.vendor.roots " + directory + " holds no certificate");
		}
		return roots;
	}
}
