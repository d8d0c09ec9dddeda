package org.vtpmconsole.attest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.attest.GuestVtpm.Measurement;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.tpm.KeyCertification;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.Check;

/**
 * SPEC §9.1 evidence made by a real provisioned swtpm's AIK, certified by a real fleet CA, over lab guests' vPCRs
 * read from real vTPMs, and every attack of issue 17 that needs no gateway performed on it: each is refused by the
 * check the issue names, with its reason, while the VMs it does not touch still verify.
 */
class EvidenceVerifierTest {

	private static AttestationHosts hosts;
	private static VmMeasurements guestA;
	private static VmMeasurements guestB;
	private static VmMeasurements guestC;

	@BeforeAll
	static void start() throws Exception {
		hosts = new AttestationHosts();
		guestA = GuestVtpm.labGuest("lab application A");
		guestB = GuestVtpm.labGuest("lab application B");
		guestC = GuestVtpm.measure(UUID.randomUUID(), new Measurement(0, "SeaBIOS"), new Measurement(16, "one"),
				new Measurement(16, "two"), new Measurement(23, "debug"));
	}

	@AfterAll
	static void stop() {
		hosts.close();
	}

	/** n VMs from the three lab guests' measurements, each under its own UUID (the first three are the guests). */
	private static List<VmMeasurements> vms(int n) {
		List<VmMeasurements> guests = List.of(guestA, guestB, guestC);
		List<VmMeasurements> vms = new ArrayList<>();
		for (int i = 0; i < n; i++)
			vms.add(i < 3 ? guests.get(i) : guests.get(i % 3).withUuid(UUID.randomUUID()));
		return vms;
	}

	private static Evidence produce(AttestationMode mode, byte[] nonce, List<VmMeasurements> vms) throws Exception {
		return hosts.producerA().produce(new AttestationRequest(nonce, vms.stream().map(VmMeasurements::uuid).toList(), mode),
				vms);
	}

