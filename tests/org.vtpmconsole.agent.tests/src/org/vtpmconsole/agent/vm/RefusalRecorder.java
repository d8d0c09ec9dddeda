package org.vtpmconsole.agent.vm;

import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.vtpmconsole.agent.gateway.GatewayListener;
import org.vtpmconsole.agent.gateway.Refusal;

/** Collects the gateways' refusals so a test can wait for the one its QEMU caused. */
final class RefusalRecorder implements GatewayListener {
	record Refused(UUID vm, int pid, Refusal refusal) {
	}

	private final BlockingQueue<Refused> refusals = new LinkedBlockingQueue<>();

	@Override
	public void refused(UUID vm, int pid, Refusal refusal) {
		refusals.add(new Refused(vm, pid, refusal));
	}

	Refused next() throws InterruptedException {
		Refused refused = refusals.poll(10, TimeUnit.SECONDS);
		if (refused == null) {
			throw new AssertionError("no gateway refused anything within 10 s");
		}
		return refused;
	}

	void clear() {
		refusals.clear();
	}
}
