package org.vtpmconsole.agent.stateblob;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.vtpmconsole.agent.swtpm.StateBlob;

/**
 * One gateway session's sealing of the state blobs QEMU pulls and opening of those it pushes back. A capture is a
 * run of consecutive blob requests (QEMU's pre-save asks for permanent, volatile and savestate back to back); it gets
 * a new epoch at its first blob, and a run that asks for a kind twice starts another. Opening checks the seal and
 * then the epoch against the policy. Holds the sealing key only, never the state key; closing wipes it.
 */
public final class StateBlobGuard implements AutoCloseable {
	private final SealingKey key;
	private final CaptureEpochs epochs;
	private final FreshnessPolicy policy;
	private final Clock clock;
	private final SecureRandom random;
	private final Set<StateBlob> sealedInCapture = EnumSet.noneOf(StateBlob.class);
	private long captureEpoch;

	public StateBlobGuard(SealingKey key, CaptureEpochs epochs, FreshnessPolicy policy, Clock clock,
			SecureRandom random) {
		this.key = key;
		this.epochs = epochs;
		this.policy = policy;
		this.clock = clock;
		this.random = random;
	}

	/** Seals a plaintext blob swtpm handed out; the caller wipes the plaintext. */
	public synchronized byte[] seal(StateBlob type, byte[] plaintext) throws IOException {
		if (sealedInCapture.isEmpty() || sealedInCapture.contains(type)) {
			sealedInCapture.clear();
			captureEpoch = epochs.next();
		}
		sealedInCapture.add(type);
		return new SealedBlob(key.purpose(), type, key.vm(), captureEpoch, clock.millis()).seal(key, plaintext, random);
	}

	/** Anything but a blob request ends the capture under way. */
	public synchronized void endCapture() {
		sealedInCapture.clear();
	}

	/**
	 * The plaintext of a blob offered as {@code type}, if this gateway sealed it for this VM and the policy accepts its
	 * capture; the caller wipes it.
	 */
	public SealedBlob.Opened open(StateBlob type, byte[] sealed) throws BlobRefusal, IOException {
		SealedBlob.Opened opened = SealedBlob.open(key, type, sealed);
		long latest = epochs.latest();
		Optional<String> stale = policy.refusal(opened.header().epoch(), latest);
		if (stale.isPresent()) {
			Arrays.fill(opened.plaintext(), (byte) 0);
			throw new BlobRefusal(BlobRefusal.Kind.NOT_FRESH, "the " + type + " blob is authentic, but " + stale.get());
		}
		return opened;
	}

	@Override
	public void close() {
		key.close();
	}
}
