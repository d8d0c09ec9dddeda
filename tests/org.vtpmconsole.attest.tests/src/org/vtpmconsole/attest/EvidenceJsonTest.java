package org.vtpmconsole.attest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * The bytes docs/attestation.md fixes, written out in full for a small merkle answer, and malformed input refused
 * with the field it gets wrong.
 */
class EvidenceJsonTest {
	private static final UUID VM = UUID.fromString("6f1c2a3e-0b7d-4e59-9a51-3c2d8e4f7a10");
	private static final String Z = "00".repeat(32);

	private static byte[] filled(int value) {
		byte[] bytes = new byte[32];
		java.util.Arrays.fill(bytes, (byte) value);
		return bytes;
	}

	private static Evidence sample() {
		List<byte[]> pcrs = new java.util.ArrayList<>(Collections.nCopies(24, new byte[32]));
		pcrs.set(16, filled(0x16));
		VmMeasurements vm = new VmMeasurements(VM, pcrs, Collections.nCopies(8, new byte[32]),
				List.of(MeasurementRecord.extend(1, 16, filled(0xab)), MeasurementRecord.reset(2, 23),
						MeasurementRecord.gap(3, "vTPM reset")),
				List.of());
		PcrValues host = new PcrValues().put(TpmHash.SHA256, 0, filled(0x01));
		return new Evidence(AttestationMode.MERKLE, new byte[16], "compute-a", new byte[] { 0x30, 0x00 }, host,
				new SignedQuote(new byte[] { (byte) 0xff, 0x54 }, new byte[] { 1, 2, 3 }), filled(0xee),
				List.of(new VmEvidence(vm, filled(0x0d), Optional.empty(), List.of())));
	}

	@Test
	void aMerkleAnswerIsWrittenByteForByteAsDocumented() throws Exception {
		String pcrs = String.join(",", Collections.nCopies(16, "\"" + Z + "\"")) + ",\"" + "16".repeat(32) + "\","
				+ String.join(",", Collections.nCopies(7, "\"" + Z + "\""));
		String expected = "{\"version\":1,\"mode\":\"merkle\",\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"host\":\"compute-a\","
				+ "\"aikCertificate\":\"MAA=\",\"hostPcrs\":{\"sha256\":{\"0\":\"" + "01".repeat(32) + "\"}},"
				+ "\"quote\":{\"attest\":\"/1Q=\",\"signature\":\"AQID\"},\"merkleRoot\":\"" + "ee".repeat(32) + "\","
				+ "\"vms\":[{\"uuid\":\"6f1c2a3e-0b7d-4e59-9a51-3c2d8e4f7a10\",\"pcrs\":[" + pcrs + "],\"trail\":["
				+ String.join(",", Collections.nCopies(8, "\"" + Z + "\"")) + "],\"trailLog\":[],\"log\":["
				+ "{\"seq\":1,\"command\":\"TPM2_PCR_Extend\",\"pcr\":16,\"sha256\":\"" + "ab".repeat(32) + "\"},"
				+ "{\"seq\":2,\"command\":\"TPM2_PCR_Reset\",\"pcr\":23},{\"seq\":3,\"command\":\"gap\",\"reason\":\"vTPM reset\"}],"
				+ "\"h\":\"" + "0d".repeat(32) + "\",\"auditPath\":[]}]}";
		byte[] json = EvidenceJson.write(sample());
		assertEquals(expected, new String(json, StandardCharsets.UTF_8));
		assertArrayEquals(json, EvidenceJson.write(EvidenceJson.read(json)));
	}

	@Test
	void aRequestIsReadWithItsDefaultsAndItsNonceLimits() throws Exception {
		AttestationRequest request = EvidenceJson
				.readRequest("{\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA==\"}".getBytes(StandardCharsets.UTF_8));
		assertEquals(AttestationMode.PER_VM, request.mode());
		assertEquals(List.of(), request.vms());
		assertEquals("{\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"vms\":[\"" + VM + "\"],\"mode\":\"merkle\"}",
				new String(EvidenceJson.write(new AttestationRequest(new byte[16], List.of(VM), AttestationMode.MERKLE)),
						StandardCharsets.UTF_8));
		assertEquals("attestation request: nonce must be 16 to 64 bytes, not 8", assertThrows(EvidenceFormatException.class,
				() -> EvidenceJson.readRequest("{\"nonce\":\"AAAAAAAAAAA=\"}".getBytes(StandardCharsets.UTF_8))).getMessage());
		assertEquals("field 'vms[0]' is not a lower-case UUID", assertThrows(EvidenceFormatException.class,
				() -> EvidenceJson.readRequest(("{\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"vms\":[\""
						+ VM.toString().toUpperCase() + "\"]}").getBytes(StandardCharsets.UTF_8))).getMessage());
		assertEquals("attestation request: mode 'all' is neither per-vm nor merkle", assertThrows(
				EvidenceFormatException.class, () -> EvidenceJson.readRequest(
						"{\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"mode\":\"all\"}".getBytes(StandardCharsets.UTF_8)))
				.getMessage());
	}

	@Test
	void malformedEvidenceNamesTheField() {
		String good = new String(EvidenceJson.write(sample()), StandardCharsets.UTF_8);
		assertEquals("vms[0]: VM 6f1c2a3e-0b7d-4e59-9a51-3c2d8e4f7a10: pcrs must hold 24 SHA-256 values, not 23",
				refusal(good.replace("\"pcrs\":[\"" + Z + "\",", "\"pcrs\":[")));
		assertEquals("field 'vms[0].log[0].sha256' is not hex: ",
				refusal(good.replace("\"sha256\":\"ab", "\"sha256\":\"zz")).substring(0, 41));
		assertEquals("field 'vms[0].log[1].pcr' is 24, not a vPCR 0-23", refusal(good.replace("\"pcr\":23", "\"pcr\":24")));
		assertEquals("field 'merkleRoot' is missing", refusal(good.replace("\"merkleRoot\"", "\"root\"")));
		assertEquals("evidence version 2 is not 1", refusal(good.replace("\"version\":1", "\"version\":2")));
		assertEquals("field 'vms[0].log[0].sha256' is missing",
				refusal(good.replace(",\"sha256\":\"" + "ab".repeat(32) + "\"", "")));
	}

	private static String refusal(String json) {
		return assertThrows(EvidenceFormatException.class, () -> EvidenceJson.read(json.getBytes(StandardCharsets.UTF_8)))
				.getMessage();
	}
}
