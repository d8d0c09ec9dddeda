package org.vtpmconsole.tpm;

/** Timing hook: told after every HostTpm operation (for benchmarks and cost accounting). */
@FunctionalInterface
public interface OperationListener {
	/**
	 * @param operation e.g. "sign", "decrypt", "quote", "provision"
	 * @param nanos wall time including waiting for the connection lock
	 * @param commands TPM commands the operation sent
	 * @param failed whether it ended with an exception
	 */
	void completed(String operation, long nanos, long commands, boolean failed);
}
