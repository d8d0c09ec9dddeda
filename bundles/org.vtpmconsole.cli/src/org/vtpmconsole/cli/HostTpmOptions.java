package org.vtpmconsole.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyAuthorization;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * {@code --tpm TPM [--key-auth FILE]}: the host TPM, and the agent's key authorization secret
 * ({@code STATE/tpm-key-auth}) that every use of RSA_local and RSA_mig needs (docs/tpm-keys.md).
 */
final class HostTpmOptions {
	static final String TPM = "tpm";
	static final String KEY_AUTH = "key-auth";
	static final String SYNOPSIS = "--tpm TPM [--key-auth FILE]";

	private HostTpmOptions() {
	}

	/** A connection with the secret when {@code --key-auth} names it, else one that cannot use RSA_local/RSA_mig. */
	static TssHostTpm open(Arguments args) throws UsageException, TpmException {
		String tpm = args.required(TPM);
		Optional<String> file = args.optional(KEY_AUTH);
		return file.isEmpty() ? HostTpms.open(tpm) : HostTpms.open(tpm, KeyAuthorization.load(Path.of(file.get())));
	}

	/** For provisioning: {@code --key-auth FILE} is required and made (mode 0600) when it does not exist. */
	static TssHostTpm openCreatingSecret(Arguments args) throws UsageException, TpmException {
		String tpm = args.required(TPM);
		Path file = Path.of(args.optional(KEY_AUTH).orElseThrow(() -> new UsageException("--key-auth FILE is required:"
				+ " RSA_local and RSA_mig are created with the secret in FILE (the agent's STATE/"
				+ KeyAuthorization.FILE_NAME + ")")));
		return HostTpms.open(tpm, KeyAuthorization.loadOrCreate(file, new SecureRandom()));
	}
}
