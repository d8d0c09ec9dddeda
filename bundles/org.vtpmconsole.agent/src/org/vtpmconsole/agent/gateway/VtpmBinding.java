package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where one VM's vTPM lives: its encrypted state (with the state key's check value beside it, written when the vTPM
 * was created), the run directory for the gateway socket QEMU connects to and swtpm's control socket, and the VM's own
 * image, the one file whose label may open this vTPM.
 */
public record VtpmBinding(UUID vm, Path stateDir, Path runDir, Path image) {
	private static final String CHECK_VALUE_FILE = "statekey.kcv";
	private static final String CAPTURE_EPOCH_FILE = "stateblob.epoch";

	public VtpmBinding {
		stateDir = stateDir.toAbsolutePath();
		runDir = runDir.toAbsolutePath();
		image = image.toAbsolutePath();
	}

	/** The socket QEMU's {@code -chardev socket,path=} names. */
	public Path gatewaySocket() {
		return runDir.resolve("vtpm.sock");
	}

	public Path checkValueFile() {
		return stateDir.resolve(CHECK_VALUE_FILE);
	}

	/**
	 * The VM's capture counter ("Sealed state blobs" in docs/gateway.md): in the VM's directory, which only the agent
	 * writes, not in the state directory, which belongs to the vTPM's swtpm uid; there a compromised swtpm could roll
	 * the counter back or put a link where the agent writes it.
	 */
	public Path captureEpochFile() {
		return stateDir.resolveSibling(CAPTURE_EPOCH_FILE);
	}

	/** The check value of the key this vTPM's state is encrypted with (it identifies the key, never reveals it). */
	public byte[] readCheckValue() throws IOException {
		return Files.readAllBytes(checkValueFile());
	}

	public void writeCheckValue(byte[] checkValue) throws IOException {
		Files.write(checkValueFile(), checkValue);
	}
}
