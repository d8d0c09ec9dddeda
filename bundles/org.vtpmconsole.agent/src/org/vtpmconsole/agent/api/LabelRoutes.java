package org.vtpmconsole.agent.api;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.vtpmconsole.agent.vm.Vm;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelException;
import org.vtpmconsole.label.LabelFormatException;
import org.vtpmconsole.label.LabelVerification;
import org.vtpmconsole.label.LabelVerifier;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.protocol.agent.AgentPaths;
import org.vtpmconsole.protocol.agent.LabelInfo;
import org.vtpmconsole.protocol.agent.LabelVerificationInfo;
import org.vtpmconsole.protocol.agent.NoArguments;
import org.vtpmconsole.protocol.agent.ReissueRequest;
import org.vtpmconsole.protocol.http.ApiException;
import org.vtpmconsole.protocol.http.ApiRequest;
import org.vtpmconsole.protocol.http.JsonServer;

/**
 * A VM's label: read (bytes for the console's own verification, fields for people), the agent's own check,
 * re-issue with a new validity window, and state-key rotation.
 */
final class LabelRoutes {
	private static final HexFormat HEX = HexFormat.of();

	private final ApiVms vms;
	private final HostLabels labels;
	private final List<byte[]> approvedQemu;
	private final EventJournal events;
	private final Qcow2LabelStore store = new Qcow2LabelStore();

	LabelRoutes(ApiVms vms, HostLabels labels, List<byte[]> approvedQemu, EventJournal events) {
		this.vms = vms;
		this.labels = labels;
		this.approvedQemu = List.copyOf(approvedQemu);
		this.events = events;
	}

	void register(JsonServer.Builder server) {
		server.route("GET", AgentPaths.LABEL, Access.READERS, request -> {
			Vm vm = vms.find(request);
			return info(vm, read(vm));
		});
		server.route("POST", AgentPaths.LABEL_VERIFY, Access.READERS, this::verify);
		server.route("POST", AgentPaths.LABEL_REISSUE, Access.ADMINS, this::reissue);
		server.route("POST", AgentPaths.LABEL_ROTATE, Access.ADMINS, this::rotate);
	}

	private LabelVerificationInfo verify(ApiRequest request) throws ApiException {
		request.body(NoArguments.class);
		Vm vm = vms.find(request);
		Label label = read(vm);
		try {
			LabelVerification verification = labels.check(label, LabelVerifier.Expectations.none().withVm(vm.uuid())
					.withApprovedQemu(approvedQemu).withStateKeyCheckValue(vm.vtpm().readCheckValue()));
			return new LabelVerificationInfo(verification.valid(), verification.summary(),
					verification.checks().stream().map(check -> new LabelVerificationInfo.Check(
							check.kind().name().toLowerCase(), check.outcome().name().toLowerCase(), check.reason()))
							.toList());
		} catch (IOException | LabelException e) {
			throw Failures.failed("the label of VM " + vm.uuid() + " could not be checked", e);
		}
	}

	private LabelInfo reissue(ApiRequest request) throws ApiException {
		ReissueRequest reissue = request.body(ReissueRequest.class);
		return vms.exclusively(vms.find(request), vm -> {
			// QEMU holds the image open for writing while it runs, so the label is rewritten only when it is stopped
			vms.requireStopped(vm, "re-issuing its label");
			try {
				Label renewed = labels.reissue(read(vm), Duration.ofDays(reissue.days()));
				store.write(vm.image(), renewed);
				events.record("label.reissued", vm.uuid(), null, "valid until " + renewed.notAfter());
				return info(vm, renewed);
			} catch (LabelException e) {
				throw ApiException.conflict("label_refused", "the label of VM " + vm.uuid() + " cannot be re-issued: "
						+ Failures.oneLine(e));
			} catch (IOException e) {
				throw Failures.failed("the re-issued label of VM " + vm.uuid() + " could not be written", e);
			}
		});
	}

	/**
	 * A fresh state key for the stopped VM's vTPM (docs/gateway.md, "State-key rotation"): the state moves to the new
	 * key, then the new label (same binding and validity) replaces the old one, all or nothing.
	 */
	private LabelInfo rotate(ApiRequest request) throws ApiException {
		request.body(NoArguments.class);
		return vms.exclusively(vms.find(request), vm -> {
			// QEMU holds the image open for writing and the vTPM state in use while it runs
			vms.requireStopped(vm, "rotating its state key");
			Label current = read(vm);
			try {
				Label rotated = vms.all().rotateStateKey(vm, current);
				events.record("vtpm.key_rotated", vm.uuid(), null,
						"the vTPM state is encrypted with a new key; its label is valid until " + rotated.notAfter());
				return info(vm, rotated);
			} catch (LabelException e) {
				throw ApiException.conflict("label_refused", "the state key of VM " + vm.uuid()
						+ " cannot be rotated: " + Failures.oneLine(e));
			} catch (IOException e) {
				throw Failures.failed("rotating the state key of VM " + vm.uuid() + " failed", e);
			}
		});
	}

	private Label read(Vm vm) throws ApiException {
		try {
			return store.read(vm.image()).orElseThrow(
					() -> new ApiException(404, "no_label", "the image of VM " + vm.uuid() + " carries no label"));
		} catch (IOException | LabelFormatException e) {
			throw ApiException.conflict("label_unreadable", "the label of VM " + vm.uuid() + " cannot be read: "
					+ Failures.oneLine(e));
		}
	}

	private static LabelInfo info(Vm vm, Label label) {
		return new LabelInfo(vm.uuid().toString(), label.encode(), label.status().name(), label.notBefore().toString(),
				label.notAfter().toString(), label.digestAlgorithm().jcaName(), HEX.formatHex(label.uuidHash()),
				HEX.formatHex(label.qemuDigest()), HEX.formatHex(label.signerName()),
				HEX.formatHex(label.recipientName()));
	}
}
