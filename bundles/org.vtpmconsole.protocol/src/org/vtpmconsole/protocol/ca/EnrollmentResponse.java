package org.vtpmconsole.protocol.ca;

import org.vtpmconsole.pki.enroll.SealedCertificate;
import org.vtpmconsole.protocol.http.MessageFields;

/**
 * The certificate sealed to the TPM: MakeCredential's blob and encrypted seed carry K', and the certificate's DER
 * is AES-256-GCM under K' ({@code iv}, {@code ciphertext}). {@code serial} lets the host name what it enrolled.
 */
public record EnrollmentResponse(String serial, byte[] credentialBlob, byte[] encryptedSecret, byte[] iv,
		byte[] ciphertext) {

	public EnrollmentResponse {
		MessageFields.required(serial, "serial");
		MessageFields.required(credentialBlob, "credentialBlob");
		MessageFields.required(encryptedSecret, "encryptedSecret");
		MessageFields.required(iv, "iv");
		MessageFields.required(ciphertext, "ciphertext");
	}

	public static EnrollmentResponse of(String serial, SealedCertificate sealed) {
		return new EnrollmentResponse(serial, sealed.credentialBlob(), sealed.encryptedSecret(), sealed.iv(),
				sealed.ciphertext());
	}

	public SealedCertificate sealed() {
		return new SealedCertificate(credentialBlob, encryptedSecret, iv, ciphertext);
	}
}
