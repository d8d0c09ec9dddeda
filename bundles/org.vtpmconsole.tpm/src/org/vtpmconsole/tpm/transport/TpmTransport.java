package org.vtpmconsole.tpm.transport;

import java.util.concurrent.atomic.AtomicLong;

import tss.TpmDevice;

/**
 * A TSS.Java device that sends raw TPM 2.0 command bytes (no simulator framing, no platform signals — swtpm reads
 * those as its own control commands) and counts every command it sends.
 */
public abstract class TpmTransport extends TpmDevice {
	/** TPM header: tag (2), size (4), code (4). */
	protected static final int HEADER_SIZE = 10;
	/** Far above any TPM's MAX_RESPONSE_SIZE (libtpms: 4096); a larger size field means a broken stream. */
	protected static final int MAX_RESPONSE_SIZE = 1 << 16;

	private final AtomicLong commandCount = new AtomicLong();
	private byte[] response;
	private int lastResponseCode;

	/** Where this transport goes, for error messages. */
	public abstract String describe();

	/** Sends one command and returns its complete response. */
	protected abstract byte[] exchange(byte[] command);

	@Override
	public final void dispatchCommand(byte[] command) {
		commandCount.incrementAndGet();
		byte[] answer = exchange(command);
		if (answer.length < HEADER_SIZE)
			throw new TransportException(describe() + " sent a " + answer.length + "-byte response, shorter than a TPM header");
		lastResponseCode = ((answer[6] & 0xff) << 24) | ((answer[7] & 0xff) << 16) | ((answer[8] & 0xff) << 8)
				| (answer[9] & 0xff);
		response = answer;
	}

	@Override
	public final byte[] getResponse() {
		byte[] answer = response;
		response = null;
		return answer;
	}

	@Override
	public final boolean responseReady() {
		return response != null;
	}

	@Override
	public final boolean connect() {
		return true; // connected by the factory methods, which report failures with reasons
	}

	/** Commands sent since this transport was opened. */
	public long commandCount() {
		return commandCount.get();
	}

	/** The raw TPM_RC of the last response (TSS.Java loses the parameter number of format-one codes). */
	public int lastResponseCode() {
		return lastResponseCode;
	}

	protected static int responseSize(byte[] header, String source) {
		int size = ((header[2] & 0xff) << 24) | ((header[3] & 0xff) << 16) | ((header[4] & 0xff) << 8) | (header[5] & 0xff);
		if (size < HEADER_SIZE || size > MAX_RESPONSE_SIZE)
			throw new TransportException(source + " sent a response with impossible size " + size);
		return size;
	}
}
