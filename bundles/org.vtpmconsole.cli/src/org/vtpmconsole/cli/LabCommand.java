package org.vtpmconsole.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.lab.fleet.LabGuest;
import org.vtpmconsole.lab.fleet.LabLayout;
import org.vtpmconsole.lab.fleet.LabProgress;
import org.vtpmconsole.lab.fleet.TrainingLab;

/** {@code vtpmctl lab up|status|down}: the training lab, a whole fleet on this machine (docs/lab.md). */
final class LabCommand extends CommandGroup {
	private static final String DIR = "[--dir D]";

	LabCommand() {
		action("up", DIR + " [--hosts N] [--vms M] [--guest DIR]", "start a fleet CA, N host agents (default 3) with"
				+ " enrolled host TPMs and M guest VMs each (default 2); D defaults to ~/.local/share/vtpm-lab",
				Set.of("dir", "hosts", "vms", "guest"), Set.of(), (args, out, err) -> {
					TrainingLab lab = lab(args);
					lab.up(args.integer("hosts", 3, 1, 200), args.integer("vms", 2, 0, 50),
							LabGuest.locate(lab.products(), args.optional("guest").map(Path::of)), printer(out));
					return Vtpmctl.EXIT_OK;
				});
		action("status", DIR, "the lab's CA, agents (running or not) and VMs", Set.of("dir"), Set.of(),
				(args, out, err) -> {
					lab(args).status().forEach(out::println);
					return Vtpmctl.EXIT_OK;
				});
		action("down", DIR, "stop every process of the lab by its recorded PID (also after a crash of up)",
				Set.of("dir"), Set.of(), (args, out, err) -> {
					lab(args).down(printer(out));
					return Vtpmctl.EXIT_OK;
				});
	}

	private static LabProgress printer(java.io.PrintStream out) {
		return (what, millis) -> {
			out.printf("[%6.1f s] %s%n", millis / 1000.0, what);
			out.flush();
		};
	}

	private static TrainingLab lab(Arguments args) throws UsageException {
		Path dir = args.optional("dir").map(Path::of)
				.orElse(Path.of(System.getProperty("user.home"), ".local", "share", "vtpm-lab"));
		return new TrainingLab(new LabLayout(dir), products());
	}

	/** The product's directory: vtpm-agent and vtpm-ca start from there, next to this vtpmctl. */
	private static Path products() throws UsageException {
		String area = Optional.ofNullable(System.getProperty("osgi.install.area"))
				.orElseThrow(() -> new UsageException("lab: not started from the product (no osgi.install.area)"));
		return Path.of(URI.create(area.replace(" ", "%20")));
	}

	@Override
	public String name() {
		return "lab";
	}

	@Override
	public String summary() {
		return "the training lab: a real fleet (CA, agents, guest VMs) on this machine";
	}
}
