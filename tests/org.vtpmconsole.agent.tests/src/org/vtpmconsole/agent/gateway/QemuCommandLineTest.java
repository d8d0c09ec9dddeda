package org.vtpmconsole.agent.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * What the gateway takes from a QEMU command line, read as QEMU 7.2 reads it: images in every spelling, doubled
 * commas, the last of a repeated key, -uuid; what it cannot follow refuses the line.
 */
class QemuCommandLineTest {
	private static final String UUID_1 = "49508238-55c0-45a4-b6e5-0f3c1b2a9d11";
	private static final String UUID_2 = "0d6a1f6c-3c9e-4b7e-9a55-0c1d2e3f4a5b";

	@Test
	void findsImagesOfEverySpellingAndTheUuid() throws Refusal {
		QemuCommandLine line = parse("-m", "64", "-drive", "if=virtio,file=/vms/a,,b.qcow2,format=qcow2", "--blockdev",
				"driver=file,node-name=f0,filename=/vms/c.qcow2", "-hda", "d.qcow2", "-uuid", UUID_1, "-name", "vm");
		assertEquals(List.of("/vms/a,b.qcow2", "/vms/c.qcow2", "d.qcow2"), line.images());
		assertEquals(Optional.of(UUID_1), line.uuid());
	}

	@Test
	void theLastFileOfADriveIsTheOneQemuOpens() throws Refusal {
		QemuCommandLine line = parse("-drive", "file=/vms/decoy.qcow2,if=virtio,file=/vms/real.qcow2", "-uuid", UUID_1);
		assertEquals(List.of("/vms/real.qcow2"), line.images());
	}

	@Test
	void theLastUuidIsTheOneQemuTakes() throws Refusal {
		assertEquals(Optional.of(UUID_2), parse("-uuid", UUID_1, "-uuid", UUID_2).uuid());
	}

	@Test
	void protocolFileNamesOfDrivesAndBlockdevsAreImages() throws Refusal {
		QemuCommandLine line = parse("-drive", "if=virtio,file.driver=file,file.filename=/vms/e.qcow2", "-blockdev",
				"driver=qcow2,node-name=q,file.driver=file,file.filename=/vms/f.qcow2", "-blockdev",
				"driver=qcow2,node-name=r,file=f0");
		assertEquals(List.of("/vms/e.qcow2", "/vms/f.qcow2"), line.images(),
				"a -blockdev file= names a node, not a file");
	}

	@Test
	void blockdevInJsonFormNamesItsFilesAtAnyDepth() throws Refusal {
		QemuCommandLine line = parse("-blockdev",
				"{\"driver\":\"qcow2\",\"node-name\":\"disk\",\"file\":{\"driver\":\"file\",\"filename\":\"/vms/g.qcow2\"}}",
				"-blockdev", "{\"driver\":\"file\",\"filename\":\"/vms/h,i.qcow2\",\"node-name\":\"f\"}");
		assertEquals(List.of("/vms/g.qcow2", "/vms/h,i.qcow2"), line.images());
	}

	@Test
	void otherDiskOptionsAndABareArgumentAreImages() throws Refusal {
		QemuCommandLine line = parse("-cdrom", "/iso/x.iso", "-sd", "card.img", "-pflash", "/fw/vars.fd", "boot.qcow2");
		assertEquals(List.of("/iso/x.iso", "card.img", "/fw/vars.fd", "boot.qcow2"), line.images());
	}

	@Test
	void anOptionsArgumentIsNeverTakenForAnOption() throws Refusal {
		// -name takes an argument: "-uuid" here is the VM's name, and the -uuid that counts is the one after it
		QemuCommandLine line = parse("-name", "-uuid", "-uuid", UUID_2, "-nodefaults", "-S");
		assertEquals(Optional.of(UUID_2), line.uuid());
		assertEquals(List.of(), line.images());
	}

	@Test
	void aDriveWithoutFileAndNoUuidGiveNothing() throws Refusal {
		QemuCommandLine line = parse("-drive", "if=none,id=empty");
		assertEquals(List.of(), line.images());
		assertEquals(Optional.empty(), line.uuid());
	}

	@Test
	void readconfigSetAndAddFdAreRefused() {
		assertNotUnderstood("-readconfig", "-readconfig", "/etc/vm.cfg");
		assertNotUnderstood("-set", "-drive", "id=d0,file=/vms/a.qcow2", "-set", "drive.d0.file=/vms/b.qcow2");
		assertNotUnderstood("-add-fd", "-add-fd", "fd=3,set=1", "-drive", "file=/dev/fdset/1");
	}

	@Test
	void anUnknownOptionAMissingArgumentAndJsonFileNamesAreRefused() {
		assertNotUnderstood("-not-an-option", "-not-an-option", "x");
		assertNotUnderstood("-uuid", "-drive", "file=/vms/a.qcow2", "-uuid");
		assertNotUnderstood("json:", "-drive", "file=json:{\"file.filename\":\"/vms/b.qcow2\"}");
		assertNotUnderstood("JSON", "-blockdev", "{\"driver\":");
	}

	@Test
	void theAgentsOwnCommandLineIsUnderstood() throws Refusal {
		QemuCommandLine line = parse("-accel", "tcg", "-machine", "pc", "-m", "64", "-display", "none", "-nic", "none",
				"-monitor", "none", "-nodefaults", "-serial", "file:/vms/u/run/serial.log", "-uuid", UUID_1, "-drive",
				"file=/vms/u/disk.qcow2,if=virtio,format=qcow2", "-chardev", "socket,id=chrtpm,path=/vms/u/run/vtpm.sock",
				"-tpmdev", "emulator,id=tpm0,chardev=chrtpm", "-device", "tpm-tis,tpmdev=tpm0", "-qmp",
				"unix:/vms/u/run/qmp.sock,server=on,wait=off", "-pidfile", "/vms/u/run/qemu.pid", "-sandbox",
				"on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny");
		assertEquals(List.of("/vms/u/disk.qcow2"), line.images());
		assertEquals(Optional.of(UUID_1), line.uuid());
	}

	private static void assertNotUnderstood(String named, String... args) {
		Refusal refusal = assertThrows(Refusal.class, () -> parse(args));
		assertEquals(RefusalReason.COMMAND_LINE_NOT_UNDERSTOOD, refusal.reason());
		assertTrue(refusal.getMessage().contains(named), refusal.getMessage());
	}

	private static QemuCommandLine parse(String... args) throws Refusal {
		List<String> line = new ArrayList<>(List.of("/usr/bin/qemu-system-x86_64"));
		line.addAll(List.of(args));
		return QemuCommandLine.parse(line);
	}
}
