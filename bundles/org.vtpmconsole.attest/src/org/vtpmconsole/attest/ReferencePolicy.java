package org.vtpmconsole.attest;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Expected vPCR values per image and per VM (docs/attestation.md "Reference policy"), which turn verified evidence
 * into a verdict per VM. A VM's reference is its image's values overlaid with its own; a VM the policy does not
 * name is unknown, never trusted.
 */
public final class ReferencePolicy {
	public static final int VERSION = 1;

	private final Map<String, SortedMap<Integer, byte[]>> images;
	private final Map<UUID, VmReference> vms;

	private record VmReference(String image, SortedMap<Integer, byte[]> pcrs) {
	}

	private ReferencePolicy(Map<String, SortedMap<Integer, byte[]>> images, Map<UUID, VmReference> vms) {
		this.images = images;
		this.vms = vms;
	}

	public static ReferencePolicy read(byte[] json) throws EvidenceFormatException {
		JsonNode root = JsonFields.parse(json, "reference policy");
		long version = JsonFields.number(root, "version", "");
		if (version != VERSION)
			throw new EvidenceFormatException("reference policy version " + version + " is not " + VERSION);
		Map<String, SortedMap<Integer, byte[]>> images = new HashMap<>();
		if (root.hasNonNull("images"))
			for (Iterator<Map.Entry<String, JsonNode>> it = object(root.get("images"), "images").fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> image = it.next();
				images.put(image.getKey(), pcrs(image.getValue(), "images." + image.getKey()));
			}
		Map<UUID, VmReference> vms = new HashMap<>();
		if (root.hasNonNull("vms"))
			for (Iterator<Map.Entry<String, JsonNode>> it = object(root.get("vms"), "vms").fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				String path = "vms." + entry.getKey();
				UUID uuid = JsonFields.uuid(TextNode.valueOf(entry.getKey()), path);
				JsonNode vm = object(entry.getValue(), path);
				String image = vm.hasNonNull("image") ? JsonFields.text(vm, "image", path) : null;
				if (image != null && !images.containsKey(image))
					throw new EvidenceFormatException("field '" + path + ".image' names image '" + image
							+ "', which the policy does not define");
				SortedMap<Integer, byte[]> own = vm.hasNonNull("pcrs") ? pcrs(vm.get("pcrs"), path + ".pcrs") : new TreeMap<>();
				if (image == null && own.isEmpty())
					throw new EvidenceFormatException("field '" + path + "' has neither an image nor pcrs");
				vms.put(uuid, new VmReference(image, own));
			}
		return new ReferencePolicy(images, vms);
	}

	/** One verdict per VM of the evidence, in answer order. */
	public List<PolicyVerdict> evaluate(Evidence evidence, EvidenceVerification verification) {
		List<PolicyVerdict> verdicts = new ArrayList<>();
		for (int i = 0; i < evidence.vms().size(); i++)
			verdicts.add(verdict(evidence.vms().get(i).measurements(), verification, verification.vms().get(i)));
		return verdicts;
	}

	private PolicyVerdict verdict(VmMeasurements vm, EvidenceVerification verification, VmVerification checks) {
		UUID uuid = vm.uuid();
		if (verification.hostFailed() || checks.hasFailure())
			return new PolicyVerdict(uuid, PolicyVerdict.Verdict.UNTRUSTED, List.of(),
					"evidence refused: " + problems(verification, checks));
		if (!checks.isVerified())
			return new PolicyVerdict(uuid, PolicyVerdict.Verdict.UNKNOWN, List.of(),
					"evidence not fully checked: " + problems(verification, checks));
		VmReference reference = vms.get(uuid);
		if (reference == null)
			return new PolicyVerdict(uuid, PolicyVerdict.Verdict.UNKNOWN, List.of(), "the policy has no reference for this VM");
		SortedMap<Integer, byte[]> expected = new TreeMap<>();
		if (reference.image() != null)
			expected.putAll(images.get(reference.image()));
		expected.putAll(reference.pcrs());
		List<Integer> differing = new ArrayList<>();
		expected.forEach((pcr, value) -> {
			if (!MessageDigest.isEqual(value, vm.pcr(pcr)))
				differing.add(pcr);
		});
		String source = reference.image() == null ? "its own reference" : "image " + reference.image();
		if (!differing.isEmpty())
			return new PolicyVerdict(uuid, PolicyVerdict.Verdict.UNTRUSTED, differing,
					(differing.size() == 1 ? "vPCR " + differing + " differs from " : "vPCRs " + differing + " differ from ")
							+ source);
		return new PolicyVerdict(uuid, PolicyVerdict.Verdict.TRUSTED, List.of(),
				"evidence verified; vPCRs " + expected.keySet() + " match " + source);
	}

	private static String problems(EvidenceVerification verification, VmVerification checks) {
		List<String> parts = new ArrayList<>();
		if (!verification.hostVerified())
			parts.add(verification.hostProblems());
		if (!checks.problems().isEmpty())
			parts.add(checks.problems());
		return String.join("; ", parts);
	}

	private static JsonNode object(JsonNode node, String path) throws EvidenceFormatException {
		if (!node.isObject())
			throw new EvidenceFormatException("field '" + path + "' is not an object");
		return node;
	}

	private static SortedMap<Integer, byte[]> pcrs(JsonNode node, String path) throws EvidenceFormatException {
		SortedMap<Integer, byte[]> pcrs = new TreeMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = object(node, path).fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			String pcrPath = path + "." + entry.getKey();
			int pcr;
			try {
				pcr = Integer.parseInt(entry.getKey());
			} catch (NumberFormatException e) {
				throw new EvidenceFormatException("field '" + pcrPath + "' is not a vPCR number");
			}
			if (pcr < 0 || pcr >= VmMeasurements.VPCR_COUNT)
				throw new EvidenceFormatException("field '" + pcrPath + "' is not a vPCR 0-23");
			byte[] value = JsonFields.hexText(entry.getValue(), pcrPath);
			if (value.length != VmMeasurements.DIGEST_BYTES)
				throw new EvidenceFormatException("field '" + pcrPath + "' is not a 32-byte SHA-256 value");
			pcrs.put(pcr, value);
		}
		return Collections.unmodifiableSortedMap(pcrs);
	}
}