	private static Check check(VmVerification vm, String name) {
		return vm.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

	private static Check hostCheck(EvidenceVerification verification, String name) {
		return verification.hostChecks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

	private static VmEvidence replaceMeasurements(VmEvidence vm, VmMeasurements measurements) {
		return new VmEvidence(measurements, vm.h(), vm.quote(), vm.auditPath());
	}

	private static Evidence replaceVm(Evidence evidence, int index, VmEvidence vm) {
		List<VmEvidence> vms = new ArrayList<>(evidence.vms());
		vms.set(index, vm);
		return evidence.withVms(vms);
	}

	@Test
	void bothModesVerifyForOneThreeAndTenVmsAfterAJsonRoundTrip() throws Exception {
		for (AttestationMode mode : AttestationMode.values())
			for (int n : new int[] { 1, 3, 10 }) {
				byte[] nonce = AttestationHosts.nonce();
				Evidence produced = produce(mode, nonce, vms(n));
				byte[] json = EvidenceJson.write(produced);
				Evidence evidence = EvidenceJson.read(json);
				assertArrayEquals(json, EvidenceJson.write(evidence), "JSON round trip is byte for byte");
				EvidenceVerification verification = hosts.verify(evidence, nonce);
				assertTrue(verification.isVerified(), mode + " " + n + ": " + verification.hostProblems() + " "
						+ verification.vms().stream().map(VmVerification::problems).toList());
				assertEquals(n, verification.vms().size());
				// per-vm: n + 1 quotes; merkle: one quote for all
				long quotes = 1 + evidence.vms().stream().filter(vm -> vm.quote().isPresent()).count();
				assertEquals(mode == AttestationMode.PER_VM ? n + 1 : 1, quotes);
			}
	}

	@Test
	void evidenceOfVmAPresentedAsVmBsFailsOnTheUuidHash() throws Exception {
		for (AttestationMode mode : AttestationMode.values()) {
			byte[] nonce = AttestationHosts.nonce();
			Evidence evidence = produce(mode, nonce, vms(3));
			// the host answers for B with A's entry under B's UUID
			VmEvidence aAsB = replaceMeasurements(evidence.vms().get(0), guestA.withUuid(guestB.uuid()));
			EvidenceVerification verification = hosts.verify(replaceVm(evidence, 1, aAsB), nonce);
			VmVerification b = verification.vms().get(1);
			assertFalse(b.isVerified());
			assertEquals(Check.Outcome.FAILED, check(b, EvidenceVerifier.H).outcome(), b.problems());
			assertTrue(b.problems().contains("H_i: does not match SHA-256 of this VM's vPCRs, trail registers, H(uuid)"),
					b.problems());
			assertFalse(check(b, mode == AttestationMode.PER_VM ? EvidenceVerifier.VM_QUOTE : EvidenceVerifier.AUDIT_PATH)
					.isPassed(), b.problems());
			assertTrue(verification.vms().get(0).isVerified(), verification.vms().get(0).problems());
			assertTrue(verification.vms().get(2).isVerified(), verification.vms().get(2).problems());

			// and a host that also recomputes H_i for B's name has no quote or leaf for it
			VmEvidence recomputed = new VmEvidence(aAsB.measurements(), EvidenceHash.of(aAsB.measurements(), nonce),
					aAsB.quote(), aAsB.auditPath());
			VmVerification b2 = hosts.verify(replaceVm(evidence, 1, recomputed), nonce).vms().get(1);
			assertTrue(check(b2, EvidenceVerifier.H).isPassed());
			assertEquals(Check.Outcome.FAILED, check(b2, mode == AttestationMode.PER_VM ? EvidenceVerifier.VM_QUOTE
					: EvidenceVerifier.AUDIT_PATH).outcome(), b2.problems());
		}
	}

	@Test
	void evidenceForAnotherNonceIsRefused() throws Exception {
		for (AttestationMode mode : AttestationMode.values()) {
			Evidence old = produce(mode, AttestationHosts.nonce(), vms(2));
			byte[] fresh = AttestationHosts.nonce();
			EvidenceVerification verification = hosts.verify(old, fresh);
			assertFalse(verification.hostVerified());
			assertEquals("the evidence answers another nonce than the challenger sent",
					hostCheck(verification, EvidenceVerifier.NONCE).reason());
			// every VM's H_i holds the nonce, so no VM of the old answer passes either
			for (VmVerification vm : verification.vms())
				assertEquals(Check.Outcome.FAILED, check(vm, EvidenceVerifier.H).outcome());
			if (mode == AttestationMode.PER_VM)
				assertEquals("quote extraData does not equal the nonce (qualifyingData)",
						hostCheck(verification, EvidenceVerifier.HOST_QUOTE).reason());
		}
	}

	@Test
	void aQuoteByAnotherHostsAikIsRefused() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		List<VmMeasurements> vms = vms(2);
		AttestationRequest request = new AttestationRequest(nonce, List.of(), AttestationMode.PER_VM);
		// host B's TPM quotes, and the answer claims compute-a with compute-a's AIK certificate
		Evidence byB = new EvidenceProducer(hosts.tpmB.tpm, AttestationHosts.HOST_A, hosts.aikA.certificate().getEncoded(),
				EvidenceProducer.DEFAULT_HOST_PCRS).produce(request, vms);
		EvidenceVerification verification = hosts.verify(byB, nonce);
		assertTrue(hostCheck(verification, EvidenceVerifier.AIK_CERTIFICATE).isPassed());
		assertEquals("quote signature does not verify with the attestation key",
				hostCheck(verification, EvidenceVerifier.HOST_QUOTE).reason());
		assertEquals("quote signature does not verify with the attestation key",
				check(verification.vms().get(0), EvidenceVerifier.VM_QUOTE).reason());

		// with B's own certificate the quotes verify, but B's AIK vouches for nothing about compute-a
		Evidence withBsCertificate = new EvidenceProducer(hosts.tpmB.tpm, AttestationHosts.HOST_A,
				hosts.aikB.certificate().getEncoded(), EvidenceProducer.DEFAULT_HOST_PCRS).produce(request, vms);
		EvidenceVerification second = hosts.verify(withBsCertificate, nonce);
		assertTrue(hostCheck(second, EvidenceVerifier.HOST_QUOTE).isPassed());
		Check aik = hostCheck(second, EvidenceVerifier.AIK_CERTIFICATE);
		assertEquals(Check.Outcome.FAILED, aik.outcome());
		assertEquals("CN=compute-b: host name: issued for host compute-b, not for compute-a", aik.reason());
		assertFalse(second.vms().get(0).isVerified());
	}

	@Test
	void aRevokedAikIsRefusedWithItsReason() throws Exception {
		IssuedCertificate revoked = hosts.issueAik(AttestationHosts.HOST_A, hosts.tpmA.tpm);
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = new EvidenceProducer(hosts.tpmA.tpm, AttestationHosts.HOST_A, revoked.certificate().getEncoded(),
				EvidenceProducer.DEFAULT_HOST_PCRS).produce(new AttestationRequest(nonce, List.of(), AttestationMode.MERKLE),
						vms(3));
		assertTrue(hosts.verify(evidence, nonce).isVerified(), "before the revocation");
		hosts.ca.revoke(revoked.serial(), RevocationReason.KEY_COMPROMISE);
		EvidenceVerification verification = hosts.verify(evidence, nonce);
		Check aik = hostCheck(verification, EvidenceVerifier.AIK_CERTIFICATE);
		assertEquals(Check.Outcome.FAILED, aik.outcome());
		assertTrue(aik.reason().contains("revocation: revoked on") && aik.reason().contains("reason KEY_COMPROMISE"),
				aik.reason());
		assertTrue(verification.vms().stream().noneMatch(VmVerification::isVerified));
	}

	@Test
	void withoutACrlTheAikIsNotCheckedAndNothingVerifies() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = produce(AttestationMode.MERKLE, nonce, vms(1));
		EvidenceVerification verification = new EvidenceVerifier(CertificateTrust.of(hosts.ca.rootCertificate(), null),
				new TrailLogReplay(), EvidenceProducer.DEFAULT_HOST_PCRS).verify(evidence, nonce, Instant.now());
		assertEquals(Check.Outcome.NOT_CHECKED, hostCheck(verification, EvidenceVerifier.AIK_CERTIFICATE).outcome());
		assertFalse(verification.isVerified());
		assertFalse(verification.vms().get(0).isVerified());
	}

