package org.vtpmconsole.attest;

import static org.vtpmconsole.attest.JsonFields.HEX;
import static org.vtpmconsole.attest.JsonFields.JSON;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Evidence and requests as JSON, byte for byte as docs/attestation.md fixes them: UTF-8, no whitespace, keys in
 * the documented order, digests lower-case hex, TPM structures, signatures, certificates and nonces base64.
 */
public final class EvidenceJson {
	private EvidenceJson() {
	}

	public static byte[] write(Evidence evidence) {
		ObjectNode root = JSON.createObjectNode();
		root.put("version", Evidence.VERSION);
		root.put("mode", evidence.mode().token());
		root.put("nonce", base64(evidence.nonce()));
		root.put("host", evidence.host());
		root.put("aikCertificate", base64(evidence.aikCertificate()));
		ObjectNode hostPcrs = root.putObject("hostPcrs");
		evidence.hostPcrs().asMap().forEach((bank, values) -> {
			ObjectNode bankNode = hostPcrs.putObject(bank.name().toLowerCase());
			values.forEach((pcr, value) -> bankNode.put(String.valueOf(pcr), HEX.formatHex(value)));
		});
		root.set("quote", quote(evidence.quote()));
		if (evidence.merkleRoot() != null)
			root.put("merkleRoot", HEX.formatHex(evidence.merkleRoot()));
		ArrayNode vms = root.putArray("vms");
		evidence.vms().forEach(vm -> vms.add(vm(vm)));
		return bytes(root);
	}

	public static Evidence read(byte[] json) throws EvidenceFormatException {
		JsonNode root = JsonFields.parse(json, "evidence");
		long version = JsonFields.number(root, "version", "");
		if (version != Evidence.VERSION)
			throw new EvidenceFormatException("evidence version " + version + " is not " + Evidence.VERSION);
		try {
			AttestationMode mode = AttestationMode.parse(JsonFields.text(root, "mode", ""));
			byte[] merkleRoot = mode == AttestationMode.MERKLE ? JsonFields.hex(root, "merkleRoot", "") : null;
			JsonNode vmsNode = JsonFields.array(root, "vms", "");
			List<VmEvidence> vms = new ArrayList<>();
			for (int i = 0; i < vmsNode.size(); i++)
				vms.add(vm(vmsNode.get(i), "vms[" + i + "]", mode));
			return new Evidence(mode, JsonFields.base64(root, "nonce", ""), JsonFields.text(root, "host", ""),
					JsonFields.base64(root, "aikCertificate", ""), hostPcrs(JsonFields.field(root, "hostPcrs", "")),
					quote(JsonFields.field(root, "quote", ""), "quote"), merkleRoot, vms);
		} catch (IllegalArgumentException e) {
			throw new EvidenceFormatException("evidence: " + e.getMessage(), e);
		}
	}

	public static byte[] write(AttestationRequest request) {
		ObjectNode root = JSON.createObjectNode();
		root.put("nonce", base64(request.nonce()));
		ArrayNode vms = root.putArray("vms");
		request.vms().forEach(uuid -> vms.add(uuid.toString()));
		root.put("mode", request.mode().token());
		return bytes(root);
	}

	/** A request; {@code vms} and {@code mode} may be left out (all VMs, per-vm mode). */
	public static AttestationRequest readRequest(byte[] json) throws EvidenceFormatException {
		JsonNode root = JsonFields.parse(json, "attestation request");
		List<UUID> vms = new ArrayList<>();
		if (root.hasNonNull("vms")) {
			JsonNode array = JsonFields.array(root, "vms", "");
			for (int i = 0; i < array.size(); i++)
				vms.add(JsonFields.uuid(array.get(i), "vms[" + i + "]"));
		}
		try {
			AttestationMode mode = root.hasNonNull("mode") ? AttestationMode.parse(JsonFields.text(root, "mode", ""))
					: AttestationMode.PER_VM;
			return new AttestationRequest(JsonFields.base64(root, "nonce", ""), vms, mode);
		} catch (IllegalArgumentException e) {
			throw new EvidenceFormatException("attestation request: " + e.getMessage(), e);
		}
	}

	private static ObjectNode vm(VmEvidence vm) {
		VmMeasurements m = vm.measurements();
		ObjectNode node = JSON.createObjectNode();
		node.put("uuid", m.uuid().toString());
		ArrayNode pcrs = node.putArray("pcrs");
		m.pcrs().forEach(value -> pcrs.add(HEX.formatHex(value)));
		ArrayNode trail = node.putArray("trail");
		m.trail().forEach(value -> trail.add(HEX.formatHex(value)));
		ArrayNode trailLog = node.putArray("trailLog");
		m.trailLog().forEach(trailLog::add);
		ArrayNode log = node.putArray("log");
		m.log().forEach(record -> log.add(record(record)));
		node.put("h", HEX.formatHex(vm.h()));
		vm.quote().ifPresent(quote -> node.set("quote", quote(quote)));
		if (vm.quote().isEmpty()) {
			ArrayNode path = node.putArray("auditPath");
			vm.auditPath().forEach(hash -> path.add(HEX.formatHex(hash)));
		}
		return node;
	}

