package org.vtpmconsole.protocol.ca;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.vtpmconsole.pki.enroll.ActivationChallenge;
import org.vtpmconsole.protocol.http.MessageFields;

/**
 * The answer to POST /v1/enrollments: nothing issued yet, a credential only the host's TPM activates. The host
 * answers with {@link ActivationRequest} before {@code expiresAt} (ISO-8601 instant).
 */
public record ActivationChallengeResponse(byte[] requestId, byte[] credentialBlob, byte[] encryptedSecret,
		String expiresAt) {

	public ActivationChallengeResponse {
		MessageFields.required(requestId, "requestId");
		MessageFields.required(credentialBlob, "credentialBlob");
		MessageFields.required(encryptedSecret, "encryptedSecret");
		MessageFields.required(expiresAt, "expiresAt");
	}

	public static ActivationChallengeResponse of(ActivationChallenge challenge) {
		return new ActivationChallengeResponse(challenge.requestId(), challenge.credentialBlob(),
				challenge.encryptedSecret(), challenge.expiresAt().toString());
	}

	/** IllegalArgumentException if expiresAt is no instant. */
	public ActivationChallenge challenge() {
		try {
			return new ActivationChallenge(requestId, credentialBlob, encryptedSecret, Instant.parse(expiresAt));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("expiresAt is not an ISO-8601 instant: " + expiresAt, e);
		}
	}
}
