package org.vtpmconsole.tpm;

/** The host TPM keys of SPEC §3. */
public enum KeyRole {
	SRK, RSA_LOCAL, RSA_MIG, AIK, EK, VMEK
}
