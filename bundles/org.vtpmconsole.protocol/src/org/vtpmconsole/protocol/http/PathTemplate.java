package org.vtpmconsole.protocol.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route's path: literal segments and {@code {name}} parameters. A parameter matches exactly one non-empty segment
 * of letters, digits, '.', '_' and '-' (no decoding), so an identifier never smuggles a '/' or an escape into a
 * handler.
 */
record PathTemplate(String text, List<String> segments) {
	private static final Pattern PARAMETER_VALUE = Pattern.compile("[A-Za-z0-9._-]{1,128}");
	private static final Pattern PARAMETER = Pattern.compile("\\{[a-z][A-Za-z0-9]*\\}");

	static PathTemplate parse(String text) {
		if (!text.startsWith("/")) {
			throw new IllegalArgumentException("a route's path starts with '/': " + text);
		}
		List<String> segments = List.of(text.substring(1).split("/", -1));
		for (String segment : segments) {
			if (segment.contains("{") && !PARAMETER.matcher(segment).matches()) {
				throw new IllegalArgumentException("a parameter is a whole segment such as {uuid}: " + text);
			}
		}
		return new PathTemplate(text, segments);
	}

	boolean isLiteral() {
		return segments.stream().noneMatch(PathTemplate::isParameter);
	}

	long literalSegments() {
		return segments.stream().filter(segment -> !isParameter(segment)).count();
	}

	/** The parameters' values if the raw path fits this template. */
	Optional<Map<String, String>> match(String rawPath) {
		if (!rawPath.startsWith("/")) {
			return Optional.empty();
		}
		String[] parts = rawPath.substring(1).split("/", -1);
		if (parts.length != segments.size()) {
			return Optional.empty();
		}
		Map<String, String> parameters = new HashMap<>();
		for (int i = 0; i < parts.length; i++) {
			String segment = segments.get(i);
			if (isParameter(segment)) {
				if (!PARAMETER_VALUE.matcher(parts[i]).matches()) {
					return Optional.empty();
				}
				parameters.put(segment.substring(1, segment.length() - 1), parts[i]);
			} else if (!segment.equals(parts[i])) {
				return Optional.empty();
			}
		}
		return Optional.of(parameters);
	}

	private static boolean isParameter(String segment) {
		return segment.startsWith("{");
	}
}
