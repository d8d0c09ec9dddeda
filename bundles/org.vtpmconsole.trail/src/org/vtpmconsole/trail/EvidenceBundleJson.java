package org.vtpmconsole.trail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.vtpmconsole.tpm.NvCertification;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of an evidence bundle (docs/trail.md, "Evidence bundle"). The VM's lines travel as JSON strings whose
 * UTF-8 bytes are the line's bytes exactly; binary values are standard Base64, digests lowercase hex. Reading is
 * strict: an unknown or missing member, a wrong type or a bad value is refused with its name.
 */
public final class EvidenceBundleJson {
	public static final String FORMAT = "vtpm-console-trail-evidence-1";
	private static final Set<String> MEMBERS = Set.of("format", "host", "vm", "nvIndex", "lines", "nonce",
			"certification", "aikChain", "crl");
	private static final ObjectMapper JSON = new ObjectMapper()
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	private EvidenceBundleJson() {
	}

	/** The bundle's JSON; {@code fleetRoot} is added after the AIK certificate for readers, never trusted from it. */
	public static byte[] write(EvidenceBundle bundle, X509Certificate fleetRoot) {
		AnchorEvidence anchor = bundle.anchor();
		ObjectNode root = JSON.createObjectNode();
		root.put("format", FORMAT);
		root.put("host", anchor.host());
		root.put("vm", bundle.vm().toString());
		root.put("nvIndex", String.format("0x%08x", anchor.nvIndex()));
		ArrayNode lines = root.putArray("lines");
		for (EvidenceBundle.Entry entry : bundle.entries()) {
			ObjectNode line = lines.addObject();
			if (entry.line().isPresent())
				line.put("line", new String(entry.line().get(), StandardCharsets.UTF_8));
			else
				line.put("sha256", Hex.of(entry.sha256()));
		}
		root.put("nonce", b64(anchor.nonce()));
		ObjectNode certification = root.putObject("certification");
		certification.put("attest", b64(anchor.certification().attest()));
		certification.put("signature", b64(anchor.certification().signature()));
		ArrayNode chain = root.putArray("aikChain");
		try {
			chain.add(b64(anchor.aikCertificate().getEncoded()));
			chain.add(b64(fleetRoot.getEncoded()));
			root.put("crl", b64(anchor.crl().getEncoded()));
		} catch (CertificateException | CRLException e) {
			throw new IllegalStateException("a parsed certificate or CRL always encodes", e);
		}
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
		} catch (IOException e) {
			throw new IllegalStateException("a JSON tree always serializes", e);
		}
	}

	public static EvidenceBundle read(byte[] json) throws TrailFormatException {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		} catch (IOException e) {
			throw bad("bundle", "not JSON: " + e.getMessage());
		}
		if (root == null || !root.isObject())
			throw bad("bundle", "not a JSON object");
		for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!MEMBERS.contains(name))
				throw bad(name, "unknown member");
		}
		if (!FORMAT.equals(text(root, "format")))
			throw bad("format", "not " + FORMAT);
		String host = text(root, "host");
		UUID vm;
		try {
			vm = UUID.fromString(text(root, "vm"));
		} catch (IllegalArgumentException e) {
			throw bad("vm", "not a UUID");
		}
		int nvIndex = nvIndex(text(root, "nvIndex"));
		List<EvidenceBundle.Entry> entries = entries(member(root, "lines"));
		JsonNode certification = member(root, "certification");
		NvCertification nv = new NvCertification(bytes(certification, "attest", "certification.attest"),
				bytes(certification, "signature", "certification.signature"));
		JsonNode chain = member(root, "aikChain");
		if (!chain.isArray() || chain.isEmpty() || !chain.get(0).isTextual())
			throw bad("aikChain", "not a list of Base64 certificates, the AIK's first");
		X509Certificate aik = certificate(decode(chain.get(0).asText(), "aikChain[0]"));
		X509CRL crl = crl(bytes(root, "crl", "crl"));
		return new EvidenceBundle(vm, entries,
				new AnchorEvidence(host, nvIndex, bytes(root, "nonce", "nonce"), nv, aik, crl));
	}

	private static List<EvidenceBundle.Entry> entries(JsonNode lines) throws TrailFormatException {
		if (!lines.isArray())
			throw bad("lines", "not a list");
		List<EvidenceBundle.Entry> entries = new ArrayList<>();
		for (JsonNode line : lines) {
			String field = "lines[" + entries.size() + "]";
			if (!line.isObject() || line.size() != 1)
				throw bad(field, "not an object with exactly one of line, sha256");
			if (line.has("line") && line.get("line").isTextual()) {
				entries.add(EvidenceBundle.Entry.full(line.get("line").asText().getBytes(StandardCharsets.UTF_8)));
			} else if (line.has("sha256") && line.get("sha256").isTextual()) {
				byte[] digest = Hex.parse(line.get("sha256").asText(), TrailEvent.DIGEST_LENGTH);
				if (digest == null)
					throw bad(field + ".sha256", "not 64 lowercase hex digits");
				entries.add(EvidenceBundle.Entry.withheld(digest));
			} else {
				throw bad(field, "neither a line text nor a sha256");
			}
		}
		return entries;
	}

	private static JsonNode member(JsonNode node, String name) throws TrailFormatException {
		JsonNode value = node.get(name);
		if (value == null || value.isNull())
			throw bad(name, "missing");
		return value;
	}

	private static String text(JsonNode node, String name) throws TrailFormatException {
		JsonNode value = member(node, name);
		if (!value.isTextual())
			throw bad(name, "not a string");
		return value.asText();
	}

	private static byte[] bytes(JsonNode node, String name, String field) throws TrailFormatException {
		JsonNode value = node.get(name);
		if (value == null || !value.isTextual())
			throw bad(field, "missing or not a Base64 string");
		return decode(value.asText(), field);
	}

	private static byte[] decode(String text, String field) throws TrailFormatException {
		try {
			return Base64.getDecoder().decode(text);
		} catch (IllegalArgumentException e) {
			throw bad(field, "not Base64");
		}
	}

	private static int nvIndex(String text) throws TrailFormatException {
		if (!text.matches("0x[0-9a-f]{8}"))
			throw bad("nvIndex", "not 0x and eight lowercase hex digits");
		return Integer.parseUnsignedInt(text.substring(2), 16);
	}

	private static X509Certificate certificate(byte[] der) throws TrailFormatException {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der));
		} catch (CertificateException e) {
			throw bad("aikChain[0]", "not an X.509 certificate");
		}
	}

	private static X509CRL crl(byte[] der) throws TrailFormatException {
		try {
			return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
		} catch (CertificateException | CRLException e) {
			throw bad("crl", "not an X.509 CRL");
		}
	}

	private static String b64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static TrailFormatException bad(String field, String reason) {
		return new TrailFormatException(0, field, reason);
	}
}
