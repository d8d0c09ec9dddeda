package org.vtpmconsole.trail;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

import org.vtpmconsole.verify.CertificateTrust;

/**
 * Verifies an evidence bundle offline from the fleet root alone: the VM's lines (format, chain, seq, replay), the
 * withheld lines' digests in the chain and the fold, and the anchor's certification over the nonce. The first
 * failure is the refusal, naming its line.
 */
public final class EvidenceVerifier {
	private EvidenceVerifier() {
	}

	/** What a verified bundle proves: the VM's registers after its last line in the bundle, the log's length. */
	public record Verdict(Registers registers, long lastLineOfVm, long lines, byte[] fold) {
	}

	/**
	 * @param crl a CRL newer than the bundle's, if the verifier has one; else the bundle's (its signer and
	 *            freshness are checked)
	 * @param expectedNonce the nonce the requester chose; without it the bundle's own (which its certification must
	 *            carry)
	 */
	public static Verdict verify(EvidenceBundle bundle, X509Certificate fleetRoot, Optional<X509CRL> crl,
			Optional<byte[]> expectedNonce, Instant now) throws TrailRefusal {
		TrailLogChecker checker = new TrailLogChecker();
		long lastLineOfVm = 0;
		for (EvidenceBundle.Entry entry : bundle.entries()) {
			if (entry.line().isEmpty()) {
				checker.withheldLine(entry.sha256());
				continue;
			}
			TrailEvent event = checker.line(entry.line().get());
			if (!event.vm().equals(bundle.vm()))
				throw new TrailRefusal(event.seq(), "line " + event.seq() + " is of VM " + event.vm()
						+ ", not of the bundle's VM " + bundle.vm());
			lastLineOfVm = event.seq();
		}
		Registers registers = checker.replay().registers(bundle.vm())
				.orElseThrow(() -> new TrailRefusal(0, "the bundle holds no line of VM " + bundle.vm()));
		CertificateTrust trust = CertificateTrust.of(fleetRoot, crl.orElse(bundle.anchor().crl()));
		AnchorVerifier.verify(bundle.anchor(), expectedNonce.orElse(bundle.anchor().nonce()), checker.fold(),
				checker.lineCount(), trust, now);
		return new Verdict(registers, lastLineOfVm, checker.lineCount(), checker.fold());
	}
}
