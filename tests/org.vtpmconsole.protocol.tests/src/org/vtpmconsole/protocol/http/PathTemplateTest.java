package org.vtpmconsole.protocol.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

	private final PathTemplate start = PathTemplate.parse("/v1/vms/{uuid}/start");

	@Test
	void parameterTakesExactlyOneSafeSegment() {
		assertEquals(Optional.of(Map.of("uuid", "0b6c-AF_9.x")), start.match("/v1/vms/0b6c-AF_9.x/start"));
		assertTrue(start.match("/v1/vms//start").isEmpty(), "empty segment");
		assertTrue(start.match("/v1/vms/a/b/start").isEmpty(), "two segments");
		assertTrue(start.match("/v1/vms/%2e%2e/start").isEmpty(), "escapes are not decoded, and refused");
		assertTrue(start.match("/v1/vms/x/start/").isEmpty(), "trailing slash");
		assertTrue(start.match("/v1/vms/x/stop").isEmpty());
	}

	@Test
	void literalPathsAndMalformedTemplates() {
		assertTrue(PathTemplate.parse("/v1/vms").isLiteral());
		assertEquals(Optional.of(Map.of()), PathTemplate.parse("/v1/vms").match("/v1/vms"));
		assertEquals(3, start.literalSegments());
		assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("/v1/vms/x{uuid}"));
		assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("v1/vms"));
	}
}
