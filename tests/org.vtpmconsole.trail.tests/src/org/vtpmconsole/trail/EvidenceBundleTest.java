package org.vtpmconsole.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One VM's evidence bundle from the real anchored log: written as JSON, read back and verified from the fleet root
 * alone; it says nothing about the other VMs; edits of the bundle are refused.
 */
class EvidenceBundleTest {
	private static AnchoredLog trail;
	private static byte[] json;

	@BeforeAll
	static void export() throws Exception {
		trail = new AnchoredLog();
		EvidenceBundle bundle = EvidenceBundle.export(trail.bytes(), AnchoredLog.VM1, trail.evidence());
		json = EvidenceBundleJson.write(bundle, trail.ca.rootCertificate());
	}

	@AfterAll
	static void stop() {
		trail.close();
	}

	@Test
	void theBundleVerifiesOfflineFromTheFleetRootAlone() throws Exception {
		EvidenceVerifier.Verdict verdict = verify(EvidenceBundleJson.read(json));
		assertEquals(15, verdict.lines());
		assertEquals(9, verdict.lastLineOfVm());
		Registers full = trail.verify(trail.bytes()).replay().registers(AnchoredLog.VM1).orElseThrow();
		assertEquals(full, verdict.registers());
	}

	@Test
	void itSaysNothingAboutTheOtherVms() {
		String text = new String(json, StandardCharsets.UTF_8);
		assertFalse(text.contains(AnchoredLog.VM2.toString()), "VM 2's UUID");
		assertFalse(text.contains(AnchoredLog.VM3.toString()), "VM 3's UUID");
		assertFalse(text.contains(java.util.Base64.getEncoder().encodeToString("trial counter 1".getBytes())),
				"VM 2's application event");
		assertFalse(text.contains("migrated_out"), "VM 2's migration");
		assertEquals(6, count(text, "\"line\""));
		assertEquals(9, count(text, "\"sha256\""));
	}

	@Test
	void aVmLineHiddenAsADigestIsRefusedAtTheVmsNextLine() throws Exception {
		EvidenceBundle bundle = EvidenceBundleJson.read(json);
		List<EvidenceBundle.Entry> entries = new ArrayList<>(bundle.entries());
		// line 8 is VM 1's rollback to S_B: withheld, VM 1's next line (9) no longer replays
		entries.set(7, EvidenceBundle.Entry.withheld(entries.get(7).sha256()));
		TrailRefusal refusal = assertThrows(TrailRefusal.class,
				() -> verify(new EvidenceBundle(bundle.vm(), entries, bundle.anchor())));
		assertEquals(9, refusal.line());
		assertTrue(refusal.getMessage().startsWith("line 9's registers do not replay"), refusal.getMessage());
	}

	@Test
	void aChangedWithheldDigestBreaksTheChain() throws Exception {
		EvidenceBundle bundle = EvidenceBundleJson.read(json);
		List<EvidenceBundle.Entry> entries = new ArrayList<>(bundle.entries());
		byte[] digest = entries.get(1).sha256();
		digest[0] ^= 1;
		entries.set(1, EvidenceBundle.Entry.withheld(digest));
		TrailRefusal refusal = assertThrows(TrailRefusal.class,
				() -> verify(new EvidenceBundle(bundle.vm(), entries, bundle.anchor())));
		assertTrue(refusal.getMessage().startsWith("chain broken at line 3"), refusal.getMessage());
	}

	@Test
	void aBundleForAnotherVmIsRefused() throws Exception {
		EvidenceBundle bundle = EvidenceBundleJson.read(json);
		EvidenceBundle relabelled = new EvidenceBundle(AnchoredLog.VM3, bundle.entries(), bundle.anchor());
		TrailRefusal refusal = assertThrows(TrailRefusal.class, () -> verify(relabelled));
		assertEquals("line 1 is of VM " + AnchoredLog.VM1 + ", not of the bundle's VM " + AnchoredLog.VM3,
				refusal.getMessage());
	}

	@Test
	void anotherNonceThanTheRequestersIsRefused() throws Exception {
		byte[] mine = trail.nonce.clone();
		mine[0] ^= 1;
		TrailRefusal refusal = assertThrows(TrailRefusal.class, () -> EvidenceVerifier.verify(EvidenceBundleJson.read(json),
				trail.ca.rootCertificate(), Optional.empty(), Optional.of(mine), Instant.now()));
		assertTrue(refusal.getMessage().startsWith("another nonce"), refusal.getMessage());
	}

	@Test
	void aMalformedBundleIsRefusedWithItsMember() {
		String text = new String(json, StandardCharsets.UTF_8);
		TrailFormatException unknown = assertThrows(TrailFormatException.class,
				() -> EvidenceBundleJson.read(text.replace("\"nonce\"", "\"nonse\"").getBytes(StandardCharsets.UTF_8)));
		assertEquals("nonse", unknown.field());
		TrailFormatException index = assertThrows(TrailFormatException.class,
				() -> EvidenceBundleJson.read(text.replace("0x01500100", "0x1500100").getBytes(StandardCharsets.UTF_8)));
		assertEquals("nvIndex", index.field());
	}

	private static EvidenceVerifier.Verdict verify(EvidenceBundle bundle) throws TrailRefusal {
		return EvidenceVerifier.verify(bundle, trail.ca.rootCertificate(), Optional.empty(), Optional.empty(),
				Instant.now());
	}

	private static int count(String text, String needle) {
		int count = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
			count++;
		return count;
	}
}
