package org.vtpmconsole.label;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The quick fuzz run; releng/fuzz-label.sh runs the long one. */
class LabelFuzzTest {

	@Test
	void fiftyThousandMutatedLabelsOnlyEverFailWithTheCodecsOwnError() {
		LabelFuzzer.Report report = new LabelFuzzer(42).run(50_000);
		assertEquals(50_000, report.inputs());
		assertTrue(report.decoded() > 1_000, "mutations that keep a label valid were tried: " + report.decoded());
		assertTrue(report.refusals().size() == LabelFormatException.Kind.values().length, "refusal kinds reached: " + report.refusals().keySet());
	}
}
