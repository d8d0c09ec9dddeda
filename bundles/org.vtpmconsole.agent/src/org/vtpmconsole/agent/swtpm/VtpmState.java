package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.process.HostTools;
import org.vtpmconsole.label.StateKey;

/**
 * A vTPM's state as plaintext blobs, taken out of one swtpm and put into another over swtpm's control channel
 * (CMD_GET_STATEBLOB, CMD_SET_STATEBLOB) rather than by reading swtpm's files: this is how a vTPM moves from one
 * state key to another. The blobs exist only in this object's memory; closing it overwrites them.
 */
public final class VtpmState implements AutoCloseable {
	private static final long EXIT_TIMEOUT_MILLIS = 5_000;

	/** Work on a swtpm's control channel between its start and CMD_SHUTDOWN. */
	@FunctionalInterface
	private interface ControlWork {
		void run(SwtpmControl control) throws IOException;
	}

	private final Map<StateBlob, byte[]> blobs = new EnumMap<>(StateBlob.class);

	private VtpmState() {
	}

	/**
	 * Every blob of the vTPM in {@code stateDir}, read by a swtpm started with its key and powered on with CMD_INIT
	 * alone: without TPM2_Startup the TPM runs no command that could change its state. The permanent state must be
	 * there. The volatile state is taken only when swtpm had stored one (otherwise it would be the RAM of a TPM just
	 * powered on, which is no state), the save state only when it is not empty. swtpm deletes a stored volatile state
	 * once it has handed it out, so read a copy of a directory that must stay exactly as it is.
	 */
	public static VtpmState read(Path stateDir, Path runDir, StateKey key) throws IOException {
		return read(stateDir, runDir, key, Confinement.agentUid(HostTools.system()));
	}

	/** {@link #read(Path, Path, StateKey)} with swtpm confined as the VM's swtpm runs. */
	public static VtpmState read(Path stateDir, Path runDir, StateKey key, Confinement confinement)
			throws IOException {
		if (!SwtpmProcess.holdsPermanentState(stateDir)) {
			throw new IOException("the vTPM state in " + stateDir + " has no permanent state: it is not a vTPM");
		}
		boolean volatileStored = SwtpmProcess.holdsVolatileState(stateDir);
		VtpmState state = new VtpmState();
		try {
			session(stateDir, runDir, key, confinement, control -> {
				control.init();
				state.blobs.put(StateBlob.PERMANENT, control.getStateBlob(StateBlob.PERMANENT));
				if (volatileStored) {
					state.blobs.put(StateBlob.VOLATILE, control.getStateBlob(StateBlob.VOLATILE));
				}
				byte[] saved = control.getStateBlob(StateBlob.SAVESTATE);
				if (saved.length > 0) {
					state.blobs.put(StateBlob.SAVESTATE, saved);
				}
			});
			if (state.blobs.get(StateBlob.PERMANENT).length == 0) {
				throw new IOException("swtpm handed out an empty permanent state for " + stateDir);
			}
			return state;
		} catch (IOException | RuntimeException e) {
			state.close();
			throw e;
		}
	}

	/**
	 * Makes these blobs the state of a new vTPM in the empty directory {@code stateDir}, encrypted with {@code key}:
	 * swtpm takes them before CMD_INIT, writes the permanent state at CMD_INIT and a volatile one, if there is one, on
	 * CMD_STORE_VOLATILE, so the directory holds what the original held.
	 */
	public void writeTo(Path stateDir, Path runDir, StateKey key) throws IOException {
		writeTo(stateDir, runDir, key, Confinement.agentUid(HostTools.system()));
	}

	/** {@link #writeTo(Path, Path, StateKey)} with swtpm confined as the VM's swtpm runs. */
	public void writeTo(Path stateDir, Path runDir, StateKey key, Confinement confinement) throws IOException {
		session(stateDir, runDir, key, confinement, control -> {
			for (Map.Entry<StateBlob, byte[]> blob : blobs.entrySet()) {
				control.setStateBlob(blob.getKey(), blob.getValue());
			}
			control.init();
			if (blobs.containsKey(StateBlob.VOLATILE)) {
				control.storeVolatile();
			}
		});
	}

	/**
	 * Proves that the state in {@code stateDir} opens with {@code key}: at CMD_INIT swtpm decrypts it and checks its
	 * HMAC, and a wrong key or damaged files fail there. Nothing is changed.
	 */
	public static void requireOpens(Path stateDir, Path runDir, StateKey key) throws IOException {
		requireOpens(stateDir, runDir, key, Confinement.agentUid(HostTools.system()));
	}

	/** {@link #requireOpens(Path, Path, StateKey)} with swtpm confined as the VM's swtpm runs. */
	public static void requireOpens(Path stateDir, Path runDir, StateKey key, Confinement confinement)
			throws IOException {
		session(stateDir, runDir, key, confinement, SwtpmControl::init);
	}

	/** Which kinds of blob the state holds. */
	public Set<StateBlob> kinds() {
		return Collections.unmodifiableSet(blobs.keySet());
	}

	private static void session(Path stateDir, Path runDir, StateKey key, Confinement confinement, ControlWork work)
			throws IOException {
		SwtpmProcess swtpm = SwtpmProcess.start(stateDir, runDir, key, confinement);
		try (SwtpmControl control = SwtpmControl.connect(swtpm)) {
			work.run(control);
			control.shutdown();
			swtpm.awaitExit(EXIT_TIMEOUT_MILLIS);
		} catch (IOException e) {
			throw new IOException(e.getMessage() + " (swtpm: " + swtpm.logTail() + ")", e);
		} finally {
			swtpm.close();
		}
	}

	@Override
	public void close() {
		blobs.values().forEach(blob -> Arrays.fill(blob, (byte) 0));
		blobs.clear();
	}
}
