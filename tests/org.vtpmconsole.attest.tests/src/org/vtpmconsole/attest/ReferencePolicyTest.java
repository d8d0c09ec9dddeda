package org.vtpmconsole.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.attest.PolicyVerdict.Verdict;

/**
 * The reference policy on real evidence: two lab guests from the same image whose applications extend PCR 16
 * differently are told apart; a VM without a reference, evidence that is refused or not fully checked never comes
 * out trusted.
 */
class ReferencePolicyTest {

	private static AttestationHosts hosts;
	private static VmMeasurements guestA;
	private static VmMeasurements guestB;
	private static VmMeasurements stranger;

	@BeforeAll
	static void start() throws Exception {
		hosts = new AttestationHosts();
		guestA = GuestVtpm.labGuest("lab application A");
		guestB = GuestVtpm.labGuest("lab application B");
		stranger = guestA.withUuid(UUID.randomUUID());
	}

	@AfterAll
	static void stop() {
		hosts.close();
	}

	private static String hex(byte[] value) {
		return "\"" + HexFormat.of().formatHex(value) + "\"";
	}

	/** Image lab-guest expects A's firmware, boot loader and application; B is named with that image. */
	private static ReferencePolicy policy(String bEntry) throws Exception {
		String json = "{\"version\":1,\"images\":{\"lab-guest\":{\"0\":" + hex(guestA.pcr(0)) + ",\"4\":" + hex(guestA.pcr(4))
				+ ",\"16\":" + hex(guestA.pcr(16)) + "}},\"vms\":{\"" + guestA.uuid() + "\":{\"image\":\"lab-guest\"},\""
				+ guestB.uuid() + "\":" + bEntry + "}}";
		return ReferencePolicy.read(json.getBytes(StandardCharsets.UTF_8));
	}

	private static List<PolicyVerdict> evaluate(ReferencePolicy policy, Evidence evidence, byte[] nonce) throws Exception {
		return policy.evaluate(evidence, hosts.verify(evidence, nonce));
	}

	@Test
	void twoVmsWithDifferentPcr16AreToldApart() throws Exception {
		for (AttestationMode mode : AttestationMode.values()) {
			byte[] nonce = AttestationHosts.nonce();
			Evidence evidence = hosts.producerA().produce(new AttestationRequest(nonce, List.of(), mode),
					List.of(guestA, guestB, stranger));
			List<PolicyVerdict> verdicts = evaluate(policy("{\"image\":\"lab-guest\"}"), evidence, nonce);
			assertEquals(Verdict.TRUSTED, verdicts.get(0).verdict(), verdicts.get(0).reason());
			assertEquals("evidence verified; vPCRs [0, 4, 16] match image lab-guest", verdicts.get(0).reason());
			assertEquals(Verdict.UNTRUSTED, verdicts.get(1).verdict());
			assertEquals(List.of(16), verdicts.get(1).differingPcrs());
			assertEquals("vPCR [16] differs from image lab-guest", verdicts.get(1).reason());
			assertEquals(Verdict.UNKNOWN, verdicts.get(2).verdict());
			assertEquals("the policy has no reference for this VM", verdicts.get(2).reason());

			// B's own PCR 16 over the image's values makes it trusted too
			List<PolicyVerdict> own = evaluate(policy("{\"image\":\"lab-guest\",\"pcrs\":{\"16\":" + hex(guestB.pcr(16))
					+ "}}"), evidence, nonce);
			assertEquals(Verdict.TRUSTED, own.get(1).verdict(), own.get(1).reason());
		}
	}

	@Test
	void refusedEvidenceIsUntrustedAndUncheckedEvidenceIsUnknown() throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = hosts.producerA().produce(new AttestationRequest(nonce, List.of(), AttestationMode.MERKLE),
				List.of(guestA));
		List<PolicyVerdict> stale = evaluate(policy("{\"image\":\"lab-guest\"}"), evidence, AttestationHosts.nonce());
		assertEquals(Verdict.UNTRUSTED, stale.get(0).verdict());
		assertEquals(true, stale.get(0).reason().startsWith("evidence refused: nonce: the evidence answers another nonce"),
				stale.get(0).reason());

		List<MeasurementRecord> log = new ArrayList<>(guestA.log());
		log.add(MeasurementRecord.gap(4, "vTPM reset seen"));
		VmMeasurements gap = new VmMeasurements(guestA.uuid(), guestA.pcrs(), guestA.trail(), log, List.of());
		Evidence withGap = hosts.producerA().produce(new AttestationRequest(nonce, List.of(), AttestationMode.MERKLE),
				List.of(gap));
		PolicyVerdict unknown = evaluate(policy("{\"image\":\"lab-guest\"}"), withGap, nonce).get(0);
		assertEquals(Verdict.UNKNOWN, unknown.verdict());
		assertEquals("evidence not fully checked: log replay: not checked: the log cannot be replayed past record 4: "
				+ "vTPM reset seen", unknown.reason());
	}

	@Test
	void aMalformedPolicyIsRefusedWithTheFieldItGetsWrong() {
		EvidenceFormatException noImage = assertThrows(EvidenceFormatException.class,
				() -> ReferencePolicy.read(("{\"version\":1,\"vms\":{\"" + UUID.randomUUID() + "\":{\"image\":\"gone\"}}}")
						.getBytes(StandardCharsets.UTF_8)));
		assertEquals(true, noImage.getMessage().endsWith(".image' names image 'gone', which the policy does not define"),
				noImage.getMessage());
		EvidenceFormatException shortValue = assertThrows(EvidenceFormatException.class,
				() -> ReferencePolicy.read("{\"version\":1,\"images\":{\"x\":{\"16\":\"00ff\"}}}".getBytes(StandardCharsets.UTF_8)));
		assertEquals("field 'images.x.16' is not a 32-byte SHA-256 value", shortValue.getMessage());
		EvidenceFormatException pcr24 = assertThrows(EvidenceFormatException.class,
				() -> ReferencePolicy.read("{\"version\":1,\"images\":{\"x\":{\"24\":\"00\"}}}".getBytes(StandardCharsets.UTF_8)));
		assertEquals("field 'images.x.24' is not a vPCR 0-23", pcr24.getMessage());
	}
}
