package org.vtpmconsole.protocol.http;

import java.io.IOException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The API's JSON: strict Jackson for untrusted bodies. Unknown fields, duplicate keys, trailing data and type
 * coercions ("1" for a number, 1 for a string) are refused; nesting, string, number and name sizes are bounded.
 * Every refusal becomes a {@link JsonProblem} whose message names the field and what was wrong, never the input.
 */
public final class Json {

	static final int MAX_NESTING = 16;
	static final int MAX_STRING = 1 << 20;
	static final int MAX_NUMBER_DIGITS = 20;
	static final int MAX_NAME = 128;

	private static final ObjectMapper MAPPER = create();

	/** A body that does not bind to the expected message; the message names the problem. */
	public static final class JsonProblem extends Exception {
		private static final long serialVersionUID = 1L;

		JsonProblem(String message) {
			super(message);
		}
	}

	private Json() {
	}

	public static <T> T read(byte[] body, Class<T> type) throws JsonProblem {
		T value;
		try {
			value = MAPPER.readValue(body, type);
		} catch (JsonProcessingException e) {
			throw new JsonProblem(describe(e, type));
		} catch (IOException e) {
			throw new JsonProblem("unreadable body");
		}
		if (value == null) {
			throw new JsonProblem("the body must be a JSON object, not null");
		}
		return value;
	}

	public static byte[] write(Object value) {
		try {
			return MAPPER.writeValueAsBytes(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a message does not serialize: " + value.getClass().getName(), e);
		}
	}

	private static ObjectMapper create() {
		JsonFactory factory = JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
						.maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER_DIGITS).maxNameLength(MAX_NAME).build())
				.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
		JsonMapper mapper = JsonMapper.builder(factory)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
						DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
						DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
				.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
				.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
		for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
				CoercionInputShape.Boolean }) {
			mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
		}
		mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
		return mapper;
	}

	private static String describe(JsonProcessingException e, Class<?> type) {
		if (e instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + path(unknown) + "'";
		}
		if (e instanceof StreamConstraintsException) {
			return "the body exceeds the JSON limits (nesting " + MAX_NESTING + ", strings " + MAX_STRING + " chars, numbers "
					+ MAX_NUMBER_DIGITS + " digits, names " + MAX_NAME + " chars)";
		}
		if (e instanceof ValueInstantiationException invalid) {
			Throwable cause = invalid.getCause();
			return cause instanceof IllegalArgumentException || cause instanceof NullPointerException
					? cause.getMessage()
					: "invalid " + type.getSimpleName();
		}
		if (e instanceof MismatchedInputException mismatch) {
			String field = path(mismatch);
			return field.isEmpty() ? "the body must be a JSON object (" + type.getSimpleName() + ")"
					: "field '" + field + "' must be " + expected(mismatch.getTargetType());
		}
		// a syntax error inside a nested value reaches here wrapped in a mapping exception: its parser knows where
		JsonLocation location = e.getLocation() != null ? e.getLocation()
				: e.getCause() instanceof JsonProcessingException cause ? cause.getLocation() : null;
		return location == null ? "malformed JSON"
				: "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static String path(JsonMappingException e) {
		return e.getPath().stream()
				.map(reference -> reference.getFieldName() != null ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == byte[].class) {
			return "a base64 string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a whole number";
		}
		if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		return "an object";
	}
}
