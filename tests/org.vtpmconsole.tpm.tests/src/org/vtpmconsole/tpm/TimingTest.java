package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.verify.PcrSelection;

/** Median cost per operation against swtpm, printed for the record; asserts only generous bounds. */
class TimingTest {
	private static final int RUNS = 25;

	@Test
	void medianOperationTimes() throws Exception {
		List<String> lines = new ArrayList<>();
		List<Double> provisionFirst = new ArrayList<>();
		List<Double> provisionSecond = new ArrayList<>();
		for (int i = 0; i < 3; i++)
			try (Swtpm swtpm = Swtpm.tcp(); TssHostTpm tpm = swtpm.openHostTpm()) {
				provisionFirst.add(millis(() -> tpm.provision()));
				provisionSecond.add(millis(() -> tpm.provision()));
			}
		lines.add(line("provision, first run", provisionFirst));
		lines.add(line("provision, second run", provisionSecond));

		try (ProvisionedSwtpm fixture = ProvisionedSwtpm.start()) {
			TssHostTpm tpm = fixture.tpm;
			Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
			cipher.init(Cipher.ENCRYPT_MODE, tpm.publicKey(KeyRole.RSA_LOCAL), new OAEPParameterSpec("SHA-256", "MGF1",
					MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
			byte[] ciphertext = cipher.doFinal(new byte[32]);
			PcrSelection selection = PcrSelection.parse("sha1:0,10+sha256:0,7,10");
			List<Double> sign = new ArrayList<>();
			List<Double> decrypt = new ArrayList<>();
			List<Double> quote = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				sign.add(millis(() -> tpm.signSha256(KeyRole.RSA_LOCAL, new byte[32])));
				decrypt.add(millis(() -> tpm.decryptOaepSha256(KeyRole.RSA_LOCAL, ciphertext)));
				quote.add(millis(() -> tpm.quote(new byte[32], selection)));
			}
			lines.add(line("sign (RSASSA-SHA256)", sign));
			lines.add(line("decrypt (RSA-OAEP-SHA256)", decrypt));
			lines.add(line("quote (5 PCRs, 2 banks) + PCR read", quote));
			assertTrue(median(sign) < 100, "sign should take milliseconds with TCP_NODELAY");
		}
		System.out.println("TPM operation timings against swtpm (median ms):\n  " + String.join("\n  ", lines));
	}

	@FunctionalInterface
	interface Work {
		Object run() throws Exception;
	}

	private static double millis(Work work) throws Exception {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static String line(String what, List<Double> values) {
		return String.format(Locale.ROOT, "%-36s %8.2f  (n=%d, min %.2f, max %.2f)", what, median(values), values.size(),
				Collections.min(values), Collections.max(values));
	}
}
