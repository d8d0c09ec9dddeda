package org.vtpmconsole.tpm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.vtpmconsole.tpm.transport.TpmTransport;
import org.vtpmconsole.tpm.transport.TransportException;

import tss.Tpm;
import tss.tpm.GetCapabilityResponse;
import tss.tpm.TPML_HANDLE;
import tss.tpm.TPM_CAP;
import tss.tpm.TPM_HANDLE;

/**
 * The one owner of a TPM connection: serializes operations, sends single commands with errors turned into
 * TpmExceptions, and flushes what an operation loaded, so that each operation starts with all of libtpms's three
 * object slots free (a persistent key needs a free slot each time it is used).
 */
final class TpmChannel implements AutoCloseable {
	static final int TRANSIENT_FIRST = 0x80000000;
	static final int HMAC_SESSION_FIRST = 0x02000000;
	static final int POLICY_SESSION_FIRST = 0x03000000;
	static final int PERSISTENT_FIRST = 0x81000000;

	/** One TPM command through TSS.Java. */
	@FunctionalInterface
	interface Command<T> {
		T send(Tpm tpm);
	}

	/** A whole operation: any number of commands under the lock. */
	@FunctionalInterface
	interface Operation<T> {
		T run() throws TpmException;
	}

	private final Tpm tpm;
	private final TpmTransport transport;
	private final String address;
	private final ReentrantLock lock = new ReentrantLock();
	private volatile OperationListener listener;
	private boolean closed;

	TpmChannel(TpmTransport transport, String address) {
		this.transport = transport;
		this.address = address;
		tpm = new Tpm();
		tpm._setDevice(transport);
	}

	String address() {
		return address;
	}

	long commandCount() {
		return transport.commandCount();
	}

	void setListener(OperationListener listener) {
		this.listener = listener;
	}

	/** Runs an operation under the connection lock and reports its time and command count. */
	<T> T operation(String name, Operation<T> operation) throws TpmException {
		long start = System.nanoTime();
		lock.lock();
		long commandsBefore = transport.commandCount();
		boolean failed = true;
		try {
			if (closed)
				throw new TpmException(name + " on " + address + ": the connection is closed");
			T result = operation.run();
			failed = false;
			return result;
		} finally {
			long commands = transport.commandCount() - commandsBefore;
			lock.unlock();
			OperationListener current = listener;
			if (current != null)
				current.completed(name, System.nanoTime() - start, commands, failed);
		}
	}

	/** Sends one command; a TPM error response becomes a TpmCommandException whose message starts with {@code what}. */
	<T> T command(String what, Command<T> command) throws TpmException {
		T result;
		try {
			// TSS.Java would print and throw; we want the raw code and our own message
			tpm._allowErrors();
			result = command.send(tpm);
		} catch (TransportException e) {
			throw new TpmException(what + " failed: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			throw new TpmException(what + " failed on " + address + ": " + e, e);
		}
		int rc = transport.lastResponseCode();
		if (rc != ResponseCodes.SUCCESS)
			throw new TpmCommandException(what + " failed on " + address + ": " + ResponseCodes.describe(rc), rc);
		return result;
	}

	/** Sends command bytes built by the caller (sessions TSS.Java cannot build) and returns the response bytes. */
	byte[] raw(String what, byte[] command) throws TpmException {
		try {
			transport.dispatchCommand(command);
			return transport.getResponse();
		} catch (TransportException e) {
			throw new TpmException(what + " failed: " + e.getMessage(), e);
		}
	}

	void run(String what, Command<?> command) throws TpmException {
		command(what, command);
	}

	/** Flushes a transient object or session; used in finally blocks, so it never masks the first failure. */
	void flushQuietly(TPM_HANDLE handle) {
		if (handle == null)
			return;
		try {
			run("FlushContext", tpm -> {
				tpm.FlushContext(handle);
				return null;
			});
		} catch (TpmException e) {
			// the slot is lost for this connection only if the TPM refuses; the next open() cleans up
		}
	}

	/** All handles of one type (the type is the first handle's top byte). */
	List<Integer> handles(int first) throws TpmException {
		List<Integer> found = new ArrayList<>();
		int next = first;
		while (true) {
			int property = next;
			GetCapabilityResponse response = command("GetCapability(handles)",
					tpm -> tpm.GetCapability(TPM_CAP.HANDLES, property, 64));
			TPM_HANDLE[] handles = ((TPML_HANDLE) response.capabilityData).handle;
			for (TPM_HANDLE handle : handles)
				if ((handle.handle >>> 24) == (first >>> 24))
					found.add(handle.handle);
			if (response.moreData == 0 || handles.length == 0)
				return found;
			next = handles[handles.length - 1].handle + 1;
		}
	}

	/**
	 * Flushes transient objects and sessions left by an earlier client. swtpm keeps them across connections and has no
	 * resource manager, so a crashed predecessor would otherwise leave us without object slots.
	 */
	int flushLeftovers() throws TpmException {
		int flushed = 0;
		for (int first : new int[] { TRANSIENT_FIRST, HMAC_SESSION_FIRST, POLICY_SESSION_FIRST })
			for (int handle : handles(first)) {
				run("FlushContext", tpm -> {
					tpm.FlushContext(TPM_HANDLE.from(handle));
					return null;
				});
				flushed++;
			}
		return flushed;
	}

	TpmTransport transport() {
		return transport;
	}

	@Override
	public void close() {
		lock.lock();
		try {
			if (!closed) {
				closed = true;
				transport.close();
			}
		} finally {
			lock.unlock();
		}
	}
}
