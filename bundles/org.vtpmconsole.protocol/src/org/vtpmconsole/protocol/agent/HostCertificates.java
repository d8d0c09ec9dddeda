package org.vtpmconsole.protocol.agent;

import java.util.List;

import org.vtpmconsole.protocol.http.MessageFields;

/**
 * GET /v1/host/certificates: the fleet certificates enrolled for this host's TPM keys, as DER. The agent only hands
 * them on; the console verifies each against the fleet root and CRL (ARCHITECTURE principle 1).
 */
public record HostCertificates(List<Enrolled> certificates) {
	public HostCertificates {
		certificates = List.copyOf(MessageFields.required(certificates, "certificates"));
	}

	/** One certificate and the key role it was enrolled for ({@code rsa-mig}, {@code aik}, {@code vmek}). */
	public record Enrolled(String role, byte[] certificate) {
		public Enrolled {
			MessageFields.required(role, "role");
			certificate = MessageFields.required(certificate, "certificate").clone();
		}

		@Override
		public byte[] certificate() {
			return certificate.clone();
		}
	}
}
