package org.vtpmconsole.agent.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the gateway takes from a QEMU command line: images in every spelling, doubled commas, -uuid. */
class QemuCommandLineTest {

	@Test
	void findsImagesOfEverySpellingAndTheUuid() {
		QemuCommandLine line = QemuCommandLine.parse(List.of("/usr/bin/qemu-system-x86_64", "-m", "64", "-drive",
				"if=virtio,file=/vms/a,,b.qcow2,format=qcow2", "--blockdev",
				"driver=file,node-name=f0,filename=/vms/c.qcow2", "-hda", "d.qcow2", "-uuid",
				"49508238-55c0-45a4-b6e5-0f3c1b2a9d11", "-name", "vm"));
		assertEquals(List.of("/vms/a,b.qcow2", "/vms/c.qcow2", "d.qcow2"), line.images());
		assertEquals(Optional.of("49508238-55c0-45a4-b6e5-0f3c1b2a9d11"), line.uuid());
	}

	@Test
	void aDriveWithoutFileAndAMissingUuidGiveNothing() {
		QemuCommandLine line = QemuCommandLine.parse(List.of("qemu", "-drive", "if=none,id=empty", "-uuid"));
		assertEquals(List.of(), line.images());
		assertEquals(Optional.empty(), line.uuid());
	}
}
