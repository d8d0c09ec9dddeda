package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.vtpmconsole.verify.ChainLink;
import org.vtpmconsole.verify.ChainVerification;
import org.vtpmconsole.verify.Check;
import org.vtpmconsole.verify.HostKeyCertificates;

/**
 * {@code vtpmctl cert verify}: a fleet certificate checked offline by the console's own verifier
 * (org.vtpmconsole.verify): chain to the root, the CRL, and for a host TPM key its role, TPM name and host.
 */
final class CertCommand extends CommandGroup {

	private final Clock clock;

	CertCommand(Clock clock) {
		this.clock = clock;
		action("verify", "--cert CERT --root ROOT [--crl CRL] [--host HOST] [--issuers C1,C2]",
				"check CERT against the fleet root and CRL as the console does; a host TPM key (rsa-mig, aik, vmek) must be"
						+ " the root's own certificate for HOST; exit 0 only when every check passed (no CRL: not checked)",
				Set.of("cert", "root", "crl", "host", "issuers"), Set.of(), this::verify);
	}

	@Override
	public String name() {
		return "cert";
	}

	@Override
	public String summary() {
		return "verify a fleet certificate offline, as the console does";
	}

	private int verify(Arguments args, PrintStream out, PrintStream err) throws Exception {
		X509Certificate certificate = FleetFiles.certificate(args.required("cert"), "cert");
		List<X509Certificate> issuers = FleetFiles.certificates(args, "issuers");
		ChainVerification verdict = HostKeyCertificates.verifyReported(certificate, args.optional("host"), issuers,
				FleetFiles.trust(args), clock.instant());
		for (ChainLink link : verdict.links()) {
			for (Check check : link.checks()) {
				out.println(String.format("%-18s %-11s %s: %s", check.name(), check.outcome(), link.subject(),
						check.reason()));
			}
		}
		out.println(verdict.isValid() ? "certificate VALID" : "certificate NOT VALID: " + verdict.summary());
		return verdict.isValid() ? Vtpmctl.EXIT_OK : Vtpmctl.EXIT_FAILED;
	}
}
