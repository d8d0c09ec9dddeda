package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * What the editor sends for a wanted end: the agent counts whole days from its clock (1 to 3650), so the request is
 * refused where no whole number of days could honour it and otherwise rounded to the nearest day.
 */
class ReissueRequestTest {

	private static final Instant NOW = Instant.parse("2026-11-22T09:20:00Z");

	@Test
	void aWantedEndIsSentAsTheNearestWholeNumberOfDays() {
		assertEquals(200, ReissueRequest.days(NOW.plus(Duration.ofDays(200)), NOW));
		// 2027-06-10 00:00 is 199 days and 14 h 40 min away: nearer to 200 days than to 199
		assertEquals(200, ReissueRequest.days(Instant.parse("2027-06-10T00:00:00Z"), NOW));
		assertEquals(199, ReissueRequest.days(NOW.plus(Duration.ofDays(199).plusHours(11)), NOW));
		assertEquals(1, ReissueRequest.days(NOW.plus(Duration.ofDays(1)), NOW));
	}

	@Test
	void endsNoWholeDayCountCouldGiveAreRefusedWithTheReason() {
		assertRefused("2026-11-22 20:00", "less than a day away");
		assertRefused("2026-11-01", "is in the past");
		assertRefused("2036-11-22", "more than 10 years away");
		assertRefused("22.11.2027", "is not a date");
		ReissueRequest.Parsed longest = ReissueRequest.parse("2036-11-18", NOW);
		assertTrue(longest.accepted(), longest.refusal());
		assertTrue(ReissueRequest.days(longest.newNotAfter(), NOW) <= 3650);
		ReissueRequest.Parsed withdrawn = ReissueRequest.parse("  ", NOW);
		assertTrue(withdrawn.accepted());
		assertNull(withdrawn.newNotAfter(), "empty text withdraws the request");
	}

	@Test
	void aCarriedOutRequestIsGoneAndNothingIsLeftToSaveOrUndo() {
		ReissueRequest request = new ReissueRequest();
		request.set(NOW.plus(Duration.ofDays(30)));
		assertTrue(request.commandStack().isSaveNeeded());
		request.sent();
		assertNull(request.newNotAfter());
		assertFalse(request.commandStack().isSaveNeeded());
		assertFalse(request.commandStack().canUndo());
	}

	private static void assertRefused(String typed, String reason) {
		ReissueRequest.Parsed parsed = ReissueRequest.parse(typed, NOW);
		assertFalse(parsed.accepted(), typed);
		assertTrue(parsed.refusal().contains(reason), parsed.refusal());
	}
}
