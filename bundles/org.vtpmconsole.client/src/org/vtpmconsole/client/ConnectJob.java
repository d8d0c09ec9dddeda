package org.vtpmconsole.client;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Connects one connection in the background and, when that fails, tries again after the {@link Backoff}'s delays
 * until it succeeds, runs out of attempts, is cancelled or the user refused trust. The last failure becomes the Job's error status (the
 * Error Log); earlier ones are warnings.
 */
public final class ConnectJob extends Job {

	/**
	 * All connection Jobs, for {@code Job.getJobManager().cancel(FAMILY)} and tests. The Jobs of one connection are
	 * also the family of that {@link Connection}: cancel them before the connection is changed or removed.
	 */
	public static final Object FAMILY = ConnectJob.class;
	private static final String PLUGIN = "org.vtpmconsole.client";

	private final ConnectionManager manager;
	private final Connection connection;
	private final Backoff backoff;
	private int retry;

	public ConnectJob(ConnectionManager manager, Connection connection, Backoff backoff) {
		super("Connecting to " + connection.name());
		this.manager = manager;
		this.connection = connection;
		this.backoff = backoff;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			manager.connect(connection, monitor);
			retry = 0;
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (TrustRefusedException e) {
			return new Status(IStatus.ERROR, PLUGIN, connection.name() + ": " + e.getMessage(), e);
		} catch (ClientException e) {
			Duration delay = backoff.delay(retry++);
			String message = connection.name() + ": " + e.getMessage();
			if (delay == null) {
				return new Status(IStatus.ERROR, PLUGIN, message + " (gave up after " + backoff.attempts() + " retries)", e);
			}
			schedule(delay.toMillis());
			return new Status(IStatus.WARNING, PLUGIN, message + " (retrying in " + delay.toSeconds() + " s)");
		}
	}

	/** The number of the next retry: 0 after a success. */
	public int retries() {
		return retry;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || family == connection;
	}
}
