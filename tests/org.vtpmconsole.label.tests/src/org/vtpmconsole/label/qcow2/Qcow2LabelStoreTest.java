package org.vtpmconsole.label.qcow2;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.SampleLabels;
import org.vtpmconsole.testing.QemuImg;

/** The label store against images made and checked by the real qemu-img 7.2. */
class Qcow2LabelStoreTest {
	private static final int FEATURE_TABLE_END = 504;

	@TempDir
	Path dir;

	private final Qcow2LabelStore store = new Qcow2LabelStore();
	private final Label label = SampleLabels.typical(11);

	@Test
	void aFreshImageHasNoLabelAndTakesOneAfterTheFeatureTable() throws Exception {
		Path image = created("fresh.qcow2");
		assertEquals(Optional.empty(), store.read(image));
		store.write(image, label);
		assertEquals(Optional.of(label), store.read(image));
		QemuImg.check(image).requireOk();
		ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(image));
		assertEquals(Qcow2Header.LABEL_EXTENSION, header.getInt(FEATURE_TABLE_END));
		assertEquals(label.encode().length, header.getInt(FEATURE_TABLE_END + 4));
		int padded = (label.encode().length + 7) & ~7;
		assertEquals(0L, header.getLong(FEATURE_TABLE_END + 8 + padded), "end marker");
	}

	@Test
	void replacingWithLargerAndSmallerLabelsLeavesNoStaleBytes() throws Exception {
		Path image = created("replace.qcow2");
		byte[] pristine = Files.readAllBytes(image);
		for (Label next : List.of(label, SampleLabels.largest(12), SampleLabels.typical(13), SampleLabels.rsa3072(14))) {
			store.write(image, next);
			assertEquals(Optional.of(next), store.read(image));
			QemuImg.check(image).requireOk();
			byte[] header = Files.readAllBytes(image);
			int end = FEATURE_TABLE_END + 8 + ((next.encode().length + 7) & ~7) + 8;
			assertTrue(isZero(header, end, 65536), "bytes after the end marker are zero");
		}
		assertTrue(store.remove(image));
		assertArrayEquals(pristine, Files.readAllBytes(image), "removal restores the image byte for byte");
		assertFalse(store.remove(image));
		assertEquals(Optional.empty(), store.readBytes(image));
		QemuImg.check(image).requireOk();
	}

	@Test
	void qemuImgSnapshotResizeAndAmendKeepTheLabel() throws Exception {
		Path image = created("ops.qcow2");
		store.write(image, label);
		QemuImg.snapshotCreate(image, "before-upgrade").requireOk();
		assertKept(image);
		QemuImg.resize(image, "+1G").requireOk();
		assertKept(image);
		QemuImg.amend(image, "lazy_refcounts=on").requireOk();
		assertKept(image);
		QemuImg.amend(image, "refcount_bits=64").requireOk();
		assertKept(image);
	}

	@Test
	void downgradingToVersion2KeepsTheLabelAndItStaysWritable() throws Exception {
		Path image = created("downgrade.qcow2");
		store.write(image, label);
		QemuImg.amend(image, "compat=0.10").requireOk();
		assertKept(image);
		assertEquals(2, ByteBuffer.wrap(Files.readAllBytes(image)).getInt(4), "now a version 2 image");
		Label next = SampleLabels.rsa3072(15);
		store.write(image, next);
		assertEquals(Optional.of(next), store.read(image));
		QemuImg.check(image).requireOk();
	}

	@Test
	void version2ImagesTakeALabel() throws Exception {
		Path image = dir.resolve("v2.qcow2");
		QemuImg.create(image, "1G", "compat=0.10").requireOk();
		store.write(image, label);
		assertEquals(Optional.of(label), store.read(image));
		assertEquals(Qcow2Header.LABEL_EXTENSION, ByteBuffer.wrap(Files.readAllBytes(image)).getInt(72));
		QemuImg.check(image).requireOk();
		assertTrue(store.remove(image));
		QemuImg.check(image).requireOk();
	}

	@Test
	void anOverlayKeepsItsBackingFileAndBackingFormat() throws Exception {
		created("base.qcow2");
		Path overlay = dir.resolve("overlay.qcow2");
		QemuImg.createWithBacking(overlay, "base.qcow2").requireOk();
		String before = QemuImg.infoJson(overlay).requireOk().output();
		assertTrue(before.contains("\"backing-filename\": \"base.qcow2\""), before);
		for (Label next : List.of(label, SampleLabels.largest(16))) {
			store.write(overlay, next);
			assertEquals(Optional.of(next), store.read(overlay));
			assertBackingKept(overlay);
		}
		ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(overlay));
		long backingOffset = header.getLong(8);
		assertEquals("base.qcow2", new String(Arrays.copyOfRange(header.array(), (int) backingOffset,
				(int) backingOffset + header.getInt(16)), StandardCharsets.US_ASCII));
		assertTrue(store.remove(overlay));
		assertBackingKept(overlay);
		assertEquals(Optional.empty(), store.readBytes(overlay));
	}

	@Test
	void aLabelThatDoesNotFitInTheFirstClusterIsRefusedAndNothingChanges() throws Exception {
		Path image = dir.resolve("small-clusters.qcow2");
		QemuImg.create(image, "64M", "cluster_size=512").requireOk();
		byte[] before = Files.readAllBytes(image);
		Qcow2Exception e = assertThrows(Qcow2Exception.class, () -> store.write(image, label));
		assertEquals("qcow2 image " + image + ": a label of 684 bytes does not fit in the first cluster: "
				+ "the header would need 816 bytes, the cluster has 512", e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(image));
		QemuImg.check(image).requireOk();
	}

	@Test
	void filesThatAreNotUsableQcow2ImagesAreRefusedByName() throws Exception {
		Path text = Files.writeString(dir.resolve("notes.txt"), "this is not a disk image, it is a note\n");
		assertRefused(text, "not a qcow2 image");
		assertRefused(Files.write(dir.resolve("empty.img"), new byte[0]), "not a qcow2 image");
		assertRefused(Files.write(dir.resolve("raw.img"), new byte[1 << 20]), "not a qcow2 image");
		assertRefused(dir.resolve("missing.qcow2"), "no such regular file");
		assertRefused(patched("v4.qcow2", 4, 4), "unsupported qcow2 version 4");
		assertRefused(patched("encrypted.qcow2", 32, 1), "encrypted image (crypt_method 1)");
		assertRefused(patched("corrupt.qcow2", 76, 2), "marked corrupt");
		assertRefused(patched("future.qcow2", 72, 1 << 16), "unknown incompatible features");
		assertRefused(patched("clusters.qcow2", 20, 30), "cluster_bits 30");
		assertRefused(patched("header-length.qcow2", 100, 108), "header_length 108");
		assertRefused(patched("extension.qcow2", 116, 100_000), "runs past offset 65536");
		byte[] head = Arrays.copyOf(Files.readAllBytes(created("short.qcow2")), 300);
		assertRefused(Files.write(dir.resolve("short.qcow2"), head), "shorter than its first cluster");
	}

	@Test
	void aWriteIsRefusedWhileQemuHasTheImageOpen() throws Exception {
		Path image = created("busy.qcow2");
		// interactive qemu-io keeps the image open (and locked) for as long as its standard input stays open
		Process qemuIo = new ProcessBuilder("qemu-io", image.toString()).redirectErrorStream(true).start();
		try {
			// its prompt comes once the image is open and locked; probing the lock meanwhile (qemu-img check) could
			// hold the lock just when qemu-io takes it and make qemu-io give up
			String output = awaitPrompt(qemuIo, "qemu-io> ");
			assertTrue(qemuIo.isAlive() && !QemuImg.check(image).ok(), "qemu-io holds the image lock: " + output);
			Qcow2Exception e = assertThrows(Qcow2Exception.class, () -> store.write(image, label));
			assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
			assertEquals(Optional.empty(), store.readBytes(image), "reading beside a running QEMU is fine");
		} finally {
			qemuIo.destroy();
			qemuIo.waitFor(10, TimeUnit.SECONDS);
		}
		store.write(image, label);
		assertEquals(Optional.of(label), store.read(image));
	}

	/** What the process printed up to and including {@code prompt}; fails if it ends or takes 30 s first. */
	private static String awaitPrompt(Process process, String prompt) throws Exception {
		StringBuilder output = new StringBuilder();
		CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
			// not closed: a qemu-io writing to a closed pipe would die of SIGPIPE
			try {
				var in = process.getInputStream();
				int c;
				while (output.indexOf(prompt) < 0 && (c = in.read()) >= 0) {
					output.append((char) c);
				}
				return output.toString();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		String printed = seen.get(30, TimeUnit.SECONDS);
		assertTrue(printed.contains(prompt), "qemu-io ended before opening the image: " + printed);
		return printed;
	}

	@Test
	void qemuImgCannotOpenTheImageWhileALabelIsBeingWritten() throws Exception {
		Path image = created("locked.qcow2");
		List<QemuImg.Result> duringWrites = new ArrayList<>();
		Disk probing = new RealDisk() {
			@Override
			public void write(FileChannel channel, long position, byte[] bytes) throws IOException {
				duringWrites.add(QemuImg.check(image));
				super.write(channel, position, bytes);
			}
		};
		new Qcow2LabelStore(probing).write(image, label);
		assertEquals(2, duringWrites.size(), "journal and image");
		for (QemuImg.Result check : duringWrites) {
			assertFalse(check.ok());
			assertTrue(check.output().contains("lock"), check.output());
		}
	}

	private Path created(String name) {
		Path image = dir.resolve(name);
		QemuImg.create(image, "1G").requireOk();
		return image;
	}

	private Path patched(String name, int offset, int value) throws IOException {
		Path image = created(name);
		try (FileChannel channel = FileChannel.open(image, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.allocate(4).putInt(0, value), offset);
		}
		return image;
	}

	private void assertRefused(Path file, String problem) throws IOException {
		byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
		Qcow2Exception e = assertThrows(Qcow2Exception.class, () -> store.write(file, label));
		assertTrue(e.getMessage().startsWith("qcow2 image " + file + ": ") && e.getMessage().contains(problem),
				e.getMessage());
		assertThrows(Qcow2Exception.class, () -> store.readBytes(file));
		if (before != null) {
			assertArrayEquals(before, Files.readAllBytes(file), "a refused image is left alone");
		}
	}

	private void assertKept(Path image) throws Exception {
		assertEquals(Optional.of(label), store.read(image));
		QemuImg.check(image).requireOk();
	}

	private void assertBackingKept(Path overlay) {
		QemuImg.check(overlay).requireOk();
		String info = QemuImg.infoJson(overlay).requireOk().output();
		assertTrue(info.contains("\"backing-filename\": \"base.qcow2\"") && info.contains("\"backing-filename-format\": \"qcow2\""),
				info);
	}

	private static boolean isZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}
}
