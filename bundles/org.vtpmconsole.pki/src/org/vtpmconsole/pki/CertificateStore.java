package org.vtpmconsole.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.cert.CRLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The CA directory on disk (layout in docs/pki.md). Each issued certificate is two files under {@code certs/}:
 * its DER, then its metadata; the metadata file, written last, commits the certificate and records the DER's
 * SHA-256, so a certificate whose metadata exists is complete and intact. Every write goes through
 * {@link AtomicFiles}.
 */
final class CertificateStore {

	static final String FORMAT = "1";

	private final Path directory;

	CertificateStore(Path directory) {
		this.directory = directory;
	}

	Path directory() {
		return directory;
	}

	Path settings() {
		return directory.resolve("store.properties");
	}

	Path rootCertificate() {
		return directory.resolve("root.der");
	}

	Path rootKey() {
		return directory.resolve("root-key.p8");
	}

	Path crl() {
		return directory.resolve("crl.der");
	}

	Path log() {
		return directory.resolve("issuance.log");
	}

	Path logHead() {
		return directory.resolve("issuance.log.head");
	}

	Path lock() {
		return directory.resolve("lock");
	}

	Path certificates() {
		return directory.resolve("certs");
	}

	/** Deletes what a crash in the middle of a write left behind. */
	void removeLeftovers() throws IOException {
		AtomicFiles.removeLeftovers(directory);
		AtomicFiles.removeLeftovers(certificates());
	}

	/** Whether a serial is in use, counting a certificate whose metadata a crash kept from being written. */
	boolean serialTaken(BigInteger serial) {
		return Files.exists(derFile(serial)) || Files.exists(metadataFile(serial));
	}

	void save(IssuedCertificate issued) throws IOException, PkiException {
		AtomicFiles.write(derFile(issued.serial()), encoded(issued.certificate()));
		saveMetadata(issued);
	}

	/** Rewrites only the metadata, for a revocation. */
	void saveMetadata(IssuedCertificate issued) throws IOException, PkiException {
		Properties metadata = new Properties();
		metadata.setProperty("serial", issued.serialHex());
		metadata.setProperty("subject", issued.subjectName());
		metadata.setProperty("alternativeNames", String.join(",", issued.alternativeNames()));
		metadata.setProperty("role", issued.role().token());
		issued.tpmName().ifPresent(name -> metadata.setProperty("tpmName", HexFormat.of().formatHex(name)));
		metadata.setProperty("issuedAt", issued.issuedAt().toString());
		metadata.setProperty("notBefore", issued.notBefore().toString());
		metadata.setProperty("notAfter", issued.notAfter().toString());
		metadata.setProperty("sha256", HexFormat.of().formatHex(IssuanceLog.sha256(encoded(issued.certificate()))));
		metadata.setProperty("status", issued.revokedAt().isPresent() ? "revoked" : "valid");
		issued.revokedAt().ifPresent(at -> metadata.setProperty("revokedAt", at.toString()));
		issued.revocationReason().ifPresent(reason -> metadata.setProperty("revocationReason", reason.name()));
		StringWriter text = new StringWriter();
		metadata.store(text, "fleet CA certificate record");
		AtomicFiles.write(metadataFile(issued.serial()), text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Every committed certificate by serial; PkiException names a record that is not intact. */
	Map<BigInteger, IssuedCertificate> load() throws IOException, PkiException {
		Map<BigInteger, IssuedCertificate> records = new HashMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(certificates(), "*.properties")) {
			for (Path file : files) {
				IssuedCertificate issued = load(file);
				records.put(issued.serial(), issued);
			}
		}
		return records;
	}

	private IssuedCertificate load(Path metadataFile) throws IOException, PkiException {
		Properties metadata = new Properties();
		metadata.load(new StringReader(Files.readString(metadataFile, StandardCharsets.UTF_8)));
		try {
			BigInteger serial = new BigInteger(metadata.getProperty("serial"), 16);
			byte[] der = Files.readAllBytes(derFile(serial));
			if (!Arrays.equals(IssuanceLog.sha256(der), HexFormat.of().parseHex(metadata.getProperty("sha256")))) {
				throw new PkiException("certificate record " + metadataFile + " does not match its DER file");
			}
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der));
			if (!certificate.getSerialNumber().equals(serial) || !metadataFile.equals(metadataFile(serial))) {
				throw new PkiException("certificate record " + metadataFile + " holds another serial");
			}
			String alternativeNames = metadata.getProperty("alternativeNames", "");
			String tpmName = metadata.getProperty("tpmName");
			String revokedAt = metadata.getProperty("revokedAt");
			return new IssuedCertificate(certificate, metadata.getProperty("subject"),
					alternativeNames.isEmpty() ? List.of() : List.of(alternativeNames.split(",")),
					Role.ofToken(metadata.getProperty("role")), tpmName == null ? null : HexFormat.of().parseHex(tpmName),
					Instant.parse(metadata.getProperty("issuedAt")), revokedAt == null ? null : Instant.parse(revokedAt),
					revokedAt == null ? null : RevocationReason.valueOf(metadata.getProperty("revocationReason")));
		} catch (CertificateException | RuntimeException e) {
			throw new PkiException("certificate record " + metadataFile + " is damaged: " + e.getMessage(), e);
		}
	}

	void saveCrl(X509CRL crl) throws IOException, PkiException {
		try {
			AtomicFiles.write(crl(), crl.getEncoded());
		} catch (CRLException e) {
			throw new PkiException("cannot encode the CRL", e);
		}
	}

	X509CRL loadCrl() throws IOException, PkiException {
		try {
			return (X509CRL) CertificateFactory.getInstance("X.509")
					.generateCRL(new ByteArrayInputStream(Files.readAllBytes(crl())));
		} catch (CertificateException | CRLException e) {
			throw new PkiException("the CRL in " + crl() + " is damaged", e);
		}
	}

	X509Certificate loadRootCertificate() throws IOException, PkiException {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(Files.readAllBytes(rootCertificate())));
		} catch (CertificateException e) {
			throw new PkiException("the root certificate in " + rootCertificate() + " is damaged", e);
		}
	}

	static byte[] encoded(X509Certificate certificate) throws PkiException {
		try {
			return certificate.getEncoded();
		} catch (CertificateException e) {
			throw new PkiException("cannot encode certificate " + certificate.getSerialNumber(), e);
		}
	}

	private Path derFile(BigInteger serial) {
		return certificates().resolve(hex(serial) + ".der");
	}

	private Path metadataFile(BigInteger serial) {
		return certificates().resolve(hex(serial) + ".properties");
	}

	static String hex(BigInteger serial) {
		return serial.toString(16).toUpperCase(Locale.ROOT);
	}
}
