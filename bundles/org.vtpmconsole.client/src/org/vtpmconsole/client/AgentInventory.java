package org.vtpmconsole.client;

import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.LabelFormatException;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.KeyCertificationEvidence;
import org.vtpmconsole.model.LabelStatus;
import org.vtpmconsole.model.RunState;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.protocol.agent.HostInfo;
import org.vtpmconsole.protocol.agent.LabelInfo;
import org.vtpmconsole.protocol.agent.VmInfo;

/**
 * Puts what an agent reported into the fleet model: the connection's host (added when missing), its VMs and their
 * labels. A label's fields are decoded here from its bytes with {@link LabelCodec}; the agent's decoded view is never
 * used (ARCHITECTURE principle 1), and whether the label is valid is for the console's label verification
 * (org.vtpmconsole.ui.labels) to say, not this class. May run on a Job's thread: the explorer batches model changes
 * onto the UI thread.
 */
public final class AgentInventory {

	private final Fleet fleet;

	public AgentInventory(Fleet fleet) {
		this.fleet = fleet;
	}

	public Host apply(Connection connection, AgentSession.Snapshot snapshot) {
		// on the fleet, not on this object: a label action's inventory and the connect Job's may run at once
		synchronized (fleet) {
			return applyLocked(connection, snapshot);
		}
	}

	private Host applyLocked(Connection connection, AgentSession.Snapshot snapshot) {
		Host host = fleet.getHosts().stream().filter(connection::isAgentOf).findFirst().orElseGet(() -> {
			Host added = FleetFactory.eINSTANCE.createHost();
			added.setAddress(connection.uri().getHost());
			return added;
		});
		HostInfo info = snapshot.host();
		// the name the user gave the connection (Connection Properties may change it); the agent's own is in its
		// certificate
		host.setName(connection.name());
		host.setTpmName(info.tpm());
		if (!EnrolledCertificates.same(host.getCertificates(), snapshot.certificates())) {
			host.getCertificates().clear();
			snapshot.certificates().stream().map(EnrolledCertificates::toModel).forEach(host.getCertificates()::add);
		}
		host.setRsaLocalCertification(evidence(snapshot.rsaLocalCertification()));
		List<String> approved = info.approvedQemu().stream().map(HostInfo.QemuInfo::sha256).toList();
		if (!host.getApprovedQemuDigests().equals(approved)) {
			// only on a change: every change makes the open label editors verify again
			host.getApprovedQemuDigests().clear();
			host.getApprovedQemuDigests().addAll(approved);
		}
		Set<String> reported = new HashSet<>();
		for (VmInfo vm : snapshot.vms()) {
			reported.add(vm.uuid());
			VirtualMachine model = host.getVirtualMachines().stream().filter(known -> vm.uuid().equals(known.getUuid()))
					.findFirst().orElseGet(() -> newVm(vm.uuid()));
			// the UUID's first group tells unnamed VMs apart in the explorer
			model.setName(vm.name() != null ? vm.name() : "vm-" + vm.uuid().substring(0, 8));
			model.setImagePath(vm.image());
			model.setRunState(VmInfo.RUNNING.equals(vm.state()) ? RunState.RUNNING : RunState.STOPPED);
			model.setAccelerator(vm.accelerator());
			vtpmOf(model).setRunning(VmInfo.VTPM_SERVING.equals(vm.vtpm()));
			vtpmOf(model).setLost(VmInfo.VTPM_LOST.equals(vm.vtpm()));
			LabelInfo label = snapshot.labels().get(vm.uuid());
			if (label == null) {
				model.setLabel(null);
			} else {
				if (model.getLabel() == null) {
					model.setLabel(FleetFactory.eINSTANCE.createLabel());
				}
				if (!Arrays.equals(model.getLabel().getEncoded(), label.label())) {
					fill(model.getLabel(), label.label());
				}
			}
			if (model.eContainer() == null) {
				host.getVirtualMachines().add(model);
			}
		}
		host.getVirtualMachines().removeIf(vm -> !reported.contains(vm.getUuid()));
		connection.lastContact().map(Date::from).ifPresent(host::setLastContact);
		if (host.eContainer() == null) {
			fleet.getHosts().add(host);
		}
		return host;
	}

	private static KeyCertificationEvidence evidence(AgentSession.RsaLocalCertification certification) {
		KeyCertificationEvidence evidence = FleetFactory.eINSTANCE.createKeyCertificationEvidence();
		evidence.setPublicArea(certification.answer().publicArea());
		evidence.setQualifyingData(certification.nonce());
		evidence.setAttest(certification.answer().attest());
		evidence.setSignature(certification.answer().signature());
		return evidence;
	}

	/**
	 * The label an agent answered an action with (re-issue, rotate) becomes the VM's label, in place, so the open
	 * editor and the console's verification see the new bytes.
	 */
	public void applyLabel(VirtualMachine vm, LabelInfo answer) {
		synchronized (fleet) {
			if (vm.getLabel() == null) {
				vm.setLabel(FleetFactory.eINSTANCE.createLabel());
			}
			fill(vm.getLabel(), answer.label());
		}
	}

	/** Not in the model until it is complete: the explorer shows a new node with all its children at once. */
	private static VirtualMachine newVm(String uuid) {
		VirtualMachine added = FleetFactory.eINSTANCE.createVirtualMachine();
		added.setUuid(uuid);
		return added;
	}

	private static VTpm vtpmOf(VirtualMachine vm) {
		if (vm.getVtpm() == null) {
			vm.setVtpm(FleetFactory.eINSTANCE.createVTpm());
		}
		return vm.getVtpm();
	}

	/** In place, so an open label editor re-verifies the new bytes (it listens to its label). */
	private static void fill(org.vtpmconsole.model.Label model, byte[] encoded) {
		try {
			Label label = LabelCodec.decode(encoded);
			model.setVersion(LabelCodec.VERSION);
			model.setStatus(LabelStatus.get(label.status().code()));
			model.setNotBefore(Date.from(label.notBefore()));
			model.setNotAfter(Date.from(label.notAfter()));
			model.setSecret(label.secret());
			model.setDigestAlg(label.digestAlgorithm().algId());
			model.setUuidHash(label.uuidHash());
			model.setQemuDigest(label.qemuDigest());
			model.setSignerName(label.signerName());
			model.setRecipientName(label.recipientName());
			model.setSigScheme(label.sigScheme());
			model.setSigHash(label.sigHash());
			model.setSignature(label.signature());
		} catch (LabelFormatException e) {
			// the bytes stay: the label editor shows where they stop decoding
		}
		model.setEncoded(encoded);
	}
}
