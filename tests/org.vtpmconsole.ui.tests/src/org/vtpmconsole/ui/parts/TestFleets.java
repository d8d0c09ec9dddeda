package org.vtpmconsole.ui.parts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.CertificateRole;
import org.vtpmconsole.model.ConnectionState;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.LabelStatus;
import org.vtpmconsole.model.RunState;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;

/** Fleets for the UI tests, built through the model's public factory. */
final class TestFleets {

	static final String INVALID_DETAIL = "signature does not verify against the signer's key";
	private static final FleetFactory MODEL = FleetFactory.eINSTANCE;

	private TestFleets() {
	}

	/**
	 * Four hosts, one of each state: compute-01 connected (web-01 valid label and two snapshots, web-02 label
	 * expiring in 5 days, db-01 label invalid), compute-02 last heard of 2 hours ago, compute-03 failed,
	 * compute-04 never contacted and without VMs.
	 */
	static List<Host> sample() {
		Instant now = Instant.now();
		Host connected = host(1, ConnectionState.CONNECTED, now);
		connected.getCertificates().add(certificate(CertificateRole.AIK, "compute-01"));
		connected.getCertificates().add(certificate(CertificateRole.RSA_MIG, "compute-01"));
		connected.getCertificates().add(certificate(CertificateRole.VMEK, "compute-01"));
		VirtualMachine web = vm(1, 1, "web-01", RunState.RUNNING, label(VerificationState.VALID, now, 200));
		web.getSnapshots().add(snapshot("before-upgrade", now.minus(Duration.ofDays(3))));
		web.getSnapshots().add(snapshot("nightly", now.minus(Duration.ofHours(7))));
		connected.getVirtualMachines().add(web);
		connected.getVirtualMachines()
				.add(vm(1, 2, "web-02", RunState.RUNNING, label(VerificationState.VALID, now, 5)));
		Label invalid = label(VerificationState.INVALID, now, 90);
		invalid.setVerificationDetail(INVALID_DETAIL);
		connected.getVirtualMachines().add(vm(1, 3, "db-01", RunState.STOPPED, invalid));

		Host stale = host(2, ConnectionState.CONNECTED, now.minus(Duration.ofHours(2)));
		stale.getVirtualMachines()
				.add(vm(2, 1, "batch-01", RunState.PAUSED, label(VerificationState.VALID, now, 120)));

		Host failed = host(3, ConnectionState.FAILED, now.minus(Duration.ofMinutes(20)));
		failed.setFailureReason("connection refused by 10.0.0.13:8443");
		failed.getVirtualMachines()
				.add(vm(3, 1, "ci-runner", RunState.MIGRATING, label(VerificationState.UNVERIFIED, now, 60)));

		Host unknown = host(4, ConnectionState.UNKNOWN, null);
		return new ArrayList<>(List.of(connected, stale, failed, unknown));
	}

	/**
	 * hosts × vmsPerHost VMs, each with vTPM, label and a snapshot; every 10th host stale, every 50th failed; every
	 * 20th label expiring, every 25th invalid.
	 */
	static List<Host> generated(int hosts, int vmsPerHost) {
		Instant now = Instant.now();
		List<Host> fleet = new ArrayList<>(hosts);
		for (int h = 1; h <= hosts; h++) {
			boolean stale = h % 10 == 0;
			Host host = host(h, h % 50 == 0 ? ConnectionState.FAILED : ConnectionState.CONNECTED,
					stale ? now.minus(Duration.ofHours(3)) : now);
			host.getCertificates().add(certificate(CertificateRole.AIK, host.getName()));
			for (int v = 1; v <= vmsPerHost; v++) {
				int serial = h * vmsPerHost + v;
				Label label = label(serial % 25 == 0 ? VerificationState.INVALID : VerificationState.VALID, now,
						serial % 20 == 0 ? 7 : 180);
				VirtualMachine vm = vm(h, v, String.format("vm-%04d-%02d", h, v),
						v % 7 == 0 ? RunState.STOPPED : RunState.RUNNING, label);
				vm.getSnapshots().add(snapshot("nightly", now.minus(Duration.ofHours(v))));
				host.getVirtualMachines().add(vm);
			}
			fleet.add(host);
		}
		return fleet;
	}

	static String uuid(int host, int vm) {
		return String.format("%08x-0000-4000-8000-%012x", host, vm);
	}

	private static Host host(int number, ConnectionState state, Instant lastContact) {
		Host host = MODEL.createHost();
		host.setName(String.format("compute-%02d", number));
		host.setAddress(String.format("10.0.%d.%d:8443", number / 250, 10 + number % 250));
		host.setConnectionState(state);
		host.setLastContact(lastContact == null ? null : Date.from(lastContact));
		return host;
	}

	private static VirtualMachine vm(int host, int number, String name, RunState state, Label label) {
		VirtualMachine vm = MODEL.createVirtualMachine();
		vm.setUuid(uuid(host, number));
		vm.setName(name);
		vm.setImagePath("/var/lib/libvirt/images/" + name + ".qcow2");
		vm.setRunState(state);
		VTpm vtpm = MODEL.createVTpm();
		vtpm.setRunning(state == RunState.RUNNING);
		vtpm.getPcrBanks().add("sha256");
		vm.setVtpm(vtpm);
		vm.setLabel(label);
		return vm;
	}

	private static Label label(VerificationState verification, Instant now, int daysLeft) {
		Label label = MODEL.createLabel();
		label.setStatus(LabelStatus.LOCAL);
		label.setNotBefore(Date.from(now.minus(Duration.ofDays(30))));
		label.setNotAfter(Date.from(now.plus(Duration.ofDays(daysLeft))));
		label.setVerification(verification);
		return label;
	}

	private static Snapshot snapshot(String name, Instant takenAt) {
		Snapshot snapshot = MODEL.createSnapshot();
		snapshot.setName(name);
		snapshot.setTakenAt(Date.from(takenAt));
		snapshot.setTakenBy("admin");
		return snapshot;
	}

	private static Certificate certificate(CertificateRole role, String host) {
		Certificate certificate = MODEL.createCertificate();
		certificate.setRole(role);
		certificate.setSubject("CN=" + host + " " + role.getName());
		certificate.setIssuer("CN=vtpm fleet CA");
		certificate.setSerialNumber(Integer.toHexString(host.hashCode() ^ role.getValue()));
		return certificate;
	}
}
