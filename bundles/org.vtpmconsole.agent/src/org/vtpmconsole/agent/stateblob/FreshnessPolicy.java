package org.vtpmconsole.agent.stateblob;

import java.util.Optional;

/**
 * Which authentic sealed blobs may go back into a VM's vTPM, judged by their capture epoch against the VM's latest
 * capture ({@link CaptureEpochs}). The default, {@link #LATEST_CAPTURE_ONLY}, loads only the state of the latest
 * savevm or outgoing migration; anything older would roll the vTPM back, so it is refused unless an explicit
 * operation (the trail's rollback, SPEC §8) passes a policy naming the capture it deliberately restores.
 */
@FunctionalInterface
public interface FreshnessPolicy {

	/** Empty if a blob of capture {@code epoch} may be loaded while {@code latest} is the VM's latest; else why not. */
	Optional<String> refusal(long epoch, long latest);

	FreshnessPolicy LATEST_CAPTURE_ONLY = (epoch, latest) -> {
		if (epoch == latest) {
			return Optional.empty();
		}
		if (epoch < latest) {
			return Optional.of("it is from capture " + epoch + ", older than the VM's latest capture " + latest
					+ ": loading it would roll the vTPM back, which only an explicit restore may do");
		}
		return Optional.of("it is from capture " + epoch + ", but the VM's latest capture is " + latest
				+ ": this agent never made it");
	};

	/** The latest capture, and also the one capture {@code restored} an explicit restore names. */
	static FreshnessPolicy latestOr(long restored) {
		return (epoch, latest) -> epoch == restored ? Optional.empty() : LATEST_CAPTURE_ONLY.refusal(epoch, latest);
	}
}
