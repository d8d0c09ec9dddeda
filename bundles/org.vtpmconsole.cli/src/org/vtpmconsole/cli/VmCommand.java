package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.protocol.agent.LabelInfo;
import org.vtpmconsole.protocol.agent.PcrBanks;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.agent.VmList;

/**
 * {@code vtpmctl vm ...}: a host agent's VMs over its API (mutual TLS). {@code pcrs} reads the running guest's vPCRs
 * through the agent's vTPM gateway, the only way to reach a running vTPM from the host.
 */
public final class VmCommand extends CommandGroup {
	private static final String CONNECTION = "--agent URL --identity FILE.p12 (--password-file FILE | --password-env VAR)";

	public VmCommand() {
		action("list", CONNECTION, "the agent's VMs: UUID, state, name (- for none), image", RemoteAgent.options(), Set.of(),
				(args, out, err) -> {
					VmList vms = RemoteAgent.connect(args).vms();
					vms.vms().forEach(vm -> out.println(line(vm)));
					out.println(vms.vms().size() + " VM(s)");
					return Vtpmctl.EXIT_OK;
				});
		action("pcrs", CONNECTION + " --vm UUID", "the running guest's vPCRs 0-23, SHA-1 and SHA-256 banks, in hex",
				RemoteAgent.options("vm"), Set.of(), (args, out, err) -> {
					UUID vm = vm(args);
					PcrBanks pcrs = RemoteAgent.connect(args).pcrs(vm);
					for (Map.Entry<String, List<String>> bank : pcrs.banks().entrySet()) {
						for (int pcr = 0; pcr < bank.getValue().size(); pcr++) {
							out.println(String.format("%-6s %2d  %s", bank.getKey(), pcr, bank.getValue().get(pcr)));
						}
					}
					return Vtpmctl.EXIT_OK;
				});
		action("start", CONNECTION + " --vm UUID", "start the VM behind its vTPM gateway", RemoteAgent.options("vm"),
				Set.of(), (args, out, err) -> {
					UUID vm = vm(args);
					out.println(line(RemoteAgent.connect(args).start(vm)));
					return Vtpmctl.EXIT_OK;
				});
		action("stop", CONNECTION + " --vm UUID", "stop the VM; its vTPM saves its state", RemoteAgent.options("vm"),
				Set.of(), (args, out, err) -> {
					UUID vm = vm(args);
					out.println(line(RemoteAgent.connect(args).stop(vm)));
					return Vtpmctl.EXIT_OK;
				});
		action("rotate-key", CONNECTION + " --vm UUID",
				"give the stopped VM's vTPM a fresh state key; its label keeps its validity", RemoteAgent.options("vm"),
				Set.of(), (args, out, err) -> {
					UUID vm = vm(args);
					LabelInfo label = RemoteAgent.connect(args).rotateLabel(vm);
					out.println(String.join("  ", label.uuid(), "state key rotated", label.status(),
							"valid " + label.notBefore() + " .. " + label.notAfter()));
					return Vtpmctl.EXIT_OK;
				});
	}

	private static UUID vm(Arguments args) throws UsageException {
		String text = args.required("vm");
		try {
			return UUID.fromString(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--vm must be a VM's UUID, got '" + text + "'");
		}
	}

	private static String line(VmInfo vm) {
		return String.join("  ", vm.uuid(), vm.state(), vm.name() == null ? "-" : vm.name(), vm.image());
	}

	@Override
	public String name() {
		return "vm";
	}

	@Override
	public String summary() {
		return "a host agent's VMs: list, start, stop, pcrs, rotate-key (over mutual TLS)";
	}
}
