package org.vtpmconsole.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.label.LabelCheck.Kind;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.testing.QemuImg;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;

/** Label creation, verification and the SPEC §4.3 exchange between two real swtpm "hosts". */
class HostLabelsTest {

	private static final UUID VM1 = UUID.fromString("49508238-55c0-45a4-b6e5-0f3c1b2a9d11");
	private static final UUID VM2 = UUID.fromString("7c1f0a52-9d3e-4b8a-a5f1-2e6d8c4b3a90");
	private static final byte[] QEMU = HashAlgorithm.SHA256.hash("qemu-system-x86_64 7.2".getBytes());
	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	private static ProvisionedSwtpm a;
	private static ProvisionedSwtpm b;
	private static TssHostTpm hostA;
	private static TssHostTpm hostB;

	@TempDir
	Path dir;

	@BeforeAll
	static void startHosts() throws Exception {
		a = ProvisionedSwtpm.start();
		b = ProvisionedSwtpm.start();
		hostA = a.tpm;
		hostB = b.tpm;
	}

	@AfterAll
	static void stopHosts() {
		a.close();
		b.close();
	}

	private static HostLabels labels(TssHostTpm tpm, Instant now) {
		return new HostLabels(tpm, Clock.fixed(now, ZoneOffset.UTC), new SecureRandom());
	}

	private static TrustedSigner rsaMig(TssHostTpm tpm) throws Exception {
		return new TrustedSigner(tpm.publicKey(KeyRole.RSA_MIG), tpm.name(KeyRole.RSA_MIG), TrustedSigner.Role.RSA_MIG,
				"RSA_mig of " + tpm.address());
	}

	private static Set<Kind> failed(LabelVerification verification) {
		return verification.failures().stream().map(LabelCheck::kind).collect(Collectors.toSet());
	}

	@Test
	void createdLabelVerifiesAndBindsVmAndQemu() throws Exception {
		try (HostLabels.Created created = labels(hostA, T0).create(VM1, QEMU, Duration.ofDays(30))) {
			Label label = created.label();
			assertEquals(LabelStatus.LOCAL, label.status());
			assertArrayEquals(hostA.name(KeyRole.RSA_LOCAL), label.signerName());
			assertArrayEquals(hostA.name(KeyRole.RSA_LOCAL), label.recipientName());
			LabelVerifier.Expectations expected = LabelVerifier.Expectations.none().withVm(VM1)
					.withApprovedQemu(List.of(QEMU)).withStateKeyCheckValue(created.stateKey().checkValue());
			LabelVerification verification = labels(hostA, T0.plusSeconds(60)).check(label, expected);
			assertTrue(verification.valid(), verification.summary());
			assertEquals(6, verification.checks().size());
			assertTrue(verification.checks().stream().allMatch(c -> c.outcome() == LabelCheck.Outcome.PASSED));

			LabelVerification otherQemu = labels(hostA, T0).check(label,
					LabelVerifier.Expectations.none().withApprovedQemu(List.of(HashAlgorithm.SHA256.hash(new byte[1]))));
			assertEquals(Set.of(Kind.QEMU), failed(otherQemu));
			// the same label is not trusted by another host's keys
			assertEquals(Set.of(Kind.SIGNER), failed(labels(hostB, T0).check(label, LabelVerifier.Expectations.none())));
		}
	}

	@Test
	void rotationGivesAFreshKeyUnderTheSameBindingAndValidity() throws Exception {
		try (HostLabels.Created created = labels(hostA, T0).create(VM1, QEMU, Duration.ofDays(30))) {
			Label label = created.label();
			byte[] currentCheckValue = created.stateKey().checkValue();
			LabelVerifier.Expectations expected = LabelVerifier.Expectations.none().withVm(VM1)
					.withApprovedQemu(List.of(QEMU)).withStateKeyCheckValue(currentCheckValue);
			HostLabels nextDay = labels(hostA, T0.plus(Duration.ofDays(1)));
			try (HostLabels.Rotation rotation = nextDay.rotate(label, expected)) {
				Label rotated = rotation.label();
				assertArrayEquals(currentCheckValue, rotation.currentKey().checkValue(), "the key the state opens with now");
				assertFalse(Arrays.equals(currentCheckValue, rotation.nextKey().checkValue()), "a fresh key");
				assertFalse(Arrays.equals(label.secret(), rotated.secret()));
				assertEquals(label.notBefore(), rotated.notBefore(), "rotation keeps the validity window");
				assertEquals(label.notAfter(), rotated.notAfter());
				assertArrayEquals(label.uuidHash(), rotated.uuidHash());
				assertArrayEquals(label.qemuDigest(), rotated.qemuDigest());
				assertEquals(LabelStatus.LOCAL, rotated.status());
				LabelVerifier.Expectations rotatedVtpm = expected
						.withStateKeyCheckValue(rotation.nextKey().checkValue());
				assertTrue(nextDay.check(rotated, rotatedVtpm).valid(), nextDay.check(rotated, rotatedVtpm).summary());
				assertEquals(Set.of(Kind.STATE_KEY), failed(nextDay.check(rotated, expected)),
						"the new label no longer opens a vTPM still encrypted with the old key");
			}

			assertTrue(assertThrows(LabelException.class, () -> labels(hostA, T0.plus(Duration.ofDays(31)))
					.rotate(label, expected)).getMessage().contains("expired"));
			byte[] otherVtpm = HashAlgorithm.SHA256.hash(new byte[] { 1 });
			assertTrue(assertThrows(LabelException.class, () -> nextDay.rotate(label,
					expected.withStateKeyCheckValue(otherVtpm))).getMessage().contains("does not open this vTPM"));
			assertTrue(assertThrows(LabelException.class, () -> labels(hostB, T0).rotate(label, expected)).getMessage()
					.contains("unknown key"));
			Label migrating = labels(hostA, T0).toMigrating(label, rsaMig(hostB));
			assertTrue(assertThrows(LabelException.class, () -> nextDay.rotate(migrating, expected)).getMessage()
					.contains("MIGRATING"));
		}
	}

