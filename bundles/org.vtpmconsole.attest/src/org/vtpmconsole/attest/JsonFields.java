package org.vtpmconsole.attest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Strict reading of the attestation JSON: every field has its one type, and an error names the field by its path
 * ({@code vms[2].pcrs[16]}), so a verifier refuses a malformed answer with a reason instead of guessing.
 */
final class JsonFields {
	static final ObjectMapper JSON = new ObjectMapper();
	static final HexFormat HEX = HexFormat.of();

	private JsonFields() {
	}

	static JsonNode parse(byte[] bytes, String what) throws EvidenceFormatException {
		try {
			JsonNode node = JSON.readTree(bytes);
			if (node == null || !node.isObject())
				throw new EvidenceFormatException(what + " is not a JSON object");
			return node;
		} catch (JsonProcessingException e) {
			throw new EvidenceFormatException(what + " is not JSON: " + e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new EvidenceFormatException(what + " cannot be read: " + e.getMessage(), e);
		}
	}

	static JsonNode field(JsonNode object, String name, String path) throws EvidenceFormatException {
		JsonNode value = object.get(name);
		if (value == null || value.isNull())
			throw new EvidenceFormatException("field '" + join(path, name) + "' is missing");
		return value;
	}

	static String text(JsonNode object, String name, String path) throws EvidenceFormatException {
		JsonNode value = field(object, name, path);
		if (!value.isTextual())
			throw new EvidenceFormatException("field '" + join(path, name) + "' is not a string");
		return value.textValue();
	}

	static long number(JsonNode object, String name, String path) throws EvidenceFormatException {
		JsonNode value = field(object, name, path);
		if (!value.isIntegralNumber() || !value.canConvertToLong())
			throw new EvidenceFormatException("field '" + join(path, name) + "' is not a whole number");
		return value.longValue();
	}

	static byte[] base64(JsonNode object, String name, String path) throws EvidenceFormatException {
		try {
			return Base64.getDecoder().decode(text(object, name, path));
		} catch (IllegalArgumentException e) {
			throw new EvidenceFormatException("field '" + join(path, name) + "' is not base64: " + e.getMessage());
		}
	}

	static byte[] hex(JsonNode object, String name, String path) throws EvidenceFormatException {
		return hexText(field(object, name, path), join(path, name));
	}

	static byte[] hexText(JsonNode value, String path) throws EvidenceFormatException {
		if (!value.isTextual())
			throw new EvidenceFormatException("field '" + path + "' is not a hex string");
		try {
			return HEX.parseHex(value.textValue());
		} catch (IllegalArgumentException e) {
			throw new EvidenceFormatException("field '" + path + "' is not hex: " + e.getMessage());
		}
	}

	static UUID uuid(JsonNode value, String path) throws EvidenceFormatException {
		if (value.isTextual()) {
			try {
				UUID uuid = UUID.fromString(value.textValue());
				if (uuid.toString().equals(value.textValue()))
					return uuid;
			} catch (IllegalArgumentException e) {
				// reported below
			}
		}
		throw new EvidenceFormatException("field '" + path + "' is not a lower-case UUID");
	}

	static JsonNode array(JsonNode object, String name, String path) throws EvidenceFormatException {
		JsonNode value = field(object, name, path);
		if (!value.isArray())
			throw new EvidenceFormatException("field '" + join(path, name) + "' is not an array");
		return value;
	}

	static List<byte[]> hexArray(JsonNode object, String name, String path) throws EvidenceFormatException {
		JsonNode array = array(object, name, path);
		List<byte[]> values = new ArrayList<>();
		for (int i = 0; i < array.size(); i++)
			values.add(hexText(array.get(i), join(path, name) + "[" + i + "]"));
		return values;
	}

	static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}
}
