package org.vtpmconsole.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Everything the root key signs: the self-signed root, issued certificates with the extensions of their role,
 * CRLs, and issuance-log lines. Holds the root private key in memory while the CA is open; Java cannot wipe
 * an RSA private key, so the key object is simply dropped at close.
 */
final class CertificateIssuer {

	static final String SIGNATURE_ALGORITHM = "SHA384withRSA";

	private final PrivateKey rootKey;
	private final X509Certificate root;

	CertificateIssuer(PrivateKey rootKey, X509Certificate root) {
		this.rootKey = rootKey;
		this.root = root;
	}

	X509Certificate root() {
		return root;
	}

	/**
	 * The root: CA with pathLen 1, so a VMEK certificate (CA, pathLen 0) below it can certify vEKs, and nothing
	 * deeper; keyCertSign and cRLSign only.
	 */
	static X509Certificate selfSignedRoot(KeyPair pair, CaOptions options, BigInteger serial, Instant now)
			throws PkiException {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, options.commonName()).build();
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, Date.from(now),
					Date.from(now.plus(options.rootLifetime())), subject, pair.getPublic())
					.addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
					.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
					.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
			return toX509(builder.build(signer(pair.getPrivate())));
		} catch (GeneralSecurityException | CertIOException e) {
			throw new PkiException("cannot create the root certificate: " + e.getMessage(), e);
		}
	}

	X509Certificate issue(CertificateRequest request, BigInteger serial, Instant notBefore, Instant notAfter)
			throws PkiException {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, request.subjectName()).build();
		PublicKey key = request.publicKey();
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, serial, Date.from(notBefore),
					Date.from(notAfter), subject, key)
					.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root))
					.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key))
					.addExtension(FleetOids.ROLE, false, new DERUTF8String(request.role().token()));
			addRoleExtensions(builder, request);
			return toX509(builder.build(signer(rootKey)));
		} catch (GeneralSecurityException | CertIOException e) {
			throw new PkiException("cannot issue " + request + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Key usage and friends per role (docs/pki.md has the table and the reasons). Every leaf but the VMEK is
	 * an end entity.
	 */
	private static void addRoleExtensions(X509v3CertificateBuilder builder, CertificateRequest request)
			throws CertIOException {
		Role role = request.role();
		if (role.isTpmKey()) {
			builder.addExtension(FleetOids.TPM_NAME, false, new DEROctetString(request.tpmName().orElseThrow()));
		}
		switch (role) {
		case RSA_MIG -> endEntity(builder, KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
		case AIK -> endEntity(builder, KeyUsage.digitalSignature);
		case VMEK -> builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign));
		case TLS_SERVER -> {
			endEntity(builder, KeyUsage.digitalSignature);
			builder.addExtension(Extension.extendedKeyUsage, false,
					new ExtendedKeyUsage(new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
			builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(request));
		}
		case ADMIN, APPROVER, AUDITOR -> {
			endEntity(builder, KeyUsage.digitalSignature);
			builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		}
		}
	}

	private static void endEntity(X509v3CertificateBuilder builder, int keyUsage) throws CertIOException {
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
	}

	private static GeneralNames alternativeNames(CertificateRequest request) {
		return new GeneralNames(request.alternativeNames().stream()
				.map(name -> new GeneralName(HostNames.isIpLiteral(name) ? GeneralName.iPAddress : GeneralName.dNSName, name))
				.toArray(GeneralName[]::new));
	}

	/** A v2 CRL of every revoked certificate, with CRL number, AKI and nextUpdate. */
	X509CRL crl(Collection<IssuedCertificate> revoked, BigInteger number, Instant thisUpdate, Instant nextUpdate)
			throws PkiException {
		try {
			X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(root, Date.from(thisUpdate))
					.setNextUpdate(Date.from(nextUpdate))
					.addExtension(Extension.cRLNumber, false, new CRLNumber(number))
					.addExtension(Extension.authorityKeyIdentifier, false,
							new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
			for (IssuedCertificate entry : revoked) {
				builder.addCRLEntry(entry.serial(), Date.from(entry.revokedAt().orElseThrow()),
						entry.revocationReason().orElseThrow().code());
			}
			X509CRLHolder holder = builder.build(signer(rootKey));
			return new JcaX509CRLConverter().getCRL(holder);
		} catch (GeneralSecurityException | IOException e) {
			throw new PkiException("cannot sign the CRL: " + e.getMessage(), e);
		}
	}

	/** A root-key signature over log data; verified with {@link #verify}. */
	byte[] sign(byte[] data) throws PkiException {
		try {
			Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
			signature.initSign(rootKey);
			signature.update(data);
			return signature.sign();
		} catch (GeneralSecurityException e) {
			throw new PkiException("cannot sign with the root key: " + e.getMessage(), e);
		}
	}

	static boolean verify(PublicKey rootPublicKey, byte[] data, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
			signature.initVerify(rootPublicKey);
			signature.update(data);
			return signature.verify(signatureBytes);
		} catch (GeneralSecurityException e) {
			return false;
		}
	}

	private static ContentSigner signer(PrivateKey key) throws PkiException {
		try {
			return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
		} catch (OperatorCreationException e) {
			throw new PkiException("cannot sign with " + SIGNATURE_ALGORITHM, e);
		}
	}

	private static X509Certificate toX509(X509CertificateHolder holder) throws CertificateException {
		return new JcaX509CertificateConverter().getCertificate(holder);
	}
}
