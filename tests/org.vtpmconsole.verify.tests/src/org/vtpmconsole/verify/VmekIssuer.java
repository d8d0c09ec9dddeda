package org.vtpmconsole.verify;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.vtpmconsole.pki.FleetOids;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.TpmContentSigner;
import org.vtpmconsole.tpm.HostTpm;
import org.vtpmconsole.tpm.KeyRole;

/**
 * The attacker's certificate factory: a host whose agent is compromised can have its TPM sign anything with its VMEK,
 * a CA key the fleet root certified for vEKs. This signs a certificate for a host key (role, TPM name, CN as the CA
 * would write them) with the VMEK inside a real swtpm, through the product's own TPM signer: the shape of a fleet
 * certificate, but not the root's.
 */
public final class VmekIssuer {

	private VmekIssuer() {
	}

	public static X509Certificate issue(HostTpm tpm, X509Certificate vmekCertificate, String host, Role role,
			PublicKey key, byte[] tpmName) throws Exception {
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
				X500Name.getInstance(vmekCertificate.getSubjectX500Principal().getEncoded()),
				BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(60)),
				Date.from(now.plus(Duration.ofDays(30))), new X500Name("CN=" + host), key);
		builder.addExtension(FleetOids.ROLE, false, new DERUTF8String(role.token()))
				.addExtension(FleetOids.TPM_NAME, false, new DEROctetString(tpmName))
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
		return new JcaX509CertificateConverter().getCertificate(builder.build(new TpmContentSigner(tpm, KeyRole.VMEK)));
	}
}
