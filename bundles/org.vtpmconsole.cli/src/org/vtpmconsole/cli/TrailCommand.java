package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.trail.Bank;
import org.vtpmconsole.trail.EvidenceBundle;
import org.vtpmconsole.trail.EvidenceBundleJson;
import org.vtpmconsole.trail.EvidenceVerifier;
import org.vtpmconsole.trail.Registers;
import org.vtpmconsole.trail.TrailRefusal;

/**
 * {@code vtpmctl trail verify}: one VM's trail evidence bundle (docs/trail.md) checked offline from the fleet root
 * alone: the VM's lines, the chain and fold over the withheld ones, the host AIK's NV certification of the fold.
 */
final class TrailCommand extends CommandGroup {

	private final Clock clock;

	TrailCommand(Clock clock) {
		this.clock = clock;
		action("verify", "--bundle BUNDLE --root ROOT [--crl CRL] [--nonce HEX]",
				"check a VM's trail evidence bundle from the fleet root; --nonce is the one you asked the agent to certify"
						+ " with (else the bundle's own is only checked against its certification); --crl a CRL newer than the"
						+ " bundle's; exit 0 only when valid",
				Set.of("bundle", "root", "crl", "nonce"), Set.of(), this::verify);
	}

	@Override
	public String name() {
		return "trail";
	}

	@Override
	public String summary() {
		return "verify a VM's snapshot and rollback trail evidence offline";
	}

	private int verify(Arguments args, PrintStream out, PrintStream err) throws Exception {
		Path file = Path.of(args.required("bundle"));
		if (!Files.isRegularFile(file))
			throw new UsageException("--bundle: " + file + " is not a file");
		EvidenceBundle bundle = EvidenceBundleJson.read(Files.readAllBytes(file));
		var trust = FleetFiles.trust(args);
		Optional<byte[]> nonce = Optional.empty();
		if (args.optional("nonce").isPresent()) {
			try {
				nonce = Optional.of(HexFormat.of().parseHex(args.required("nonce")));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--nonce: not hexadecimal");
			}
		}
		try {
			EvidenceVerifier.Verdict verdict = EvidenceVerifier.verify(bundle, trust.fleetRoot().orElseThrow(),
					trust.crl(), nonce, clock.instant());
			out.println("vm " + bundle.vm() + " on " + bundle.anchor().host() + ": last line " + verdict.lastLineOfVm()
					+ " of " + verdict.lines());
			for (int r = Registers.FIRST; r <= Registers.LAST; r++)
				out.println("sha256 " + r + " " + HexFormat.of().formatHex(verdict.registers().value(Bank.SHA256, r)));
			out.println("trail VALID");
			return Vtpmctl.EXIT_OK;
		} catch (TrailRefusal refusal) {
			out.println("trail NOT VALID: " + refusal.getMessage());
			return Vtpmctl.EXIT_FAILED;
		}
	}
}
