package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.transport.SocketTransport;
import org.vtpmconsole.tpm.verify.CredentialMaker;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.QuoteVerifier;
import org.vtpmconsole.tpm.verify.SignatureVerifier;
import org.vtpmconsole.tpm.verify.TpmHash;
import tss.tpm.TPMS_PCR_SELECTION;
import tss.tpm.TPMS_SENSITIVE_CREATE;
import tss.tpm.TPM_HANDLE;

/** libtpms has three transient object slots and no resource manager over sockets. */
class SlotStressTest {
	private static final int NV_INDEX = 0x01500200;

	@Test
	void manyInterleavedOperationsOnAllKeysInRandomOrderNeverRunOutOfSlots() throws Exception {
		try (ProvisionedSwtpm fixture = ProvisionedSwtpm.start()) {
			TssHostTpm tpm = fixture.tpm;
			tpm.nvDefineExtendIndex(NV_INDEX, TpmHash.SHA256);
			tpm.nvExtend(NV_INDEX, new byte[] { 0 }); // an unwritten index cannot be certified
			long seed = System.nanoTime();
			Random order = new Random(seed);
			SecureRandom random = new SecureRandom();
			CredentialMaker ca = new CredentialMaker(random);
			byte[] ekPublic = tpm.publicArea(KeyRole.EK).encoded();
			KeyRole[] signers = { KeyRole.RSA_LOCAL, KeyRole.RSA_MIG, KeyRole.VMEK };
			KeyRole[] decrypters = { KeyRole.RSA_LOCAL, KeyRole.RSA_MIG };
			for (int i = 0; i < 150; i++) {
				String step = "step " + i + " (seed " + seed + ")";
				switch (order.nextInt(7)) {
				case 0 -> {
					KeyRole role = signers[order.nextInt(signers.length)];
					byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] { (byte) i });
					assertTrue(SignatureVerifier.verifyDigest(tpm.publicKey(role), digest, tpm.signSha256(role, digest)),
							step);
				}
				case 1 -> {
					KeyRole role = decrypters[order.nextInt(decrypters.length)];
					Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
					cipher.init(Cipher.ENCRYPT_MODE, tpm.publicKey(role), new OAEPParameterSpec("SHA-256", "MGF1",
							MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
					byte[] plain = { (byte) i, 2, 3 };
					assertArrayEquals(plain, tpm.decryptOaepSha256(role, cipher.doFinal(plain)), step);
				}
				case 2 -> {
					byte[] nonce = MessageDigest.getInstance("SHA-256").digest(new byte[] { (byte) i });
					Quote quote = tpm.quote(nonce, PcrSelection.of(TpmHash.SHA256, 0, 10));
					QuoteVerifier.verify(tpm.publicKey(KeyRole.AIK), quote.attest(), quote.signature(), nonce,
							quote.pcrValues());
				}
				case 3 -> {
					KeyRole role = new KeyRole[] { KeyRole.RSA_MIG, KeyRole.AIK, KeyRole.VMEK }[order.nextInt(3)];
					byte[] secret = { (byte) i, 9 };
					assertArrayEquals(secret, tpm.activateCredential(role, ca.make(ekPublic, tpm.name(role), secret)), step);
				}
				case 4 -> tpm.nvCertify(NV_INDEX, new byte[] { (byte) i });
				case 5 -> tpm.nvExtend(NV_INDEX, new byte[] { (byte) i });
				default -> tpm.pcrExtend(12, Map.of(TpmHash.SHA1, new byte[20]));
				}
			}
			assertEquals(List.of(), loaded(tpm, TpmChannel.TRANSIENT_FIRST), "no transient object left");
			assertEquals(List.of(), loaded(tpm, TpmChannel.POLICY_SESSION_FIRST), "no session left");
			tpm.nvUndefine(NV_INDEX);
		}
	}

	@Test
	void objectsLeftByACrashedClientAreFlushedOnOpen() throws Exception {
		// the crashed client is a raw TCP connection
		try (ProvisionedSwtpm fixture = ProvisionedSwtpm.start(Swtpm.Transport.TCP)) {
			String address = fixture.swtpm.address();
			fixture.tpm.close();
			// a client that fills all three slots and disappears without flushing
			TpmAddress parsed = TpmAddress.parse(address);
			try (TpmChannel crashed = new TpmChannel(SocketTransport.tcp(parsed.host(), parsed.port(),
					HostTpms.CONNECT_TIMEOUT, HostTpms.COMMAND_TIMEOUT), address)) {
				crashed.operation("fill the slots", () -> {
					for (int i = 0; i < 3; i++)
						crashed.command("CreatePrimary", t -> t.CreatePrimary(TPM_HANDLE.OWNER, new TPMS_SENSITIVE_CREATE(),
								KeyTemplates.template(KeyRole.SRK), new byte[0], new TPMS_PCR_SELECTION[0]));
					return null;
				});
				assertEquals(3, crashed.operation("count", () -> crashed.handles(TpmChannel.TRANSIENT_FIRST)).size());
			}
			try (TssHostTpm tpm = Swtpm.openHostTpm(address, fixture.swtpm.keyAuthorizationFile())) {
				assertEquals(List.of(), loaded(tpm, TpmChannel.TRANSIENT_FIRST));
				tpm.signSha256(KeyRole.RSA_LOCAL, new byte[32]);
			}
		}
	}

	static List<Integer> loaded(TssHostTpm tpm, int first) throws TpmException {
		TpmChannel channel = tpm.channel();
		return channel.operation("test: list handles", () -> channel.handles(first));
	}
}
