package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostNamesTest {

	@Test
	void eachSpellingOfAHostHasOneCanonicalForm() {
		assertEquals("host-a.fleet.test", HostNames.canonical("Host-A.FLEET.test."));
		assertEquals("host-a.fleet.test", HostNames.canonical("host-a.fleet.test"));
		assertEquals("10.0.0.1", HostNames.canonical("10.0.0.1"));
		assertEquals("10.0.0.1", HostNames.canonical("::ffff:10.0.0.1"));
		assertEquals("0:0:0:0:0:0:0:1", HostNames.canonical("::1"));
		assertEquals("0:0:0:0:0:0:0:1", HostNames.canonical("0:0::0:1"));
	}

	@Test
	void ambiguousOrInvalidSpellingsAreRefusedWithTheirReason() {
		for (String ambiguous : new String[] { "010.0.0.1", "10.0.0.01", "10.1", "167772161", "10.0.0.1." }) {
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
					() -> HostNames.canonical(ambiguous), ambiguous);
			assertTrue(refused.getMessage().contains("ambiguous IPv4"), refused.getMessage());
		}
		for (String invalid : new String[] { "host..a", "-host", "*.fleet.test", "host_a", "", ".", "1::2::3" }) {
			assertThrows(IllegalArgumentException.class, () -> HostNames.canonical(invalid), invalid);
		}
	}
}
