package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vms.uids}: the range, the pairs handed to VMs and kept in their directories, and the host's accounts. */
class VmUidsTest {
	@TempDir
	Path root;

	@Test
	void eachVmGetsTheLowestFreePairAndKeepsIt() throws Exception {
		VmUids uids = VmUids.parse("200001-200006");
		Vm first = vm();
		Vm second = vm();
		assertEquals(200002, uids.allocate(first), "QEMU's uid is even, swtpm's the next");
		assertEquals(200004, uids.allocate(second));
		assertEquals(200002, uids.allocate(first), "a VM keeps its uid");
		assertEquals("200002", Files.readString(first.dir().resolve(VmUids.UID_FILE)).strip());
		assertEquals(200003, VmUids.swtpm(200002).uid());
		assertEquals(200002, VmUids.swtpm(200002).gid(), "swtpm shares the VM's group, not QEMU's uid");
		IOException full = assertThrows(IOException.class, () -> uids.allocate(vm()));
		assertTrue(full.getMessage().contains("no free pair of uids left"), full.getMessage());
	}

	@Test
	void aVmRecordedOutsideTheRangeIsRefusedNotMoved() throws Exception {
		Vm vm = vm();
		VmUids.parse("200000-200009").allocate(vm);
		IOException moved = assertThrows(IOException.class, () -> VmUids.parse("300000-300009").allocate(vm));
		assertTrue(moved.getMessage().contains("is recorded with uid 200000"), moved.getMessage());
	}

	@Test
	void aRangeWithAnAccountOfTheHostIsRefused() throws Exception {
		IOException taken = assertThrows(IOException.class, () -> VmUids.parse("65000-66000").requireNoAccounts());
		assertTrue(taken.getMessage().contains("holds id 65534 of 'nobody'"), taken.getMessage());
		VmUids.parse(VmUids.DEFAULT).requireNoAccounts();
	}

	@Test
	void malformedRangesAreRefusedWithTheirReason() {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> VmUids.parse("200000")).getMessage()
				.contains("expected FIRST-LAST"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> VmUids.parse("10-20")).getMessage()
				.contains("FIRST >= 1000"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> VmUids.parse("200000-200000")).getMessage()
				.contains("at least two uids"));
	}

	private Vm vm() throws IOException {
		Vm vm = new Vm(UUID.randomUUID(), root.resolve(UUID.randomUUID().toString()));
		Files.createDirectories(vm.dir());
		return vm;
	}
}
