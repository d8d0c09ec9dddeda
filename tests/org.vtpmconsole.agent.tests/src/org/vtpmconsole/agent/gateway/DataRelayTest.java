package org.vtpmconsole.agent.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.label.StateKey;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/** The relayed data channel against real swtpm: frames pass whole, injected commands interleave, bad frames isolate. */
class DataRelayTest {
	private static final byte[] GET_RANDOM_8 = HexFormat.of().parseHex("80010000000c0000017b0008");

	@TempDir
	Path dir;

	@Test
	void malformedFrameClosesOnlyThatVmsChannel() throws Exception {
		try (StateKey keyA = StateKey.generate(new SecureRandom()); StateKey keyB = StateKey.generate(new SecureRandom());
				RelayedVtpm vmA = new RelayedVtpm(dir.resolve("a"), dir.resolve("a-run"), keyA, TpmTrafficObserver.NONE);
				RelayedVtpm vmB = new RelayedVtpm(dir.resolve("b"), dir.resolve("b-run"), keyB, TpmTrafficObserver.NONE)) {
			assertEquals(0, vmA.transact(TpmFrame.of(GET_RANDOM_8)).code());
			assertEquals(0, vmB.transact(TpmFrame.of(GET_RANDOM_8)).code());

			vmA.sendRaw(HexFormat.of().parseHex("8001ffffffff00000000")); // size 4 GiB
			vmA.awaitRelayEnd();
			assertTrue(vmA.relay().endReason().contains("malformed TPM frame"), vmA.relay().endReason());
			assertEquals(-1, vmA.guestSide().read(new byte[1], 0, 1), "VM A's channel is closed");

			for (int i = 0; i < 10; i++) {
				assertEquals(0, vmB.transact(TpmFrame.of(GET_RANDOM_8)).code(), "VM B is unaffected");
			}
		}
	}

	@Test
	void observerSeesGuestTrafficButNotTheGatewaysOwnCommands() throws Exception {
		List<Integer> observed = new CopyOnWriteArrayList<>();
		try (StateKey key = StateKey.generate(new SecureRandom()); RelayedVtpm vm = new RelayedVtpm(dir.resolve("s"),
				dir.resolve("r"), key, (vmId, command, response) -> observed.add(command.code()))) {
			PcrValues pcrs = VtpmPcrReader.readAll(vm.relay());
			assertEquals(24, pcrs.asMap().get(TpmHash.SHA256).size());
			assertEquals(24, pcrs.asMap().get(TpmHash.SHA1).size());
			TpmFrame random = vm.transact(TpmFrame.of(GET_RANDOM_8));
			assertEquals(0, random.code());
			assertEquals(10 + 2 + 8, random.size(), "the guest gets its own answer, nothing injected leaks to it");
			assertEquals(List.of(0x144, 0x17b), observed, "TPM2_Startup and GetRandom, none of the PCR reads");
		}
	}
}
