package org.vtpmconsole.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import org.vtpmconsole.label.HashAlgorithm;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelStatus;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * Writes the seed corpus of every fuzz target: valid inputs of each kind, from the real producers where there are
 * some (qemu-img images, a provisioned swtpm's public areas and attestations), by hand after the specifications
 * otherwise. {@code releng/fuzz.sh seeds} runs it; its output is committed, so the normal build needs neither swtpm
 * nor qemu-img for the fuzz module. Usage: {@code SeedCorpus RESOURCES_DIR}.
 */
public final class SeedCorpus {
	private static final HexFormat HEX = HexFormat.of();
	private final Path resources;
	private final SplittableRandom random = new SplittableRandom(20250601);

	private SeedCorpus(Path resources) {
		this.resources = resources;
	}

	public static void main(String[] args) throws Exception {
		SeedCorpus corpus = new SeedCorpus(Path.of(args[0]));
		corpus.labels();
		corpus.qcow2Headers();
		corpus.controlRequests();
		corpus.tpmFrames();
		corpus.tpmStructures();
		corpus.jsonBodies();
	}

	private void labels() throws IOException {
		Instant issued = Instant.parse("2025-06-01T08:00:00Z");
		write(FuzzTarget.LABEL, "rsa2048-sha256-local", label(LabelStatus.LOCAL, issued, 256, HashAlgorithm.SHA256,
				HashAlgorithm.SHA256).encode());
		write(FuzzTarget.LABEL, "rsa1024-sha1-migrating", label(LabelStatus.MIGRATING, issued, 128, HashAlgorithm.SHA1,
				HashAlgorithm.SHA1).encode());
		write(FuzzTarget.LABEL, "rsa4096-sha256-sha512-names", label(LabelStatus.LOCAL, issued, 512,
				HashAlgorithm.SHA256, HashAlgorithm.SHA512).encode());
		write(FuzzTarget.LABEL, "rsa3072-sha384-names", label(LabelStatus.MIGRATING, issued, 384, HashAlgorithm.SHA256,
				HashAlgorithm.SHA384).encode());
	}

	private Label label(LabelStatus status, Instant issued, int rsaBytes, HashAlgorithm digestAlg,
			HashAlgorithm nameAlg) {
		UUID vm = new UUID(random.nextLong(), random.nextLong());
		return Label.builder().status(status).validity(issued, issued.plus(Duration.ofDays(90)))
				.secret(bytes(rsaBytes)).digestAlgorithm(digestAlg).uuidHash(Label.uuidHash(digestAlg, vm))
				.qemuDigest(digestAlg.hash(bytes(64))).signerName(name(nameAlg)).recipientName(name(nameAlg)).build()
				.withSignature(bytes(rsaBytes));
	}

	private byte[] name(HashAlgorithm alg) {
		return ByteBuffer.allocate(2 + alg.digestLength()).putShort((short) alg.algId()).put(alg.hash(bytes(32)))
				.array();
	}

	/** First clusters of images qemu-img made: v3 and v2, with a backing file, and one with a label written. */
	private void qcow2Headers() throws Exception {
		Path dir = Files.createTempDirectory("seed-qcow2");
		try {
			write(FuzzTarget.QCOW2, "v3-512", firstCluster(qemuImg(dir, "v3.qcow2", "cluster_size=512"), 512));
			write(FuzzTarget.QCOW2, "v2-512", firstCluster(qemuImg(dir, "v2.qcow2", "cluster_size=512,compat=0.10"), 512));
			Path base = qemuImg(dir, "base.qcow2", "cluster_size=512");
			Path overlay = dir.resolve("overlay.qcow2");
			run("qemu-img", "create", "-q", "-f", "qcow2", "-o", "cluster_size=1024", "-b", base.toString(), "-F",
					"qcow2", overlay.toString());
			write(FuzzTarget.QCOW2, "v3-1024-backing-file", firstCluster(overlay, 1024));
			Path labelled = qemuImg(dir, "labelled.qcow2", "cluster_size=2048");
			new Qcow2LabelStore().write(labelled, label(LabelStatus.LOCAL, Instant.parse("2025-06-01T08:00:00Z"), 256,
					HashAlgorithm.SHA256, HashAlgorithm.SHA256));
			write(FuzzTarget.QCOW2, "v3-2048-labelled", firstCluster(labelled, 2048));
		} finally {
			try (Stream<Path> files = Files.list(dir)) {
				files.forEach(file -> file.toFile().delete());
			}
			Files.delete(dir);
		}
	}

	private static Path qemuImg(Path dir, String name, String options) throws Exception {
		Path image = dir.resolve(name);
		run("qemu-img", "create", "-q", "-f", "qcow2", "-o", options, image.toString(), "16M");
		return image;
	}

	private static byte[] firstCluster(Path image, int clusterSize) throws IOException {
		return Arrays.copyOf(Files.readAllBytes(image), clusterSize);
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed");
		}
	}

	/** Flag byte (1: a descriptor comes along), then control requests as QEMU 7.2's tpm_emulator.c writes them. */
	private void controlRequests() throws IOException {
		write(FuzzTarget.CONTROL, "qemu-startup", hex("00" + "00000001" + "00000011" + "00000000" + "00000002"
				+ "00000000" + "00000005" + "00000000"));
		write(FuzzTarget.CONTROL, "set-datafd-with-descriptor", hex("01" + "00000010"));
		write(FuzzTarget.CONTROL, "hash-sequence", hex("00" + "00000006" + "00000007" + "00000004" + "61626364"
				+ "00000008"));
		write(FuzzTarget.CONTROL, "state-blobs", hex("00" + "0000000c" + "00000000" + "00000001" + "00000000"
				+ "0000000d" + "00000000" + "00000002" + "00000010" + "00".repeat(16)));
		write(FuzzTarget.CONTROL, "info-and-establishment", hex("00" + "00000012" + "0000000000000001" + "00000000"
				+ "00000000" + "00000004" + "0000000b" + "03000000" + "0000000f" + "00000003"));
	}

	/** TPM commands as a guest's driver and QEMU's probe send them. */
	private void tpmFrames() throws IOException {
		String startup = "8001" + "0000000c" + "00000144" + "0000";
		String getRandom = "8001" + "0000000c" + "0000017b" + "0010";
		String pcrRead = "8001" + "00000014" + "0000017e" + "00000001" + "000b" + "03" + "ff0000";
		String tpm12Probe = "00c1" + "0000000e" + "00000065" + "00000005";
		String pcrExtendWithSession = "8002" + "00000041" + "00000182" + "00000000" + "00000009" + "40000009" + "0000"
				+ "01" + "0000" + "00000001" + "000b" + "11".repeat(32);
		write(FuzzTarget.FRAME, "startup", hex(startup));
		write(FuzzTarget.FRAME, "tpm12-probe", hex(tpm12Probe));
		write(FuzzTarget.FRAME, "pcr-extend-session", hex(pcrExtendWithSession));
		write(FuzzTarget.FRAME, "boot-stream", hex(startup + getRandom + pcrRead + getRandom));
	}

	/** TPMT_PUBLIC of every host key and the three kinds of TPMS_ATTEST, from a provisioned swtpm. */
	private void tpmStructures() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp(); TssHostTpm tpm = HostTpms.open(swtpm.address())) {
			tpm.provision();
			for (KeyRole role : KeyRole.values()) {
				write(FuzzTarget.PUBLIC_AREA, role.name().toLowerCase().replace('_', '-'),
						tpm.publicArea(role).encoded());
			}
			byte[] nonce = bytes(32);
			write(FuzzTarget.ATTESTATION, "quote-sha256-0-7",
					tpm.quote(nonce, PcrSelection.of(TpmHash.SHA256, 0, 1, 2, 3, 4, 5, 6, 7)).attest());
			write(FuzzTarget.ATTESTATION, "certify-rsa-local-by-aik",
					tpm.certify(KeyRole.RSA_LOCAL, KeyRole.AIK, nonce).attest());
			int index = 0x01c10101;
			tpm.nvDefineExtendIndex(index, TpmHash.SHA256);
			tpm.nvExtend(index, "seed".getBytes(StandardCharsets.US_ASCII));
			write(FuzzTarget.ATTESTATION, "nv-certify-extend-index", tpm.nvCertify(index, nonce).attest());
		}
	}

	/** A type letter (see JsonBodyFuzzTest.MESSAGES), then a body as clients, agents and the CA send it. */
	private void jsonBodies() throws IOException {
		List<String> bodies = List.of(
				"A{\"diskSize\":\"64M\",\"name\":\"web-1\"}",
				"B{}",
				"C{\"nonce\":\"AAECAwQFBgcICQoLDA0ODw==\"}",
				"D{\"days\":90}",
				"E{\"host\":\"kvm-01\",\"role\":\"aik\",\"nonce\":\"AAEC\",\"publicArea\":\"AAEACw==\",\"csr\":null,"
						+ "\"certifyAttest\":\"/1RDRw==\",\"certifySignature\":\"AQI=\",\"ekPublic\":\"AAEACw==\","
						+ "\"ekCertificate\":null}",
				"F{\"serial\":\"1a2b3c\",\"reason\":\"KEY_COMPROMISE\"}",
				"G{\"status\":400,\"code\":\"invalid_body\",\"message\":\"unknown field 'x'\"}",
				"I{\"vms\":[{\"uuid\":\"49508238-55c0-45a4-b6e5-0f3c1b2a9d11\",\"state\":\"running\",\"image\":\"disk.qcow2\","
						+ "\"name\":\"web-1\",\"accelerator\":\"kvm\",\"vtpm\":\"admitted\"}]}",
				"O{\"uuid\":\"49508238-55c0-45a4-b6e5-0f3c1b2a9d11\",\"banks\":{\"sha256\":[\"00\",\"ff\"]}}",
				"P{\"events\":[{\"seq\":1,\"time\":\"2025-06-01T08:00:00Z\",\"type\":\"vm.created\","
						+ "\"vm\":\"49508238-55c0-45a4-b6e5-0f3c1b2a9d11\",\"reason\":null,\"detail\":\"created\"}],"
						+ "\"next\":2,\"missed\":false}",
				"V{\"nonce\":\"AAECAwQFBgcICQoLDA0ODw==\",\"expiresAt\":\"2025-06-01T08:05:00Z\"}");
		for (String body : bodies) {
			write(FuzzTarget.JSON, "message-" + body.charAt(0), body.getBytes(StandardCharsets.UTF_8));
		}
	}

	private byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] hex(String hex) {
		return HEX.parseHex(hex);
	}

	private void write(FuzzTarget target, String name, byte[] input) throws IOException {
		Path dir = resources.resolve(target.inputsDirectory());
		Files.createDirectories(dir);
		try {
			Files.write(dir.resolve(name), input);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