	@Test
	void aChangedVpcrIsRefused() throws Exception {
		for (AttestationMode mode : AttestationMode.values()) {
			byte[] nonce = AttestationHosts.nonce();
			Evidence evidence = produce(mode, nonce, vms(3));
			List<byte[]> pcrs = new ArrayList<>(guestB.pcrs());
			pcrs.set(16, guestA.pcr(16)); // B claims A's application
			VmMeasurements changed = new VmMeasurements(guestB.uuid(), pcrs, guestB.trail(), guestB.log(), guestB.trailLog());
			VmVerification b = hosts.verify(replaceVm(evidence, 1, replaceMeasurements(evidence.vms().get(1), changed)),
					nonce).vms().get(1);
			assertEquals(Check.Outcome.FAILED, check(b, EvidenceVerifier.H).outcome());
			assertEquals("the log of 3 records does not replay to the reported vPCR [16]",
					check(b, MeasurementReplay.CHECK).reason());

			// a log rewritten to match still leaves H_i, and so the quote or leaf, on B's real values
			List<MeasurementRecord> log = new ArrayList<>(guestB.log());
			log.set(2, guestA.log().get(2));
			VmMeasurements rewritten = new VmMeasurements(guestB.uuid(), pcrs, guestB.trail(), log, guestB.trailLog());
			VmEvidence rehashed = new VmEvidence(rewritten, EvidenceHash.of(rewritten, nonce), evidence.vms().get(1).quote(),
					evidence.vms().get(1).auditPath());
			VmVerification b2 = hosts.verify(replaceVm(evidence, 1, rehashed), nonce).vms().get(1);
			assertTrue(check(b2, MeasurementReplay.CHECK).isPassed());
			assertEquals(Check.Outcome.FAILED, check(b2, mode == AttestationMode.PER_VM ? EvidenceVerifier.VM_QUOTE
					: EvidenceVerifier.AUDIT_PATH).outcome());
		}
	}

