package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceleratorTest {
	@TempDir
	Path dir;

	@Test
	void withoutAUsableKvmDeviceAutoFallsBackToTcgAndKvmIsAClearError() throws Exception {
		Path missing = dir.resolve("no-kvm");
		assertEquals("tcg", Accelerator.AUTO.choose(missing));
		assertEquals("tcg", Accelerator.TCG.choose(missing));
		IOException refused = assertThrows(IOException.class, () -> Accelerator.KVM.choose(missing));
		assertTrue(refused.getMessage().contains("vms.accelerator is kvm, but " + missing + " cannot be opened read-write"),
				refused.getMessage());

	}

	@Test
	void configNamesParseAndAnythingElseIsNamed() {
		assertEquals(Accelerator.AUTO, Accelerator.parse("auto"));
		assertEquals(Accelerator.KVM, Accelerator.parse("kvm"));
		assertEquals(Accelerator.TCG, Accelerator.parse("tcg"));
		assertEquals("expected auto, kvm or tcg, got 'KVM'",
				assertThrows(IllegalArgumentException.class, () -> Accelerator.parse("KVM")).getMessage());
	}
}
