package org.vtpmconsole.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.verify.CertificateTrust;

/** Certificates and CRLs named on the command line (PEM or DER), and the fleet trust they make for the verifier. */
final class FleetFiles {

	private FleetFiles() {
	}

	/** The fleet root of {@code --root} and, when {@code --crl} is given, that CRL: what the console trusts, from files. */
	static CertificateTrust trust(Arguments args) throws UsageException {
		X509Certificate root = certificate(args.required("root"), "root");
		X509CRL crl = args.optional("crl").isPresent() ? crl(args.required("crl")) : null;
		return CertificateTrust.of(root, crl);
	}

	static X509Certificate certificate(String file, String option) throws UsageException {
		try (InputStream in = Files.newInputStream(existing(file, option))) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		} catch (IOException | CertificateException | ClassCastException e) {
			throw new UsageException("--" + option + ": " + file + " is not an X.509 certificate (PEM or DER): " + e.getMessage());
		}
	}

	/** The comma-separated certificates of {@code option}, none when it is absent. */
	static List<X509Certificate> certificates(Arguments args, String option) throws UsageException {
		List<X509Certificate> certificates = new ArrayList<>();
		Optional<String> files = args.optional(option);
		if (files.isPresent()) {
			for (String file : files.get().split(",")) {
				certificates.add(certificate(file.trim(), option));
			}
		}
		return certificates;
	}

	private static X509CRL crl(String file) throws UsageException {
		try (InputStream in = Files.newInputStream(existing(file, "crl"))) {
			return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
		} catch (IOException | CertificateException | CRLException | ClassCastException e) {
			throw new UsageException("--crl: " + file + " is not an X.509 CRL (PEM or DER): " + e.getMessage());
		}
	}

	private static Path existing(String file, String option) throws UsageException {
		Path path = Path.of(file);
		if (!Files.isRegularFile(path)) {
			throw new UsageException("--" + option + ": no such file '" + file + "'");
		}
		return path;
	}
}
