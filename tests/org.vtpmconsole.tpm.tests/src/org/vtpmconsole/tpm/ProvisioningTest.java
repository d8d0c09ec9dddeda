package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.verify.TpmPublicArea;
import tss.tpm.CreateResponse;
import tss.tpm.TPM2B_PUBLIC_KEY_RSA;
import tss.tpm.TPMA_NV;
import tss.tpm.TPMA_OBJECT;
import tss.tpm.TPMS_NULL_ASYM_SCHEME;
import tss.tpm.TPMS_NV_PUBLIC;
import tss.tpm.TPMS_PCR_SELECTION;
import tss.tpm.TPMS_RSA_PARMS;
import tss.tpm.TPMS_SENSITIVE_CREATE;
import tss.tpm.TPMT_PUBLIC;
import tss.tpm.TPMT_SYM_DEF_OBJECT;
import tss.tpm.TPM_ALG_ID;
import tss.tpm.TPM_HANDLE;

class ProvisioningTest {

	@Test
	void firstRunCreatesEveryKeyAndSecondRunChangesNothing() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp(); TssHostTpm tpm = swtpm.openHostTpm()) {
			ProvisioningReport first = tpm.provision();
			assertTrue(first.keys().stream().allMatch(ProvisionedKey::created), first.describe());
			assertEquals(EkCertificates.NONE, first.ekCertificateStatus());
			assertTrue(first.ekCertificate().isEmpty());
			List<Integer> handlesAfterFirst = persistentHandles(tpm);
			assertEquals(List.of(KeyHandles.SRK, KeyHandles.AIK, KeyHandles.VMEK, KeyHandles.RSA_LOCAL,
					KeyHandles.RSA_MIG, KeyHandles.EK), handlesAfterFirst);

			long commandsBefore = tpm.commandCount();
			ProvisioningReport second = tpm.provision();
			assertFalse(second.changedTpm(), second.describe());
			for (KeyRole role : KeyRole.values())
				assertArrayEquals(first.key(role).name(), second.key(role).name(), role.name());
			assertEquals(handlesAfterFirst, persistentHandles(tpm));
			// the reads of the six keys and the EK certificate, and a look at the two legacy handles
			assertTrue(tpm.commandCount() - commandsBefore <= 10, "second run only reads");
		}
	}

	@Test
	void keysHaveTheSpecAttributesAndNamesMatchTheirPublicAreas() throws Exception {
		try (ProvisionedSwtpm fixture = ProvisionedSwtpm.start()) {
			TssHostTpm tpm = fixture.tpm;
			for (KeyRole role : KeyRole.values()) {
				TpmPublicArea area = tpm.publicArea(role);
				assertArrayEquals(area.name(), tpm.name(role), "name of " + role);
				assertArrayEquals(tpm.name(role), KeyNames.expectedName(role, tpm.publicKey(role)),
						"name of " + role + " from its public key alone");
				assertTrue(area.isNonMigratable(), role + " must be fixedTPM|fixedParent");
				assertEquals(2048, area.keyBits());
				assertEquals(tpm.publicKey(role), area.rsaPublicKey());
			}
			TpmPublicArea mig = tpm.publicArea(KeyRole.RSA_MIG);
			assertTrue(mig.hasAttributes(TpmPublicArea.SIGN | TpmPublicArea.DECRYPT));
			assertFalse(mig.hasAttributes(TpmPublicArea.RESTRICTED));
			assertEquals(TpmPublicArea.TPM_ALG_NULL, mig.schemeAlg());
			assertTrue(tpm.publicArea(KeyRole.AIK).hasAttributes(TpmPublicArea.RESTRICTED | TpmPublicArea.SIGN));
			assertArrayEquals(KeyTemplates.EK_POLICY, tpm.publicArea(KeyRole.EK).authPolicy());

			TpmInfo info = tpm.info();
			assertEquals("IBM", info.manufacturer());
			assertTrue(info.pcrBanks().keySet().containsAll(List.of(org.vtpmconsole.tpm.verify.TpmHash.SHA1,
					org.vtpmconsole.tpm.verify.TpmHash.SHA256)), info.describe());
			assertTrue(info.keys().stream().allMatch(TpmInfo.Key::present), info.describe());
			assertTrue(info.describe().contains("no EK certificate"), info.describe());
		}
	}

	@Test
	void keysSurviveARestartOfTheTpm() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp()) {
			ProvisioningReport before;
			try (TssHostTpm tpm = swtpm.openHostTpm()) {
				before = tpm.provision();
			}
			swtpm.restart();
			try (TssHostTpm tpm = swtpm.openHostTpm()) {
				ProvisioningReport after = tpm.provision();
				assertFalse(after.changedTpm(), after.describe());
				for (KeyRole role : KeyRole.values())
					assertArrayEquals(before.key(role).name(), after.key(role).name(), role.name());
			}
		}
	}

	@Test
	void aForeignKeyAtOurHandleIsRefusedAndLeftUntouched() throws Exception {
		try (ProvisionedSwtpm fixture = ProvisionedSwtpm.start()) {
			TssHostTpm tpm = fixture.tpm;
			TpmChannel channel = tpm.channel();
			byte[] foreignName = channel.operation("test: plant a migratable key at RSA_MIG's handle", () -> {
				TPM_HANDLE handle = TPM_HANDLE.from(KeyHandles.RSA_MIG);
				channel.run("evict", t -> {
					t.EvictControl(TPM_HANDLE.OWNER, handle, handle);
					return null;
				});
				TPMT_PUBLIC migratable = new TPMT_PUBLIC(TPM_ALG_ID.SHA256,
						new TPMA_OBJECT(TpmPublicArea.SENSITIVE_DATA_ORIGIN | TpmPublicArea.USER_WITH_AUTH
								| TpmPublicArea.SIGN | TpmPublicArea.DECRYPT),
						new byte[0], new TPMS_RSA_PARMS(new TPMT_SYM_DEF_OBJECT(TPM_ALG_ID.NULL, 0, TPM_ALG_ID.NULL),
								new TPMS_NULL_ASYM_SCHEME(), 2048, 0),
						new TPM2B_PUBLIC_KEY_RSA(new byte[0]));
				TPM_HANDLE srk = TPM_HANDLE.from(KeyHandles.SRK);
				CreateResponse created = channel.command("create", t -> t.Create(srk, new TPMS_SENSITIVE_CREATE(),
						migratable, new byte[0], new TPMS_PCR_SELECTION[0]));
				TPM_HANDLE loaded = channel.command("load", t -> t.Load(srk, created.outPrivate, created.outPublic));
				try {
					channel.run("persist", t -> {
						t.EvictControl(TPM_HANDLE.OWNER, loaded, handle);
						return null;
					});
				} finally {
					channel.flushQuietly(loaded);
				}
				return created.outPublic.getName();
			});
			TpmException refused = assertThrows(TpmException.class, tpm::provision);
			assertTrue(refused.getMessage().contains("0x81000112") && refused.getMessage().contains("RSA_MIG")
					&& refused.getMessage().contains("objectAttributes"), refused.getMessage());
			assertArrayEquals(foreignName, tpm.name(KeyRole.RSA_MIG), "provisioning must not replace it");
		}
	}

	@Test
	void anEkCertificateInTheTcgIndexIsReadAndCheckedAgainstTheEk() throws Exception {
		try (ProvisionedSwtpm fixture = ProvisionedSwtpm.start()) {
			TssHostTpm tpm = fixture.tpm;
			byte[] der = selfSignedCertificateFor(tpm);
			TpmChannel channel = tpm.channel();
			channel.operation("test: write an EK certificate", () -> {
				TPM_HANDLE index = TPM_HANDLE.from(KeyHandles.EK_CERTIFICATE_NV_INDEX);
				int ownerWriteOwnerRead = 0x2 | 0x20000 | 0x2000000;
				channel.run("define", t -> {
					t.NV_DefineSpace(TPM_HANDLE.OWNER, new byte[0], new TPMS_NV_PUBLIC(index, TPM_ALG_ID.SHA256,
							new TPMA_NV(ownerWriteOwnerRead), new byte[0], der.length));
					return null;
				});
				for (int offset = 0; offset < der.length; offset += 512) {
					int at = offset;
					byte[] chunk = java.util.Arrays.copyOfRange(der, offset, Math.min(der.length, offset + 512));
					channel.run("write", t -> {
						t.NV_Write(TPM_HANDLE.OWNER, index, chunk, at);
						return null;
					});
				}
				return null;
			});
			assertArrayEquals(der, tpm.ekCertificate().orElseThrow().getEncoded());
			ProvisioningReport report = tpm.provision();
			assertTrue(report.ekCertificateStatus().contains("matches the EK"), report.ekCertificateStatus());
		}
	}

	private static byte[] selfSignedCertificateFor(TssHostTpm tpm) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair issuer = generator.generateKeyPair();
		X500Name name = new X500Name("CN=test EK CA");
		Date now = new Date();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, now,
				new Date(now.getTime() + 86_400_000L), new X500Name("CN=test EK"), tpm.publicKey(KeyRole.EK));
		return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())))
				.getEncoded();
	}

	static List<Integer> persistentHandles(TssHostTpm tpm) throws TpmException {
		TpmChannel channel = tpm.channel();
		return channel.operation("test: list persistent handles", () -> channel.handles(TpmChannel.PERSISTENT_FIRST));
	}
}
