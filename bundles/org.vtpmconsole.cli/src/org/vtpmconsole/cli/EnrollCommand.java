package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.TpmNames;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * {@code vtpmctl enroll}: has the fleet CA certify one host TPM key by credential activation (SPEC §7) and stores
 * the certificate as {@code OUT/ROLE.der}.
 */
final class EnrollCommand implements Subcommand {

	private static final String SYNOPSIS = "--tpm TPM [--key-auth FILE] --ca URL --role rsa-mig|aik|vmek --host HOST --out DIR"
			+ " --identity FILE.p12 (--password-file FILE | --password-env VAR)";

	@Override
	public String name() {
		return "enroll";
	}

	@Override
	public String summary() {
		return "have the fleet CA certify a host TPM key (RSA_mig, AIK, VMEK) by credential activation";
	}

	@Override
	public String usage() {
		return "usage: vtpmctl enroll " + SYNOPSIS + "\n         " + summary() + "; the certificate goes to DIR/ROLE.der";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			return enroll(Arguments.parse(args, RemoteCa.options("tpm", "key-auth", "role", "host", "out"), Set.of()), out);
		} catch (UsageException e) {
			err.println("vtpmctl enroll: " + e.getMessage());
			err.println("usage: vtpmctl enroll " + SYNOPSIS);
			return Vtpmctl.EXIT_USAGE;
		} catch (Exception e) {
			// refusals by the CA, TPM and activation failures: one line, never a stack trace
			err.println("vtpmctl enroll: " + String.valueOf(e.getMessage()).replace('\n', ' '));
			return Vtpmctl.EXIT_FAILED;
		}
	}

	private static int enroll(Arguments args, PrintStream out) throws Exception {
		Role role = Role.ofToken(args.required("role"));
		if (!role.isTpmKey()) {
			throw new UsageException("--role must be rsa-mig, aik or vmek");
		}
		String host = args.required("host");
		Path directory = Path.of(args.required("out"));
		RemoteCa ca = RemoteCa.connect(args);
		try (TssHostTpm tpm = HostTpmOptions.open(args)) {
			X509Certificate certificate = ca.client().enroll(new HostEnrollment(tpm), host, role, ca.context().root());
			Path file = HostEnrollment.store(directory, role, certificate);
			out.println("enrolled " + role.token() + " of " + host + ": certificate "
					+ certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT) + ", TPM name "
					+ HexFormat.of().formatHex(TpmNames.of(certificate).orElseThrow()) + ", stored in " + file);
			return Vtpmctl.EXIT_OK;
		}
	}
}
