package org.vtpmconsole.client;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.LabelFormatException;
import org.vtpmconsole.model.Certificate;
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
 * (org.vtpmconsole.ui.labels) to say, not this class. Called on a Job's thread: the bytes are decoded there, and
 * the model is changed through the {@link FleetWriter}, on the model's one writer thread.
 */
public final class AgentInventory {

	private final FleetWriter writer;

	public AgentInventory(FleetWriter writer) {
		this.writer = writer;
	}

	public Host apply(Connection connection, AgentSession.Snapshot snapshot) {
		Map<String, DecodedLabel> labels = new HashMap<>();
		snapshot.labels().forEach((uuid, label) -> labels.put(uuid, DecodedLabel.of(label.label())));
		List<Certificate> certificates = snapshot.certificates().stream().map(EnrolledCertificates::toModel).toList();
		return writer.write(() -> applyOnWriter(connection, snapshot, labels, certificates));
	}

	private Host applyOnWriter(Connection connection, AgentSession.Snapshot snapshot, Map<String, DecodedLabel> labels,
			List<Certificate> certificates) {
		Fleet fleet = writer.fleet();
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
			host.getCertificates().addAll(certificates);
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
			DecodedLabel label = labels.get(vm.uuid());
			if (label == null) {
				model.setLabel(null);
			} else {
				if (model.getLabel() == null) {
					model.setLabel(FleetFactory.eINSTANCE.createLabel());
				}
				if (!Arrays.equals(model.getLabel().getEncoded(), label.encoded())) {
					label.fill(model.getLabel());
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
		DecodedLabel label = DecodedLabel.of(answer.label());
		writer.update(() -> {
			if (vm.getLabel() == null) {
				vm.setLabel(FleetFactory.eINSTANCE.createLabel());
			}
			label.fill(vm.getLabel());
		});
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

	/** A label's bytes and, when they decode, their fields: worked out before the model is touched. */
	private record DecodedLabel(byte[] encoded, Label decoded) {

		static DecodedLabel of(byte[] encoded) {
			try {
				return new DecodedLabel(encoded, LabelCodec.decode(encoded));
			} catch (LabelFormatException e) {
				// the bytes stay: the label editor shows where they stop decoding
				return new DecodedLabel(encoded, null);
			}
		}

		/** In place, so an open label editor re-verifies the new bytes (it listens to its label). */
		void fill(org.vtpmconsole.model.Label model) {
			if (decoded != null) {
				model.setVersion(LabelCodec.VERSION);
				model.setStatus(LabelStatus.get(decoded.status().code()));
				model.setNotBefore(Date.from(decoded.notBefore()));
				model.setNotAfter(Date.from(decoded.notAfter()));
				model.setSecret(decoded.secret());
				model.setDigestAlg(decoded.digestAlgorithm().algId());
				model.setUuidHash(decoded.uuidHash());
				model.setQemuDigest(decoded.qemuDigest());
				model.setSignerName(decoded.signerName());
				model.setRecipientName(decoded.recipientName());
				model.setSigScheme(decoded.sigScheme());
				model.setSigHash(decoded.sigHash());
				model.setSignature(decoded.signature());
			}
			model.setEncoded(encoded);
		}
	}
}
