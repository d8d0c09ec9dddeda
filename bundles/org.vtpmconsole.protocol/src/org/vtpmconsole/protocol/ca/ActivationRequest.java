package org.vtpmconsole.protocol.ca;

import org.vtpmconsole.protocol.http.MessageFields;

/** POST /v1/enrollments/activations: the proof that the host's TPM activated the credential of {@code requestId}. */
public record ActivationRequest(byte[] requestId, byte[] proof) {

	public ActivationRequest {
		MessageFields.required(requestId, "requestId");
		MessageFields.required(proof, "proof");
	}
}
