package org.vtpmconsole.pki;

import java.time.Duration;
import java.util.Arrays;

/**
 * What a fleet certificate's key is for. The token is what the role extension ({@link FleetOids#ROLE}) carries.
 */
public enum Role {
	/** A host's RSA_mig TPM key (SPEC §3): signs labels in MIGRATING state, unwraps them on the destination. */
	RSA_MIG("rsa-mig", Duration.ofDays(5 * 365)),
	/** A host's attestation identity key: signs TPM quotes only. */
	AIK("aik", Duration.ofDays(5 * 365)),
	/** A host's VM endorsement key: certifies the vEK of each vTPM on that host (SPEC §10). */
	VMEK("vmek", Duration.ofDays(5 * 365)),
	/** A TLS endpoint: an agent or the CA itself, as server and as client of other agents. */
	TLS_SERVER("tls-server", Duration.ofDays(365)),
	/** Console user who administers the fleet. */
	ADMIN("admin", Duration.ofDays(365)),
	/** Console user who approves migrations and recoveries (dual control). */
	APPROVER("approver", Duration.ofDays(365)),
	/** Console user who may read and verify, never change. */
	AUDITOR("auditor", Duration.ofDays(365));

	private final String token;
	private final Duration defaultLifetime;

	Role(String token, Duration defaultLifetime) {
		this.token = token;
		this.defaultLifetime = defaultLifetime;
	}

	/** The name used in the certificate extension, on disk and on the command line. */
	public String token() {
		return token;
	}

	/** How long a certificate for this role lives when the request does not say. */
	public Duration defaultLifetime() {
		return defaultLifetime;
	}

	/** Whether the key lives in a host TPM, so its certificate carries the key's TPM name. */
	public boolean isTpmKey() {
		return this == RSA_MIG || this == AIK || this == VMEK;
	}

	/** Whether this is the role of a person using the console. */
	public boolean isUser() {
		return this == ADMIN || this == APPROVER || this == AUDITOR;
	}

	/** The role with this token; IllegalArgumentException names the unknown token. */
	public static Role ofToken(String token) {
		return Arrays.stream(values()).filter(r -> r.token.equals(token)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown role '" + token + "'"));
	}
}
