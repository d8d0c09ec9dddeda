package org.vtpmconsole.ui.labels;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.KeyCertificationEvidence;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.verify.labels.ApprovedQemu;
import org.vtpmconsole.verify.labels.HostEvidence;
import org.vtpmconsole.verify.labels.LabelReview;
import org.vtpmconsole.verify.labels.LabelTrust;
import org.vtpmconsole.verify.labels.LabelVerdict;

/**
 * The fleet model copied into the plain values the headless verifier takes (org.vtpmconsole.verify): once per
 * verification pass, so every label of the pass is judged against the same snapshot. Copying is all this class
 * does; the checking is {@link LabelReview}'s.
 */
final class FleetEvidence {

	private final Map<Host, HostEvidence> hosts = new LinkedHashMap<>();

	private FleetEvidence(List<Host> hosts) {
		hosts.forEach(host -> this.hosts.put(host, evidence(host)));
	}

	/** Every host of the fleet {@code label} belongs to (a MIGRATING label may be signed by any of them). */
	static FleetEvidence around(Label label) {
		EObject host = label.eContainer() == null ? null : label.eContainer().eContainer();
		return host instanceof Host h ? of(h.eContainer() instanceof Fleet fleet ? fleet : h) : new FleetEvidence(List.of());
	}

	static FleetEvidence of(EObject scope) {
		return new FleetEvidence(scope instanceof Fleet fleet ? fleet.getHosts()
				: scope instanceof Host host ? List.of(host) : List.of());
	}

	List<HostEvidence> hosts() {
		return List.copyOf(hosts.values());
	}

	/** The label's review against this snapshot: its VM's UUID, its host's evidence. */
	LabelReview review(Label label, LabelTrust trust, ApprovedQemu approved, Instant now) {
		Optional<VirtualMachine> vm = label.eContainer() instanceof VirtualMachine v ? Optional.of(v) : Optional.empty();
		Optional<HostEvidence> host = vm.map(VirtualMachine::eContainer).map(hosts::get);
		return LabelReview.of(label.getEncoded(), vm.map(VirtualMachine::getUuid), host, trust, approved, now);
	}

	static VerificationState state(LabelVerdict verdict) {
		return switch (verdict) {
		case VALID -> VerificationState.VALID;
		case EXPIRING -> VerificationState.EXPIRING;
		case INVALID -> VerificationState.INVALID;
		};
	}

	private static HostEvidence evidence(Host host) {
		List<HostEvidence.ReportedCertificate> certificates = host.getCertificates().stream()
				.map(FleetEvidence::reported).toList();
		KeyCertificationEvidence rsaLocal = host.getRsaLocalCertification();
		return new HostEvidence(host.getName(), certificates,
				Optional.ofNullable(rsaLocal).map(e -> new HostEvidence.RsaLocalCertification(e.getPublicArea(),
						e.getQualifyingData(), e.getAttest(), e.getSignature())),
				host.getApprovedQemuDigests());
	}

	private static HostEvidence.ReportedCertificate reported(Certificate certificate) {
		return new HostEvidence.ReportedCertificate(certificate.getSerialNumber(), certificate.getEncoded());
	}
}