	private static VmEvidence vm(JsonNode node, String path, AttestationMode mode) throws EvidenceFormatException {
		UUID uuid = JsonFields.uuid(JsonFields.field(node, "uuid", path), path + ".uuid");
		JsonNode trailLogNode = JsonFields.array(node, "trailLog", path);
		List<String> trailLog = new ArrayList<>();
		for (int i = 0; i < trailLogNode.size(); i++) {
			if (!trailLogNode.get(i).isTextual())
				throw new EvidenceFormatException("field '" + path + ".trailLog[" + i + "]' is not a string");
			trailLog.add(trailLogNode.get(i).textValue());
		}
		JsonNode logNode = JsonFields.array(node, "log", path);
		List<MeasurementRecord> log = new ArrayList<>();
		for (int i = 0; i < logNode.size(); i++)
			log.add(record(logNode.get(i), path + ".log[" + i + "]"));
		VmMeasurements measurements;
		try {
			measurements = new VmMeasurements(uuid, JsonFields.hexArray(node, "pcrs", path),
					JsonFields.hexArray(node, "trail", path), log, trailLog);
		} catch (IllegalArgumentException e) {
			throw new EvidenceFormatException(path + ": " + e.getMessage(), e);
		}
		byte[] h = JsonFields.hex(node, "h", path);
		if (mode == AttestationMode.PER_VM)
			return new VmEvidence(measurements, h, Optional.of(quote(JsonFields.field(node, "quote", path), path + ".quote")),
					List.of());
		return new VmEvidence(measurements, h, Optional.empty(), JsonFields.hexArray(node, "auditPath", path));
	}

	private static ObjectNode record(MeasurementRecord record) {
		ObjectNode node = JSON.createObjectNode();
		node.put("seq", record.seq());
		node.put("command", record.command().token());
		if (record.command() != PcrCommand.GAP)
			node.put("pcr", record.pcr());
		record.sha256().ifPresent(digest -> node.put("sha256", HEX.formatHex(digest)));
		record.reason().ifPresent(reason -> node.put("reason", reason));
		return node;
	}

	private static MeasurementRecord record(JsonNode node, String path) throws EvidenceFormatException {
		try {
			PcrCommand command = PcrCommand.parse(JsonFields.text(node, "command", path));
			long seq = JsonFields.number(node, "seq", path);
			return switch (command) {
			case EXTEND -> MeasurementRecord.extend(seq, pcr(node, path), JsonFields.hex(node, "sha256", path));
			case EVENT -> MeasurementRecord.event(seq, pcr(node, path), JsonFields.hex(node, "sha256", path));
			case RESET -> MeasurementRecord.reset(seq, pcr(node, path));
			case GAP -> MeasurementRecord.gap(seq, JsonFields.text(node, "reason", path));
			};
		} catch (IllegalArgumentException e) {
			throw new EvidenceFormatException(path + ": " + e.getMessage(), e);
		}
	}

	private static int pcr(JsonNode node, String path) throws EvidenceFormatException {
		long pcr = JsonFields.number(node, "pcr", path);
		if (pcr < 0 || pcr >= VmMeasurements.VPCR_COUNT)
			throw new EvidenceFormatException("field '" + path + ".pcr' is " + pcr + ", not a vPCR 0-23");
		return (int) pcr;
	}

	private static ObjectNode quote(SignedQuote quote) {
		ObjectNode node = JSON.createObjectNode();
		node.put("attest", base64(quote.attest()));
		node.put("signature", base64(quote.signature()));
		return node;
	}

	private static SignedQuote quote(JsonNode node, String path) throws EvidenceFormatException {
		return new SignedQuote(JsonFields.base64(node, "attest", path), JsonFields.base64(node, "signature", path));
	}

	private static PcrValues hostPcrs(JsonNode node) throws EvidenceFormatException {
		if (!node.isObject())
			throw new EvidenceFormatException("field 'hostPcrs' is not an object");
		PcrValues values = new PcrValues();
		for (Iterator<Map.Entry<String, JsonNode>> banks = node.fields(); banks.hasNext();) {
			Map.Entry<String, JsonNode> bank = banks.next();
			String path = "hostPcrs." + bank.getKey();
			TpmHash hash;
			try {
				hash = TpmHash.parse(bank.getKey());
			} catch (IllegalArgumentException e) {
				throw new EvidenceFormatException("field '" + path + "': " + e.getMessage());
			}
			if (!bank.getValue().isObject())
				throw new EvidenceFormatException("field '" + path + "' is not an object");
			for (Iterator<Map.Entry<String, JsonNode>> pcrs = bank.getValue().fields(); pcrs.hasNext();) {
				Map.Entry<String, JsonNode> pcr = pcrs.next();
				try {
					values.put(hash, Integer.parseInt(pcr.getKey()), JsonFields.hexText(pcr.getValue(), path + "." + pcr.getKey()));
				} catch (IllegalArgumentException e) {
					throw new EvidenceFormatException("field '" + path + "." + pcr.getKey() + "': " + e.getMessage());
				}
			}
		}
		return values;
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static byte[] bytes(ObjectNode root) {
		try {
			return JSON.writeValueAsBytes(root);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a JSON tree of strings and numbers always serializes", e);
		}
	}
}
