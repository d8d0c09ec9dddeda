package org.vtpmconsole.testing;

import java.time.Duration;

import org.vtpmconsole.tpm.KeyHandles;
import org.vtpmconsole.tpm.ResponseCodes;
import org.vtpmconsole.tpm.transport.SocketTransport;

import tss.Tpm;
import tss.tpm.CreateResponse;
import tss.tpm.TPM2B_PUBLIC_KEY_RSA;
import tss.tpm.TPMA_OBJECT;
import tss.tpm.TPMS_NULL_ASYM_SCHEME;
import tss.tpm.TPMS_PCR_SELECTION;
import tss.tpm.TPMS_RSA_PARMS;
import tss.tpm.TPMS_SCHEME_OAEP;
import tss.tpm.TPMS_SENSITIVE_CREATE;
import tss.tpm.TPMS_SIGNATURE_RSASSA;
import tss.tpm.TPMS_SIG_SCHEME_RSASSA;
import tss.tpm.TPMT_PUBLIC;
import tss.tpm.TPMT_SYM_DEF_OBJECT;
import tss.tpm.TPMT_TK_HASHCHECK;
import tss.tpm.TPM_ALG_ID;
import tss.tpm.TPM_HANDLE;

/**
 * A host TPM as provisioning left it before RSA_local and RSA_mig had an authValue, reproduced independently of the
 * production templates: SRK at 0x81000001, RSA_local and RSA_mig (empty authValue, no noDA) at 0x81000101/0x81000102.
 * Also the old code's way of using those keys (a password session with the empty authValue, no encryption), which is
 * exactly what an intruder's own TSS connection can do.
 */
public final class LegacyProvisioning {
	private static final int FIXED_TPM = 0x2, FIXED_PARENT = 0x10, SENSITIVE_DATA_ORIGIN = 0x20, USER_WITH_AUTH = 0x40,
			NO_DA = 0x400, RESTRICTED = 0x10000, DECRYPT = 0x20000, SIGN = 0x40000;
	private static final int OLD_RSA_LOCAL_AND_MIG = FIXED_TPM | FIXED_PARENT | SENSITIVE_DATA_ORIGIN | USER_WITH_AUTH
			| SIGN | DECRYPT;

	private LegacyProvisioning() {
	}

	/** Creates the SRK and the old RSA_local and RSA_mig on a fresh swtpm at {@code address}'s port. */
	public static void provisionTheOldWay(Swtpm swtpm) {
		withTpm(swtpm, tpm -> {
			TPMT_PUBLIC srkTemplate = rsa(FIXED_TPM | FIXED_PARENT | SENSITIVE_DATA_ORIGIN | USER_WITH_AUTH | NO_DA
					| RESTRICTED | DECRYPT, new TPMT_SYM_DEF_OBJECT(TPM_ALG_ID.AES, 128, TPM_ALG_ID.CFB));
			TPM_HANDLE srk = tpm.CreatePrimary(TPM_HANDLE.OWNER, new TPMS_SENSITIVE_CREATE(), srkTemplate, new byte[0],
					new TPMS_PCR_SELECTION[0]).handle;
			persist(tpm, srk, KeyHandles.SRK);
			TPM_HANDLE parent = TPM_HANDLE.from(KeyHandles.SRK);
			for (int handle : new int[] { KeyHandles.LEGACY_RSA_LOCAL, KeyHandles.LEGACY_RSA_MIG }) {
				CreateResponse created = tpm.Create(parent, new TPMS_SENSITIVE_CREATE(), rsa(OLD_RSA_LOCAL_AND_MIG,
						new TPMT_SYM_DEF_OBJECT(TPM_ALG_ID.NULL, 0, TPM_ALG_ID.NULL)), new byte[0],
						new TPMS_PCR_SELECTION[0]);
				persist(tpm, tpm.Load(parent, created.outPrivate, created.outPublic), handle);
			}
			return null;
		});
	}

	/** The result of one TPM command sent the old way: the response code, and the output when it succeeded. */
	public record Outcome(int responseCode, byte[] output) {
		public boolean succeeded() {
			return responseCode == ResponseCodes.SUCCESS;
		}

		public String describe() {
			return ResponseCodes.describe(responseCode);
		}
	}

	/** RSA_Decrypt (OAEP-SHA256) at {@code handle} as the old code sent it: empty password, parameters in clear. */
	public static Outcome decryptTheOldWay(String host, int port, int handle, byte[] ciphertext) {
		return withTpm(host, port, tpm -> {
			byte[] plain = tpm._allowErrors().RSA_Decrypt(TPM_HANDLE.from(handle), ciphertext,
					new TPMS_SCHEME_OAEP(TPM_ALG_ID.SHA256), new byte[0]);
			return outcome(tpm, plain);
		});
	}

	/** Sign (RSASSA-SHA256) at {@code handle} as the old code sent it: empty password. */
	public static Outcome signTheOldWay(String host, int port, int handle, byte[] digest) {
		return withTpm(host, port, tpm -> {
			var signature = tpm._allowErrors().Sign(TPM_HANDLE.from(handle), digest,
					new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256), new TPMT_TK_HASHCHECK());
			return outcome(tpm, signature instanceof TPMS_SIGNATURE_RSASSA rsassa ? rsassa.sig : null);
		});
	}

	private static Outcome outcome(Tpm tpm, byte[] output) {
		int rc = ((SocketTransport) tpm._getDevice()).lastResponseCode();
		return new Outcome(rc, rc == ResponseCodes.SUCCESS ? output : null);
	}

	private static TPMT_PUBLIC rsa(int attributes, TPMT_SYM_DEF_OBJECT symmetric) {
		return new TPMT_PUBLIC(TPM_ALG_ID.SHA256, new TPMA_OBJECT(attributes), new byte[0],
				new TPMS_RSA_PARMS(symmetric, new TPMS_NULL_ASYM_SCHEME(), 2048, 0), new TPM2B_PUBLIC_KEY_RSA(new byte[0]));
	}

	private static void persist(Tpm tpm, TPM_HANDLE transientKey, int handle) {
		tpm.EvictControl(TPM_HANDLE.OWNER, transientKey, TPM_HANDLE.from(handle));
		tpm.FlushContext(transientKey);
	}

	private interface WithTpm<T> {
		T run(Tpm tpm);
	}

	private static <T> T withTpm(Swtpm swtpm, WithTpm<T> action) {
		return withTpm("127.0.0.1", swtpm.port(), action);
	}

	/** Its own connection, as another process would open one (swtpm serves one client at a time). */
	private static <T> T withTpm(String host, int port, WithTpm<T> action) {
		try (SocketTransport transport = SocketTransport.tcp(host, port, Duration.ofSeconds(5), Duration.ofSeconds(60))) {
			Tpm tpm = new Tpm();
			tpm._setDevice(transport);
			return action.run(tpm);
		}
	}
}