	@Test
	void seedsThreeCrossedCombinationsFailForDistinctReasons() throws Exception {
		HostLabels host = labels(hostA, T0);
		try (HostLabels.Created vm1 = host.create(VM1, QEMU, Duration.ofDays(30));
				HostLabels.Created vm2 = host.create(VM2, QEMU, Duration.ofDays(30))) {
			byte[] vtpm1 = vm1.stateKey().checkValue();
			byte[] vtpm2 = vm2.stateKey().checkValue();
			LabelVerifier.Expectations none = LabelVerifier.Expectations.none();

			assertTrue(host.check(vm1.label(), none.withVm(VM1).withStateKeyCheckValue(vtpm1)).valid(), "the right triple");
			LabelVerification image1Vtpm2Uuid1 = host.check(vm1.label(), none.withVm(VM1).withStateKeyCheckValue(vtpm2));
			LabelVerification image1Vtpm1Uuid2 = host.check(vm1.label(), none.withVm(VM2).withStateKeyCheckValue(vtpm1));
			LabelVerification image2Vtpm1Uuid1 = host.check(vm2.label(), none.withVm(VM1).withStateKeyCheckValue(vtpm1));

			assertEquals(Set.of(Kind.STATE_KEY), failed(image1Vtpm2Uuid1));
			assertEquals(Set.of(Kind.UUID), failed(image1Vtpm1Uuid2));
			assertEquals(Set.of(Kind.UUID, Kind.STATE_KEY), failed(image2Vtpm1Uuid1));
			assertThrows(LabelException.class,
					() -> host.openStateKey(vm1.label(), none.withVm(VM1).withStateKeyCheckValue(vtpm2)));
			try (StateKey opened = host.openStateKey(vm1.label(), none.withVm(VM1).withStateKeyCheckValue(vtpm1))) {
				assertArrayEquals(vtpm1, opened.checkValue());
			}
		}
	}

	@Test
	void aBitFlipInAnySignedByteFailsVerification() throws Exception {
		try (HostLabels.Created created = labels(hostA, T0).create(VM1, QEMU, Duration.ofDays(30))) {
			byte[] good = created.label().encode();
			List<TrustedSigner> signers = labels(hostA, T0).ownSigners();
			int signedLength = created.label().signedBytes().length;
			int refusedByCodec = 0;
			for (int index = 0; index < signedLength; index++) {
				for (int bit = 0; bit < 8; bit++) {
					byte[] flipped = good.clone();
					flipped[index] ^= (byte) (1 << bit);
					Label decoded;
					try {
						decoded = LabelCodec.decode(flipped);
					} catch (LabelFormatException e) {
						refusedByCodec++;
						continue;
					}
					LabelVerification verification = LabelVerifier.verify(decoded, signers, T0,
							LabelVerifier.Expectations.none());
					assertTrue(verification.failed(Kind.SIGNATURE) || verification.failed(Kind.SIGNER),
							"flip at byte " + index + " bit " + bit + " went unnoticed");
				}
			}
			assertTrue(refusedByCodec > 0 && refusedByCodec < signedLength * 8);
		}
	}

