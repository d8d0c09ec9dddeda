package org.vtpmconsole.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The line format byte for byte (docs/trail.md), and the strict parser's refusals with line number and field. */
class TrailLineFormatTest {
	private static final String ZERO_SHA1 = "0".repeat(40);
	private static final String ZERO_SHA256 = "0".repeat(64);
	private static final UUID VM = UUID.fromString("0e7a9d2c-5b1f-4c3e-9a6d-8f2b4c6d8e0a");

	@Test
	void aCreatedLineIsExactlyTheDocumentedBytes() throws Exception {
		TrailEvent event = new TrailEvent(1, VM, "2026-11-22T10:15:30.123Z", EventType.CREATED, "CN=alice,O=fleet",
				Optional.empty(), List.of(), Registers.zero(), new byte[32]);
		String expected = "{\"seq\":1,\"vm\":\"0e7a9d2c-5b1f-4c3e-9a6d-8f2b4c6d8e0a\",\"time\":\"2026-11-22T10:15:30.123Z\","
				+ "\"type\":\"created\",\"user\":\"CN=alice,O=fleet\",\"extends\":[],\"registers\":{\"sha1\":{"
				+ registers(ZERO_SHA1) + "},\"sha256\":{" + registers(ZERO_SHA256) + "}},\"prev\":\"" + ZERO_SHA256
				+ "\"}";
		assertEquals(expected, new String(TrailLines.write(event), StandardCharsets.UTF_8));
		assertEquals(event.registers(), TrailLineParser.parse(expected.getBytes(StandardCharsets.UTF_8), 1).registers());
	}

	@Test
	void stringsHaveOneSpellingAndRoundTrip() throws Exception {
		String user = "CN=Zo\u00eb \"ops\" \\ tab\there";
		TrailEvent event = new TrailEvent(7, VM, "2026-11-22T10:15:30.123Z", EventType.SNAPSHOT, user, Optional.of("S/1"),
				List.of(new Extend(24, "2026-11-22T10:15:30.123Z".getBytes(StandardCharsets.UTF_8)),
						new Extend(25, user.getBytes(StandardCharsets.UTF_8)), new Extend(26, new byte[32])),
				Registers.zero(), new byte[32]);
		byte[] line = TrailLines.write(event);
		String text = new String(line, StandardCharsets.UTF_8);
		assertEquals(true, text.contains("\"user\":\"CN=Zo\u00eb \\\"ops\\\" \\\\ tab\\u0009here\""), text);
		assertEquals(true, text.contains("\"snapshot\":\"S/1\""), text);
		TrailEvent parsed = TrailLineParser.parse(line, 7);
		assertEquals(user, parsed.user());
		assertEquals(event.extendList(), parsed.extendList());
		assertArrayEquals(line, TrailLines.write(parsed));
	}

	@Test
	void everyOtherSpellingIsRefusedWithItsField() {
		String good = new String(TrailLines.write(new TrailEvent(3, VM, "2026-11-22T10:15:30.123Z", EventType.APP_EVENT,
				"u", Optional.empty(), List.of(new Extend(27, new byte[] { 1, 2 })), Registers.zero(), new byte[32])),
				StandardCharsets.UTF_8);
		refused(good.replace("{\"seq\":3", "{ \"seq\":3"), "seq");
		refused(good.replace("\"seq\":3", "\"seq\":03"), "seq");
		refused(good.replace(VM.toString(), VM.toString().toUpperCase()), "vm");
		refused(good.replace("10:15:30.123Z", "10:15:30.12Z"), "time");
		refused(good.replace("2026-11-22", "2026-02-30"), "time");
		refused(good.replace("app_event", "app-event"), "type");
		refused(good.replace("\"user\":\"u\"", "\"user\":\"\\u0075\""), "user");
		refused(good.replace("\"user\":\"u\"", "\"user\":\"u\\n\""), "user");
		refused(good.replace("\"user\":\"u\"", "\"user\":\"u\",\"snapshot\":\"S\""), "snapshot");
		refused(good.replace("\"data\":\"AQI=\"", "\"data\":\"AQI\""), "extends[0].data");
		refused(good.replace("\"register\":27", "\"register\":23"), "extends[0].register");
		refused(good.replace("\"sha1\":{\"24\":\"0", "\"sha1\":{\"24\":\"A"), "registers.sha1.24");
		refused(good.replace(",\"25\":\"" + ZERO_SHA1, ""), "registers.sha1.25");
		refused(good.replace("\"prev\":\"0", "\"prev\":\"F"), "prev");
		refused(good + " ", "end of line");
		refused(good.replace("{\"seq\":3,\"vm\":\"" + VM + "\"", "{\"vm\":\"" + VM + "\",\"seq\":3"), "seq");
	}

	private static void refused(String line, String field) {
		TrailFormatException e = assertThrows(TrailFormatException.class,
				() -> TrailLineParser.parse(line.getBytes(StandardCharsets.UTF_8), 42), line);
		assertEquals(42, e.line());
		assertEquals(field, e.field(), e.getMessage());
	}

	private static String registers(String zero) {
		StringBuilder out = new StringBuilder();
		for (int r = 24; r <= 31; r++)
			out.append(r == 24 ? "" : ",").append('"').append(r).append("\":\"").append(zero).append('"');
		return out.toString();
	}
}
