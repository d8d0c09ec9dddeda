package org.vtpmconsole.ui.progress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The progress monitor a running user Job reports to: what it says it does and how far it got, read by the
 * progress area on the UI thread. Cancel is the Job's own ({@link Job#cancel()} sets {@link #setCanceled}).
 */
final class TrackedMonitor implements IProgressMonitor {

	/** What the progress area shows of one Job at one moment. */
	record Progress(String task, String subTask, int total, double worked) {
		/** 0 … 1, or -1 when the Job did not say how much work there is. */
		double fraction() {
			return total <= 0 || total == UNKNOWN ? -1 : Math.min(1, worked / total);
		}
	}

	private final Job job;
	private String task;
	private String subTask;
	private int total = UNKNOWN;
	private double worked;
	private volatile boolean canceled;

	TrackedMonitor(Job job) {
		this.job = job;
	}

	Job job() {
		return job;
	}

	synchronized Progress progress() {
		return new Progress(task == null || task.isBlank() ? job.getName() : task, subTask, total, worked);
	}

	@Override
	public synchronized void beginTask(String name, int totalWork) {
		task = name;
		total = totalWork;
		worked = 0;
	}

	@Override
	public synchronized void setTaskName(String name) {
		task = name;
	}

	@Override
	public synchronized void subTask(String name) {
		subTask = name;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public synchronized void internalWorked(double work) {
		worked += work;
	}

	@Override
	public synchronized void done() {
		worked = total;
	}

	@Override
	public boolean isCanceled() {
		return canceled;
	}

	@Override
	public void setCanceled(boolean value) {
		canceled = value;
	}
}
