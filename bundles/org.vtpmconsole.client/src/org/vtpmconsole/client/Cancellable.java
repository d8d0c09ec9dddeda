package org.vtpmconsole.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs a blocking network call so that Cancel works at once: the call goes to its own thread and the Job's thread
 * watches the monitor. A cancelled call is abandoned; its own timeouts (connect 10 s, request 60 s) end it.
 */
final class Cancellable {

	interface Call<T> {
		T run() throws Exception;
	}

	private Cancellable() {
	}

	static <T> T call(IProgressMonitor monitor, Call<T> call) throws ClientException {
		CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
			try {
				return call.run();
			} catch (RuntimeException e) {
				throw e;
			} catch (Exception e) {
				throw new Wrapped(e);
			}
		});
		while (true) {
			if (monitor.isCanceled()) {
				future.cancel(true);
				throw new OperationCanceledException();
			}
			try {
				return future.get(100, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// look at the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				Throwable cause = e.getCause() instanceof Wrapped wrapped ? wrapped.getCause() : e.getCause();
				if (cause instanceof ClientException client) {
					throw client;
				}
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new ClientException(cause.getMessage(), cause);
			}
		}
	}

	private static final class Wrapped extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Wrapped(Exception cause) {
			super(cause);
		}
	}
}
