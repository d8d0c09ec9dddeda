package org.vtpmconsole.tpm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.vtpmconsole.tpm.PersistentKeys.Found;

import tss.tpm.NV_ReadPublicResponse;
import tss.tpm.TPMA_NV;
import tss.tpm.TPM_HANDLE;

/** Reads the manufacturer's EK certificate from its TCG NV index; swtpm without swtpm_setup has none. */
final class EkCertificates {
	static final String NONE = "no EK certificate";
	private static final int OWNERREAD = 0x00020000;
	// below every TPM's MAX_NV_BUFFER_SIZE (libtpms: 1024)
	private static final int CHUNK = 512;

	record Status(Optional<X509Certificate> certificate, String text) {
	}

	private final TpmChannel channel;

	EkCertificates(TpmChannel channel) {
		this.channel = channel;
	}

	Status read(Found ek) throws TpmException {
		TPM_HANDLE index = TPM_HANDLE.from(KeyHandles.EK_CERTIFICATE_NV_INDEX);
		NV_ReadPublicResponse nvPublic;
		try {
			nvPublic = channel.command("NV_ReadPublic of the EK certificate index", tpm -> tpm.NV_ReadPublic(index));
		} catch (TpmCommandException e) {
			if (e.baseCode() == ResponseCodes.HANDLE)
				return new Status(Optional.empty(), NONE);
			throw e;
		}
		TPMA_NV attributes = nvPublic.nvPublic.attributes;
		TPM_HANDLE auth = (attributes.toInt() & OWNERREAD) != 0 ? TPM_HANDLE.OWNER : index;
		ByteArrayOutputStream der = new ByteArrayOutputStream();
		int size = nvPublic.nvPublic.dataSize;
		for (int offset = 0; offset < size; offset += CHUNK) {
			int at = offset;
			int length = Math.min(CHUNK, size - offset);
			der.writeBytes(channel.command("NV_Read of the EK certificate", tpm -> tpm.NV_Read(auth, index, length, at)));
		}
		X509Certificate certificate;
		try {
			// the index may be padded after the DER; the factory reads exactly one certificate
			certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der.toByteArray()));
		} catch (CertificateException e) {
			return new Status(Optional.empty(), "EK certificate index " + KeyHandles.hex(KeyHandles.EK_CERTIFICATE_NV_INDEX)
					+ " holds no parseable X.509 certificate: " + e.getMessage());
		}
		boolean matches = certificate.getPublicKey().equals(ek.publicArea().rsaPublicKey());
		String text = "EK certificate: subject \"" + certificate.getSubjectX500Principal().getName() + "\", issuer \""
				+ certificate.getIssuerX500Principal().getName() + "\", "
				+ (matches ? "matches the EK" : "does NOT match the EK public key");
		// a certificate for another key must not vouch for this EK
		return new Status(matches ? Optional.of(certificate) : Optional.empty(), text);
	}
}