	@Test
	void expiredLabelIsRefusedUntilReissued() throws Exception {
		Label label;
		try (HostLabels.Created created = labels(hostA, T0).create(VM1, QEMU, Duration.ofDays(1))) {
			label = created.label();
		}
		Instant later = T0.plus(Duration.ofDays(3));
		LabelVerification expired = labels(hostA, later).check(label, LabelVerifier.Expectations.none());
		assertEquals(Set.of(Kind.VALIDITY), failed(expired));
		assertTrue(expired.summary().contains("expired at 2026-11-23T10:00:00Z"), expired.summary());

		Label reissued = labels(hostA, later).reissue(label, Duration.ofDays(10));
		assertTrue(labels(hostA, later).check(reissued, LabelVerifier.Expectations.none()).valid());
		assertArrayEquals(label.secret(), reissued.secret(), "the same state key");
		assertEquals(later, reissued.notBefore());
	}

	@Test
	void exchangeMovesTheStateKeyFromHostAToHostB() throws Exception {
		Instant departure = T0.plus(Duration.ofHours(1));
		try (HostLabels.Created created = labels(hostA, T0).create(VM1, QEMU, Duration.ofDays(30))) {
			Label local = created.label();
			byte[] before = local.encode();

			Label migrating = labels(hostA, departure).toMigrating(local, rsaMig(hostB));
			assertArrayEquals(before, local.encode(), "the source label is untouched");
			assertEquals(LabelStatus.MIGRATING, migrating.status());
			assertEquals(departure, migrating.notBefore(), "notBefore is the departure stamp");
			assertArrayEquals(hostA.name(KeyRole.RSA_MIG), migrating.signerName());
			assertArrayEquals(hostB.name(KeyRole.RSA_MIG), migrating.recipientName());
			assertTrue(LabelVerifier.verify(migrating, List.of(rsaMig(hostA)), departure,
					LabelVerifier.Expectations.none()).valid());

			Label arrived = labels(hostB, departure.plusSeconds(5)).toLocal(migrating, rsaMig(hostA));
			assertEquals(LabelStatus.LOCAL, arrived.status());
			assertArrayEquals(hostB.name(KeyRole.RSA_LOCAL), arrived.signerName());
			try (StateKey onB = labels(hostB, departure.plusSeconds(5)).openStateKey(arrived,
					LabelVerifier.Expectations.none().withVm(VM1))) {
				assertArrayEquals(created.stateKey().checkValue(), onB.checkValue(), "the same state key arrived");
			}
			assertFalse(labels(hostA, departure).check(arrived, LabelVerifier.Expectations.none()).valid(),
					"the source no longer accepts the moved label");
		}
	}

	@Test
	void exchangeRefusals() throws Exception {
		Instant now = T0.plusSeconds(10);
		try (HostLabels.Created created = labels(hostA, T0).create(VM1, QEMU, Duration.ofDays(30))) {
			Label migrating = labels(hostA, now).toMigrating(created.label(), rsaMig(hostB));

			LabelException notLocal = assertThrows(LabelException.class,
					() -> labels(hostA, now).toMigrating(migrating, rsaMig(hostB)));
			assertTrue(notLocal.getMessage().contains("only LOCAL labels"), notLocal.getMessage());

			LabelException wrongSource = assertThrows(LabelException.class,
					() -> labels(hostB, now).toLocal(migrating, rsaMig(hostB)));
			assertTrue(wrongSource.getMessage().contains("unknown key"), wrongSource.getMessage());

			LabelException notForMe = assertThrows(LabelException.class,
					() -> labels(hostA, now).toLocal(migrating, rsaMig(hostA)));
			assertTrue(notForMe.getMessage().contains("wrapped for another host"), notForMe.getMessage());

			LabelException local = assertThrows(LabelException.class,
					() -> labels(hostB, now).toLocal(created.label(), rsaMig(hostA)));
			assertTrue(local.getMessage().contains("only a MIGRATING label"), local.getMessage());

			byte[] tampered = migrating.encode();
			tampered[20] ^= 1; // inside notAfter
			LabelException altered = assertThrows(LabelException.class,
					() -> labels(hostB, now).toLocal(LabelCodec.decode(tampered), rsaMig(hostA)));
			assertTrue(altered.getMessage().contains("altered after signing"), altered.getMessage());
		}
	}

	@Test
	void labelLivesInAQcow2ImageThatQemuImgAccepts() throws Exception {
		Path image = dir.resolve("vm1.qcow2");
		QemuImg.create(image, "64M").requireOk();
		Qcow2LabelStore store = new Qcow2LabelStore();
		try (HostLabels.Created created = labels(hostA, T0).create(VM1, QEMU, Duration.ofDays(30))) {
			store.write(image, created.label());
		}
		QemuImg.check(image).requireOk();
		QemuImg.snapshotCreate(image, "before-boot").requireOk();
		Label read = store.read(image).orElseThrow();
		assertTrue(labels(hostA, T0).check(read, LabelVerifier.Expectations.none().withVm(VM1)).valid());
		assertNotEquals(0, read.encode().length);
	}
}
