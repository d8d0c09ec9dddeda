package org.vtpmconsole.agent.vm;

import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.vtpmconsole.agent.gateway.GatewayListener;
import org.vtpmconsole.agent.gateway.Refusal;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.swtpm.ControlCommand;

/** Collects the gateways' refusals so a test can wait for the one its QEMU caused. */
final class RefusalRecorder implements GatewayListener {
	record Refused(UUID vm, int pid, Refusal refusal) {
	}

	record RefusedBlob(UUID vm, int pid, BlobRefusal refusal) {
	}

	record RefusedCommand(UUID vm, int pid, ControlCommand command, String why) {
	}

	private final BlockingQueue<Refused> refusals = new LinkedBlockingQueue<>();
	private final BlockingQueue<RefusedBlob> blobRefusals = new LinkedBlockingQueue<>();
	private final BlockingQueue<RefusedCommand> commandRefusals = new LinkedBlockingQueue<>();

	@Override
	public void refused(UUID vm, int pid, Refusal refusal) {
		refusals.add(new Refused(vm, pid, refusal));
	}

	@Override
	public void blobRefused(UUID vm, int pid, BlobRefusal refusal) {
		blobRefusals.add(new RefusedBlob(vm, pid, refusal));
	}

	@Override
	public void commandRefused(UUID vm, int pid, ControlCommand command, String why) {
		commandRefusals.add(new RefusedCommand(vm, pid, command, why));
	}

	Refused next() throws InterruptedException {
		return await(refusals, "a QEMU process");
	}

	RefusedBlob nextBlob() throws InterruptedException {
		return await(blobRefusals, "a state blob");
	}

	RefusedCommand nextCommand() throws InterruptedException {
		return await(commandRefusals, "a control command");
	}

	/** Whether any state blob was refused so far. */
	boolean anyBlobRefused() {
		return !blobRefusals.isEmpty();
	}

	/** Generous: a refusal that waits for a time limit (the first request's 5 s) comes late on a loaded machine. */
	private static final long WAIT_SECONDS = 30;

	private static <T> T await(BlockingQueue<T> queue, String what) throws InterruptedException {
		T refused = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
		if (refused == null) {
			throw new AssertionError("no gateway refused " + what + " within " + WAIT_SECONDS + " s");
		}
		return refused;
	}

	void clear() {
		refusals.clear();
		blobRefusals.clear();
		commandRefusals.clear();
	}
}