	@Test
	void aMerkleAuditPathForAnotherLeafIsRefused() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = produce(AttestationMode.MERKLE, nonce, vms(10));
		VmEvidence vm3 = evidence.vms().get(3);
		VmEvidence withPathOf4 = new VmEvidence(vm3.measurements(), vm3.h(), Optional.empty(),
				evidence.vms().get(4).auditPath());
		EvidenceVerification verification = hosts.verify(replaceVm(evidence, 3, withPathOf4), nonce);
		assertEquals("does not lead leaf 3 of 10 to the quoted root",
				check(verification.vms().get(3), EvidenceVerifier.AUDIT_PATH).reason());
		assertTrue(verification.vms().get(4).isVerified());
		// nor does a VM moved to another place in the answer keep its proof
		List<VmEvidence> swapped = new ArrayList<>(evidence.vms());
		swapped.set(3, evidence.vms().get(5));
		swapped.set(5, evidence.vms().get(3));
		EvidenceVerification moved = hosts.verify(evidence.withVms(swapped), nonce);
		assertEquals(Check.Outcome.FAILED, check(moved.vms().get(3), EvidenceVerifier.AUDIT_PATH).outcome());
		assertEquals(Check.Outcome.FAILED, check(moved.vms().get(5), EvidenceVerifier.AUDIT_PATH).outcome());
	}

	@Test
	void aRemovedLogLineIsRefused() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = produce(AttestationMode.PER_VM, nonce, vms(3));
		List<MeasurementRecord> log = new ArrayList<>(guestC.log());
		log.remove(1);
		VmMeasurements cut = new VmMeasurements(guestC.uuid(), guestC.pcrs(), guestC.trail(), log, guestC.trailLog());
		VmVerification c = hosts.verify(replaceVm(evidence, 2, replaceMeasurements(evidence.vms().get(2), cut)), nonce)
				.vms().get(2);
		assertEquals("record seq 3 where seq 2 belongs: a record is missing or out of order",
				check(c, MeasurementReplay.CHECK).reason());
		assertFalse(c.isVerified());

		// renumbered, the log no longer replays to the quoted vPCRs
		List<MeasurementRecord> renumbered = new ArrayList<>();
		for (MeasurementRecord record : log)
			renumbered.add(MeasurementRecord.extend(renumbered.size() + 1, record.pcr(), record.sha256().orElseThrow()));
		VmMeasurements cutRenumbered = new VmMeasurements(guestC.uuid(), guestC.pcrs(), guestC.trail(), renumbered,
				guestC.trailLog());
		VmVerification c2 = hosts.verify(replaceVm(evidence, 2, replaceMeasurements(evidence.vms().get(2), cutRenumbered)),
				nonce).vms().get(2);
		assertEquals("the log of 3 records does not replay to the reported vPCR [16]",
				check(c2, MeasurementReplay.CHECK).reason());
		// the log is outside H_i (the vPCRs it must replay to are inside), so only the replay refuses it
		assertTrue(check(c2, EvidenceVerifier.H).isPassed());
		assertTrue(check(c2, EvidenceVerifier.VM_QUOTE).isPassed());
	}

	@Test
	void aFlippedBitInAQuoteSignatureIsRefused() throws Exception {
		for (AttestationMode mode : AttestationMode.values()) {
			byte[] nonce = AttestationHosts.nonce();
			Evidence evidence = produce(mode, nonce, vms(3));
			byte[] signature = evidence.quote().signature();
			signature[17] ^= 0x04;
			Evidence flipped = new Evidence(evidence.mode(), evidence.nonce(), evidence.host(), evidence.aikCertificate(),
					evidence.hostPcrs(), new SignedQuote(evidence.quote().attest(), signature), evidence.merkleRoot(),
					evidence.vms());
			EvidenceVerification verification = hosts.verify(flipped, nonce);
			assertEquals("quote signature does not verify with the attestation key",
					hostCheck(verification, EvidenceVerifier.HOST_QUOTE).reason());
			assertTrue(verification.vms().stream().noneMatch(VmVerification::isVerified));
			if (mode == AttestationMode.PER_VM) {
				VmEvidence vm = evidence.vms().get(0);
				byte[] vmSignature = vm.quote().orElseThrow().signature();
				vmSignature[200] ^= 0x01;
				VmEvidence vmFlipped = new VmEvidence(vm.measurements(), vm.h(),
						Optional.of(new SignedQuote(vm.quote().orElseThrow().attest(), vmSignature)), List.of());
				EvidenceVerification one = hosts.verify(replaceVm(evidence, 0, vmFlipped), nonce);
				assertEquals("quote signature does not verify with the attestation key",
						check(one.vms().get(0), EvidenceVerifier.VM_QUOTE).reason());
				assertTrue(one.vms().get(1).isVerified());
				// and a VM whose quote the host left out is refused, not skipped
				VmEvidence unquoted = new VmEvidence(vm.measurements(), vm.h(), Optional.empty(), List.of());
				assertEquals("per-vm evidence without this VM's quote", check(hosts.verify(replaceVm(evidence, 0, unquoted),
						nonce).vms().get(0), EvidenceVerifier.VM_QUOTE).reason());
			}
		}
	}

	@Test
	void changedHostPcrsAreRefusedByTheQuotesPcrDigest() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = produce(AttestationMode.MERKLE, nonce, vms(1));
		// the host reports a PCR 7 other than the one its TPM quoted (swtpm's are all zero: nothing booted it)
		PcrValues reported = evidence.hostPcrs().put(TpmHash.SHA256, 7,
				TpmHash.SHA256.digest("a boot the TPM never saw".getBytes()));
		Evidence changed = new Evidence(evidence.mode(), evidence.nonce(), evidence.host(), evidence.aikCertificate(),
				reported, evidence.quote(), evidence.merkleRoot(), evidence.vms());
		EvidenceVerification verification = hosts.verify(changed, nonce);
		assertTrue(hostCheck(verification, EvidenceVerifier.HOST_QUOTE).reason().startsWith(
				"quote pcrDigest does not match the PCR values for sha256:0,1,2,3,4,5,6,7"));
	}

	@Test
	void aLogWithAGapIsNotReplayedAndTheVmIsNotVerified() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		List<MeasurementRecord> log = new ArrayList<>(guestA.log());
		log.add(MeasurementRecord.gap(4, "TPM2_PCR_Extend frame of 9000 bytes exceeds the gateway's limit"));
		VmMeasurements withGap = new VmMeasurements(guestA.uuid(), guestA.pcrs(), guestA.trail(), log, List.of());
		Evidence evidence = produce(AttestationMode.MERKLE, nonce, List.of(withGap));
		VmVerification vm = hosts.verify(evidence, nonce).vms().get(0);
		Check replay = check(vm, MeasurementReplay.CHECK);
		assertEquals(Check.Outcome.NOT_CHECKED, replay.outcome());
		assertEquals("the log cannot be replayed past record 4: TPM2_PCR_Extend frame of 9000 bytes exceeds the gateway's"
				+ " limit", replay.reason());
		assertFalse(vm.isVerified());
	}

	@Test
	void trailRegistersWithoutLinesAndLinesThatDoNotParseAreRefused() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		List<byte[]> trail = new ArrayList<>(GuestVtpm.zeroTrail());
		trail.set(0, TpmHash.SHA256.digest("2026-12-02T10:15:30.123Z".getBytes()));
		VmMeasurements silent = new VmMeasurements(guestA.uuid(), guestA.pcrs(), trail, guestA.log(), List.of());
		VmMeasurements withLines = new VmMeasurements(guestB.uuid(), guestB.pcrs(), trail, guestB.log(),
				List.of("{\"seq\":1,\"vm\":\"" + guestB.uuid() + "\",\"type\":\"snapshot\"}"));
		Evidence evidence = produce(AttestationMode.PER_VM, nonce, List.of(silent, withLines));
		EvidenceVerification verification = hosts.verify(evidence, nonce);
		assertEquals("registers 24-31 are not all zero, yet the evidence carries no trail lines",
				check(verification.vms().get(0), EvidenceVerifier.TRAIL).reason());
		Check replay = check(verification.vms().get(1), TrailReplay.CHECK);
		assertEquals(Check.Outcome.FAILED, replay.outcome());
		assertTrue(replay.reason().startsWith("trail line refused: line 1 is malformed: "), replay.reason());
		assertFalse(verification.vms().get(1).isVerified());
		// the trail registers are inside H_i: another value is refused like a changed vPCR
		assertTrue(check(verification.vms().get(1), EvidenceVerifier.H).isPassed());
		VmMeasurements zeroed = new VmMeasurements(guestA.uuid(), guestA.pcrs(), GuestVtpm.zeroTrail(), guestA.log(),
				List.of());
		VmVerification rewound = hosts.verify(replaceVm(evidence, 0, replaceMeasurements(evidence.vms().get(0), zeroed)),
				nonce).vms().get(0);
		assertEquals(Check.Outcome.FAILED, check(rewound, EvidenceVerifier.H).outcome());
	}

	/** The AIK also signs TPM2_Certify answers; one over H_i is no quote and proves nothing about PCRs. */
	@Test
	void anotherAttestationTypeSignedByTheAikIsNoQuote() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = produce(AttestationMode.PER_VM, nonce, vms(2));
		VmEvidence vm = evidence.vms().get(0);
		KeyCertification certification = hosts.tpmA.tpm.certify(KeyRole.AIK, KeyRole.AIK, vm.h());
		VmEvidence certified = new VmEvidence(vm.measurements(), vm.h(),
				Optional.of(new SignedQuote(certification.attest(), certification.signature())), List.of());
		VmVerification refused = hosts.verify(replaceVm(evidence, 0, certified), nonce).vms().get(0);
		assertEquals("attestation type 0x8017 is not a quote", check(refused, EvidenceVerifier.VM_QUOTE).reason());
	}

	@Test
	void aQuoteOverFewerHostPcrsThanRequiredIsRefused() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence narrow = new EvidenceProducer(hosts.tpmA.tpm, AttestationHosts.HOST_A, hosts.aikA.certificate().getEncoded(),
				PcrSelection.of(TpmHash.SHA256, 0)).produce(new AttestationRequest(nonce, List.of(), AttestationMode.MERKLE),
						vms(1));
		EvidenceVerification verification = hosts.verify(narrow, nonce);
		assertEquals("quotes host PCRs sha256:0, which lack some of sha256:0,1,2,3,4,5,6,7",
				hostCheck(verification, EvidenceVerifier.HOST_QUOTE).reason());
		assertFalse(verification.vms().get(0).isVerified());
	}

	@Test
	void merkleEvidenceForNoVmIsRefusedWhilePerVmEvidenceForNoneIsTheFreshHostQuote() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		EvidenceVerification empty = hosts.verify(produce(AttestationMode.MERKLE, nonce, List.of()), nonce);
		assertEquals("merkle evidence for no VM: the quoted root binds no nonce",
				hostCheck(empty, EvidenceVerifier.MERKLE_ROOT).reason());
		assertFalse(empty.isVerified());
		byte[] other = AttestationHosts.nonce();
		assertTrue(hosts.verify(produce(AttestationMode.PER_VM, other, List.of()), other).isVerified());
	}

	/** The answer carries one set of host PCRs; a host PCR extended between its n+1 quotes makes the producer refuse. */
	@Test
	void theProducerRefusesAnAnswerWhoseHostPcrsMovedBetweenItsQuotes() throws Exception {
		TssHostTpm tpm = hosts.tpmB.tpm;
		AtomicBoolean extended = new AtomicBoolean();
		// the listener runs after each operation, outside the TPM lock: right after the first quote, PCR 7 moves
		tpm.setOperationListener((operation, nanos, commands, failed) -> {
			if (operation.equals("quote") && extended.compareAndSet(false, true)) {
				try {
					tpm.pcrExtend(7, Map.of(TpmHash.SHA256, TpmHash.SHA256.digest("late boot event".getBytes())));
				} catch (TpmException e) {
					throw new IllegalStateException(e);
				}
			}
		});
		try {
			EvidenceProducer producer = new EvidenceProducer(tpm, AttestationHosts.HOST_B,
					hosts.aikB.certificate().getEncoded(), EvidenceProducer.DEFAULT_HOST_PCRS);
			TpmException refused = assertThrows(TpmException.class, () -> producer
					.produce(new AttestationRequest(AttestationHosts.nonce(), List.of(), AttestationMode.PER_VM), vms(2)));
			assertEquals("host PCRs sha256:0,1,2,3,4,5,6,7 changed during the attestation; ask again", refused.getMessage());
			assertTrue(extended.get());
		} finally {
			tpm.setOperationListener(null);
		}
	}
}
