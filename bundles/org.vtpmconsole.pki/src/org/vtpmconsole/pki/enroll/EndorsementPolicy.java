package org.vtpmconsole.pki.enroll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vtpmconsole.pki.AtomicFiles;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.tpm.verify.TpmPublicArea;

/**
 * Which EKs the CA accepts, and for which host:
 * <ul>
 * <li>an EK certificate, when sent, must be for the EK public area sent with it;</li>
 * <li>with TPM vendor roots configured, an EK certificate that chains to one of them is required;</li>
 * <li>each host is pinned to the EK of its first enrollment (one file per host in the pin directory, named by the
 * host's canonical spelling, so no second spelling of a host starts a second pin), and an EK belongs to one host
 * only. A pin is set only after the host proved the credential's activation. SPEC §7 enrolls a host once, before deployment, under an administrator's eye: that is
 * when the pin is set. Later enrollments of the host (other roles, renewals) must come from the same TPM.</li>
 * </ul>
 */
public final class EndorsementPolicy {

	private static final String PIN_SUFFIX = ".ek";

	private final Path pins;
	private final Set<TrustAnchor> vendorRoots;

	/**
	 * @param pins        directory of the host→EK pins (created if missing, owner-only)
	 * @param vendorRoots TPM manufacturer CA certificates; empty to accept EKs without certificate (swtpm, test
	 *                    fleets), relying on the pins alone
	 */
	public EndorsementPolicy(Path pins, List<X509Certificate> vendorRoots) throws PkiException {
		this.pins = pins;
		this.vendorRoots = vendorRoots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet());
		try {
			if (!Files.isDirectory(pins)) {
				Files.createDirectories(pins, AtomicFiles.OWNER_ONLY_DIRECTORY);
			}
			AtomicFiles.removeLeftovers(pins);
		} catch (IOException e) {
			throw new PkiException("cannot prepare the EK pin directory " + pins + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Whether the EK would be accepted for the host (a canonical name, {@code HostNames.canonical}), without pinning
	 * anything: checked before the CA sends an activation challenge.
	 */
	synchronized void check(String host, TpmPublicArea ek, byte[] ekCertificate) throws PkiException {
		unpinned(host, ek, ekCertificate);
	}

	/**
	 * Accepts the EK for the host, pinning it if this is the host's first enrollment: called only once the host has
	 * proven that its TPM activated the credential, so a requester that cannot activate pins nothing. Checks again,
	 * since another request may have pinned the host or the EK since {@link #check}.
	 */
	synchronized void pin(String host, TpmPublicArea ek, byte[] ekCertificate) throws PkiException {
		Optional<Path> pin = unpinned(host, ek, ekCertificate);
		if (pin.isPresent()) {
			try {
				AtomicFiles.write(pin.get(), HexFormat.of().formatHex(ek.name()).getBytes(StandardCharsets.US_ASCII));
			} catch (IOException e) {
				throw new PkiException("cannot pin the EK of " + host + ": " + e.getMessage(), e);
			}
		}
	}

	/** The pin file to write if the host has none yet, empty if it is pinned to this EK; refuses everything else. */
	private Optional<Path> unpinned(String host, TpmPublicArea ek, byte[] ekCertificate) throws PkiException {
		if (!ek.isNonMigratable() || !ek.hasAttributes(TpmPublicArea.RESTRICTED | TpmPublicArea.DECRYPT)) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.EK_MISMATCH,
					"the EK public area is not a fixed, restricted decryption key");
		}
		if (ekCertificate != null) {
			checkCertificate(ek, parse(ekCertificate));
		} else if (!vendorRoots.isEmpty()) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.EK_UNTRUSTED,
					"this CA requires the TPM's EK certificate, and none was sent");
		}
		String name = HexFormat.of().formatHex(ek.name());
		Path pin = pins.resolve(host + PIN_SUFFIX);
		Optional<String> pinned = read(pin);
		if (pinned.isPresent()) {
			if (!MessageDigest.isEqual(pinned.get().getBytes(StandardCharsets.US_ASCII),
					name.getBytes(StandardCharsets.US_ASCII))) {
				throw new EnrollmentRefusedException(EnrollmentRefusal.EK_MISMATCH,
						"the EK does not match the EK host " + host + " enrolled with first");
			}
			return Optional.empty();
		}
		Optional<String> otherHost = hostPinnedTo(name);
		if (otherHost.isPresent()) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.EK_MISMATCH,
					"this EK is already enrolled for host " + otherHost.get());
		}
		return Optional.of(pin);
	}

	private void checkCertificate(TpmPublicArea ek, X509Certificate certificate) throws EnrollmentRefusedException {
		if (!certificate.getPublicKey().equals(ek.rsaPublicKey())) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.EK_MISMATCH,
					"the EK certificate is for another key than the EK public area sent with it");
		}
		if (vendorRoots.isEmpty()) {
			return;
		}
		try {
			PKIXParameters parameters = new PKIXParameters(vendorRoots);
			// vendors publish EK CRLs rarely and inconsistently; a revoked TPM is handled by un-enrolling its host
			parameters.setRevocationEnabled(false);
			CertPathValidator.getInstance("PKIX").validate(
					CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
		} catch (GeneralSecurityException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.EK_UNTRUSTED,
					"the EK certificate is not issued by a trusted TPM vendor: " + e.getMessage(), e);
		}
	}

	private static X509Certificate parse(byte[] der) throws EnrollmentRefusedException {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der));
		} catch (CertificateException | ClassCastException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED, "the EK certificate is not X.509 DER", e);
		}
	}

	private Optional<String> hostPinnedTo(String ekName) throws PkiException {
		try (Stream<Path> files = Files.list(pins)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PIN_SUFFIX)).toList()) {
				if (read(file).filter(ekName::equals).isPresent()) {
					String fileName = file.getFileName().toString();
					return Optional.of(fileName.substring(0, fileName.length() - PIN_SUFFIX.length()));
				}
			}
			return Optional.empty();
		} catch (IOException e) {
			throw new PkiException("cannot read the EK pins in " + pins + ": " + e.getMessage(), e);
		}
	}

	private static Optional<String> read(Path pin) throws PkiException {
		try {
			return Files.exists(pin) ? Optional.of(Files.readString(pin, StandardCharsets.US_ASCII).trim())
					: Optional.empty();
		} catch (IOException e) {
			throw new PkiException("cannot read the EK pin " + pin + ": " + e.getMessage(), e);
		}
	}
}
