package org.vtpmconsole.label.qcow2;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.SampleLabels;
import org.vtpmconsole.testing.QemuImg;

/** Stops label writes at every possible point and checks that what remains reads as the old or the new label. */
class InterruptedWriteTest {
	private static final int CHECKS_PER_SCENARIO = 12;

	@TempDir
	Path dir;

	/** One store operation on an image. */
	interface Operation {
		void apply(Qcow2LabelStore store, Path image) throws IOException;
	}

	@Test
	void replacingALabelOnAnOverlayWithABackingFile() throws Exception {
		QemuImg.create(dir.resolve("base.qcow2"), "64M").requireOk();
		Path template = dir.resolve("template.qcow2");
		QemuImg.createWithBacking(template, "base.qcow2").requireOk();
		new Qcow2LabelStore().write(template, SampleLabels.typical(1));
		Label larger = SampleLabels.rsa3072(2);
		assertEveryCrashLeavesOldOrNew(template, (store, image) -> store.write(image, larger));
	}

	@Test
	void addingALabelToAVersion2Image() throws Exception {
		Path template = dir.resolve("template.qcow2");
		QemuImg.create(template, "64M", "compat=0.10").requireOk();
		Label label = SampleLabels.typical(3);
		assertEveryCrashLeavesOldOrNew(template, (store, image) -> store.write(image, label));
	}

	@Test
	void removingALabel() throws Exception {
		Path template = dir.resolve("template.qcow2");
		QemuImg.create(template, "64M").requireOk();
		new Qcow2LabelStore().write(template, SampleLabels.typical(4));
		assertEveryCrashLeavesOldOrNew(template, (store, image) -> store.remove(image));
	}

	@Test
	void recoveryFinishesAnyMixOfOldAndNewBytes() throws Exception {
		Path image = dir.resolve("mixed.qcow2");
		QemuImg.create(image, "64M").requireOk();
		Qcow2LabelStore store = new Qcow2LabelStore();
		store.write(image, SampleLabels.typical(5));
		byte[] before = Files.readAllBytes(image);
		Label next = SampleLabels.rsa3072(6);
		store.write(image, next);
		byte[] after = Files.readAllBytes(image);
		int from = firstDifference(before, after);
		int to = after.length - firstDifference(reversed(before), reversed(after));
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 50; round++) {
			byte[] torn = before.clone();
			for (int i = from; i < to; i++) {
				torn[i] = random.nextBoolean() ? after[i] : before[i];
			}
			Files.write(image, torn);
			Files.write(HeaderJournal.pathFor(image), HeaderJournal.encode(new HeaderJournal.Entry(from,
					Arrays.copyOfRange(before, from, to), Arrays.copyOfRange(after, from, to))));
			assertEquals(Optional.of(next), store.read(image));
			assertArrayEquals(after, Files.readAllBytes(image));
			assertFalse(Files.exists(HeaderJournal.pathFor(image)));
		}
		QemuImg.check(image).requireOk();
	}

	@Test
	void aJournalTheImageNoLongerMatchesIsRefusedAndKept() throws Exception {
		Path image = dir.resolve("changed.qcow2");
		QemuImg.create(image, "64M").requireOk();
		byte[] header = Arrays.copyOf(Files.readAllBytes(image), 1024);
		byte[] intended = header.clone();
		intended[600] = 1;
		Files.write(HeaderJournal.pathFor(image), HeaderJournal.encode(new HeaderJournal.Entry(0, header, intended)));
		try (FileChannel channel = FileChannel.open(image, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(new byte[] { 2 }), 600);
		}
		Qcow2Exception e = assertThrows(Qcow2Exception.class, () -> new Qcow2LabelStore().readBytes(image));
		assertTrue(e.getMessage().contains(image.toString()) && e.getMessage().contains("vtpm-label-journal"),
				e.getMessage());
		assertTrue(Files.exists(HeaderJournal.pathFor(image)));
	}

	private void assertEveryCrashLeavesOldOrNew(Path template, Operation operation) throws Exception {
		Qcow2LabelStore plain = new Qcow2LabelStore();
		Optional<byte[]> oldLabel = plain.readBytes(template);
		byte[] oldFile = Files.readAllBytes(template);
		Path reference = dir.resolve("reference.qcow2");
		Files.copy(template, reference);
		CrashingDisk unlimited = new CrashingDisk(Long.MAX_VALUE);
		operation.apply(new Qcow2LabelStore(unlimited), reference);
		Optional<byte[]> newLabel = plain.readBytes(reference);
		byte[] newFile = Files.readAllBytes(reference);
		long steps = unlimited.used();
		long checkEvery = Math.max(1, steps / CHECKS_PER_SCENARIO);
		int endedOld = 0;
		Path image = dir.resolve("work.qcow2");
		for (long budget = 0; budget < steps; budget++) {
			Files.copy(template, image, StandardCopyOption.REPLACE_EXISTING);
			long stoppedAt = budget;
			assertThrows(CrashingDisk.Crash.class,
					() -> operation.apply(new Qcow2LabelStore(new CrashingDisk(stoppedAt)), image));
			Optional<byte[]> label = plain.readBytes(image);
			byte[] file = Files.readAllBytes(image);
			boolean old = Arrays.equals(file, oldFile);
			assertTrue(old || Arrays.equals(file, newFile), "image is neither old nor new after " + budget + " steps");
			assertTrue(Arrays.equals(label.orElse(null), (old ? oldLabel : newLabel).orElse(null)));
			assertFalse(Files.exists(HeaderJournal.pathFor(image)), "journal left after recovery");
			endedOld += old ? 1 : 0;
			if (budget % checkEvery == 0 || budget == steps - 1) {
				QemuImg.check(image).requireOk();
			}
		}
		assertTrue(endedOld > 0 && endedOld < steps, "crashes ended old " + endedOld + " of " + steps + " times");
	}

	private static int firstDifference(byte[] a, byte[] b) {
		int i = 0;
		while (a[i] == b[i]) {
			i++;
		}
		return i;
	}

	private static byte[] reversed(byte[] bytes) {
		byte[] out = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			out[i] = bytes[bytes.length - 1 - i];
		}
		return out;
	}
}
