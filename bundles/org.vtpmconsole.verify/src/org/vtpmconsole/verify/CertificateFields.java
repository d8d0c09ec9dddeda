package org.vtpmconsole.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.pki.TpmNames;

/** The fields of an X.509 certificate and the fleet extensions, decoded into words. */
public final class CertificateFields {

	private static final String[] KEY_USAGE = { "digitalSignature", "nonRepudiation", "keyEncipherment",
			"dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly" };
	private static final Map<String, String> EXTENDED_KEY_USAGE = Map.of("1.3.6.1.5.5.7.3.1", "serverAuth",
			"1.3.6.1.5.5.7.3.2", "clientAuth", "1.3.6.1.5.5.7.3.3", "codeSigning", "1.3.6.1.5.5.7.3.4",
			"emailProtection", "1.3.6.1.5.5.7.3.8", "timeStamping", "1.3.6.1.5.5.7.3.9", "OCSPSigning");
	private static final Map<Integer, String> NAME_TYPES = Map.of(0, "other", 1, "email", 2, "DNS", 4, "directory",
			6, "URI", 7, "IP", 8, "registeredID");
	private static final String KEY_USAGE_OID = "2.5.29.15";
	private static final String BASIC_CONSTRAINTS_OID = "2.5.29.19";

	/** A decoded field; {@code copyValue} is what Copy puts on the clipboard, null when the field has no Copy. */
	public record Field(String name, String value, String copyValue) {
	}

	private CertificateFields() {
	}

	public static List<Field> x509(X509Certificate certificate) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("Subject", certificate.getSubjectX500Principal().getName(), null));
		fields.add(new Field("Issuer", certificate.getIssuerX500Principal().getName(), null));
		String serial = certificate.getSerialNumber().toString(16);
		fields.add(new Field("Serial number", serial, serial));
		fields.add(new Field("Signature algorithm", certificate.getSigAlgName(), null));
		fields.add(new Field("Public key", describe(certificate.getPublicKey()), null));
		String fingerprint = sha256Fingerprint(certificate);
		fields.add(new Field("SHA-256 fingerprint", fingerprint, fingerprint.replace(":", "")));
		fields.add(new Field("Key usage", keyUsage(certificate), null));
		fields.add(new Field("Extended key usage", extendedKeyUsage(certificate), null));
		fields.add(new Field("Basic constraints", basicConstraints(certificate), null));
		fields.add(new Field("Subject alternative names", alternativeNames(certificate), null));
		return fields;
	}

	public static List<Field> fleetExtensions(X509Certificate certificate) {
		List<Field> fields = new ArrayList<>();
		String role;
		try {
			role = Roles.of(certificate).token();
		} catch (CertificateException e) {
			role = e.getMessage();
		}
		fields.add(new Field("Fleet role", role, null));
		try {
			fields.add(TpmNames.of(certificate).map(name -> new Field("TPM name", TpmNameText.describe(name),
					HexFormat.of().formatHex(name))).orElse(new Field("TPM name", "none (not a TPM key)", null)));
		} catch (CertificateException e) {
			fields.add(new Field("TPM name", e.getMessage(), null));
		}
		return fields;
	}

	public static String sha256Fingerprint(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("a parsed certificate re-encodes and every Java runtime has SHA-256", e);
		}
	}

	private static String describe(PublicKey key) {
		if (key instanceof RSAPublicKey rsa) {
			return "RSA " + rsa.getModulus().bitLength() + " bits";
		}
		if (key instanceof ECPublicKey ec) {
			return "EC " + ec.getParams().getCurve().getField().getFieldSize() + " bits";
		}
		return key.getAlgorithm();
	}

	private static String keyUsage(X509Certificate certificate) {
		boolean[] usage = certificate.getKeyUsage();
		if (usage == null) {
			return "none";
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < usage.length && i < KEY_USAGE.length; i++) {
			if (usage[i]) {
				names.add(KEY_USAGE[i]);
			}
		}
		return String.join(", ", names) + critical(certificate, KEY_USAGE_OID);
	}

	private static String extendedKeyUsage(X509Certificate certificate) {
		try {
			List<String> oids = certificate.getExtendedKeyUsage();
			return oids == null ? "none"
					: oids.stream().map(oid -> EXTENDED_KEY_USAGE.getOrDefault(oid, oid)).collect(Collectors.joining(", "));
		} catch (CertificateParsingException e) {
			return "malformed: " + e.getMessage();
		}
	}

	private static String basicConstraints(X509Certificate certificate) {
		int pathLength = certificate.getBasicConstraints();
		String value = pathLength < 0 ? "end entity (CA:false)"
				: pathLength == Integer.MAX_VALUE ? "CA, no path length limit" : "CA, path length " + pathLength;
		return value + critical(certificate, BASIC_CONSTRAINTS_OID);
	}

	private static String alternativeNames(X509Certificate certificate) {
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			return names == null ? "none"
					: names.stream().map(n -> NAME_TYPES.getOrDefault((Integer) n.get(0), "type " + n.get(0)) + ": "
							+ n.get(1)).collect(Collectors.joining(", "));
		} catch (CertificateParsingException e) {
			return "malformed: " + e.getMessage();
		}
	}

	private static String critical(X509Certificate certificate, String oid) {
		return certificate.getCriticalExtensionOIDs() != null && certificate.getCriticalExtensionOIDs().contains(oid)
				? " (critical)" : "";
	}
}
