package org.vtpmconsole.trail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.NvCertification;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * A real trail for the tests: a log of three VMs written by {@link TrailWriter} to a file, each line extended into an
 * NV index of a real swtpm by {@link TrailAnchor}, the AIK certified by a real {@link FleetCa}, and the index
 * certified by the AIK over a fresh nonce. VM 1 goes S_A, S_B, S_E, back to S_B, back to S_A; VM 3 takes the same S_A
 * and S_C, then goes back from S_C to S_A; VM 2 has application events on 27 and 31 and a user whose name needs
 * escaping and UTF-8.
 */
final class AnchoredLog implements AutoCloseable {
	static final String HOST = "compute-a";
	static final int INDEX = 0x01500100;
	static final UUID VM1 = UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001");
	static final UUID VM2 = UUID.fromString("6f1c2a3b-0000-4000-8000-000000000002");
	static final UUID VM3 = UUID.fromString("6f1c2a3b-0000-4000-8000-000000000003");
	static final String ALICE = "CN=alice,O=fleet";
	static final String ZOE = "CN=Zo\u00eb \"ops\" \\ night,O=fleet";
	private static final Instant START = Instant.parse("2026-11-22T10:15:30.123Z");

	final ProvisionedSwtpm swtpm;
	final FleetCa ca;
	final IssuedCertificate aik;
	final Path log;
	final TrailAnchor anchor;
	final byte[] nonce;
	final NvCertification certification;
	private int clock;

	AnchoredLog() throws Exception {
		swtpm = ProvisionedSwtpm.start();
		Path directory = Files.createTempDirectory("trail-test");
		ca = FleetCa.init(directory.resolve("ca"), "trail test passphrase".toCharArray(), CaOptions.defaults());
		aik = issueAik(swtpm.tpm, HOST);
		log = directory.resolve("trail.jsonl");
		anchor = new TrailAnchor(swtpm.tpm, INDEX);
		anchor.define();
		try (TrailWriter writer = TrailWriter.open(log)) {
			append(writer, VM1, EventType.CREATED, ALICE, null, List.of());
			append(writer, VM2, EventType.CREATED, ZOE, null, List.of());
			snapshot(writer, VM1, "S_A", "state A");
			append(writer, VM2, EventType.APP_EVENT, ZOE, null,
					TrailExtends.appEventOn27("trial counter 1".getBytes(StandardCharsets.UTF_8)));
			snapshot(writer, VM1, "S_B", "state B");
			append(writer, VM3, EventType.CREATED, ALICE, null, List.of());
			snapshot(writer, VM1, "S_E", "state E");
			rollback(writer, VM1, "S_B", "state E'");
			rollback(writer, VM1, "S_A", "state B'");
			snapshot(writer, VM2, "S_A", "state of another VM");
			append(writer, VM2, EventType.APP_EVENT, ZOE, null,
					TrailExtends.appEventOn31("intrusion detected".getBytes(StandardCharsets.UTF_8)));
			snapshotAt(writer, VM3, "S_A", "state A", 2); // VM 1's S_A exactly: same time, user and state
			snapshot(writer, VM3, "S_C", "state C");
			rollback(writer, VM3, "S_A", "state C'");
			append(writer, VM2, EventType.MIGRATED_OUT, ALICE, null, List.of());
		}
		nonce = new byte[32];
		new SecureRandom().nextBytes(nonce);
		certification = anchor.certify(nonce);
	}

	IssuedCertificate issueAik(TssHostTpm tpm, String host) throws Exception {
		return ca.issue(CertificateRequest.builder(host, Role.AIK, tpm.publicKey(KeyRole.AIK))
				.tpmName(tpm.name(KeyRole.AIK)).build());
	}

	byte[] bytes() throws Exception {
		return Files.readAllBytes(log);
	}

	AnchorEvidence evidence() throws Exception {
		return new AnchorEvidence(HOST, INDEX, nonce, certification, aik.certificate(), ca.currentCrl());
	}

	CertificateTrust trust() throws Exception {
		return CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
	}

	TrailLogChecker verify(byte[] content) throws Exception {
		return LogVerifier.verify(content, evidence(), nonce, trust(), Instant.now());
	}

	private void append(TrailWriter writer, UUID vm, EventType type, String user, String snapshot,
			List<Extend> extendList) throws Exception {
		appendAt(writer, vm, type, user, snapshot, extendList, time(clock++));
	}

	private void appendAt(TrailWriter writer, UUID vm, EventType type, String user, String snapshot,
			List<Extend> extendList, String time) throws Exception {
		TrailWriter.Appended line = writer.append(vm, time, type, user, Optional.ofNullable(snapshot), extendList);
		anchor.extend(line.sha256());
	}

	private void snapshot(TrailWriter writer, UUID vm, String id, String state) throws Exception {
		snapshotAt(writer, vm, id, state, clock++);
	}

	private void snapshotAt(TrailWriter writer, UUID vm, String id, String state, int second) throws Exception {
		String time = time(second);
		appendAt(writer, vm, EventType.SNAPSHOT, ALICE, id, TrailExtends.snapshot(time, ALICE, sha256(state)), time);
	}

	private void rollback(TrailWriter writer, UUID vm, String id, String stateBefore) throws Exception {
		String time = time(clock++);
		appendAt(writer, vm, EventType.ROLLBACK, ZOE, id,
				TrailExtends.rollback(time, ZOE, sha256(stateBefore), sha256("descriptor of " + stateBefore)), time);
	}

	static String time(int second) {
		return TrailTime.format(START.plusSeconds(second));
	}

	static byte[] sha256(String text) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		ca.close();
		swtpm.close();
	}
}
