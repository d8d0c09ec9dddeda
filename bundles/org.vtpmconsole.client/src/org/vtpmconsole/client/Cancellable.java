package org.vtpmconsole.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs a blocking network call so that Cancel stops it at once: the call runs on its own thread while the Job's
 * thread watches the monitor. Cancel closes whatever the call registered with {@link #closeOnCancel} (a socket in
 * its TLS handshake) and interrupts the call's thread, which makes java.net.http abort the exchange and close its
 * connection. So the server sees the socket closed, instead of the call going on until its own timeout.
 */
final class Cancellable {

	interface Call<T> {
		T run() throws Exception;
	}

	/** What the running call on this thread asked to be closed on Cancel. */
	private static final ThreadLocal<Resources> ON_CANCEL = new ThreadLocal<>();

	/** A call's resources to close; one registered after Cancel is closed at once. */
	private static final class Resources {
		private final List<Closeable> open = new CopyOnWriteArrayList<>();
		private volatile boolean cancelled;

		void add(Closeable resource) {
			open.add(resource);
			if (cancelled) {
				close(resource);
			}
		}

		void cancel() {
			cancelled = true;
			open.forEach(Resources::close);
		}

		private static void close(Closeable resource) {
			try {
				resource.close();
			} catch (IOException e) {
				// closing is all Cancel asks for
			}
		}
	}

	private Cancellable() {
	}

	/**
	 * Called from inside a {@link Call}: closes {@code resource} if the call is cancelled. Outside a call (a caller
	 * that blocks by itself) it does nothing.
	 */
	static void closeOnCancel(Closeable resource) {
		Resources resources = ON_CANCEL.get();
		if (resources != null) {
			resources.add(resource);
		}
	}

	static <T> T call(IProgressMonitor monitor, Call<T> call) throws ClientException {
		Resources resources = new Resources();
		FutureTask<T> task = new FutureTask<>(() -> {
			ON_CANCEL.set(resources);
			try {
				return call.run();
			} finally {
				ON_CANCEL.remove();
			}
		});
		Thread thread = new Thread(task, "vtpm-console network call");
		thread.setDaemon(true);
		thread.start();
		while (true) {
			if (monitor.isCanceled()) {
				abort(task, resources);
				throw new OperationCanceledException();
			}
			try {
				return task.get(50, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// look at the monitor again
			} catch (InterruptedException e) {
				abort(task, resources);
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (CancellationException e) {
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof ClientException client) {
					throw client;
				}
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (cause instanceof Error error) {
					throw error;
				}
				throw new ClientException(cause.getMessage(), cause);
			}
		}
	}

	private static void abort(FutureTask<?> task, Resources resources) {
		resources.cancel();
		task.cancel(true);
	}
}
