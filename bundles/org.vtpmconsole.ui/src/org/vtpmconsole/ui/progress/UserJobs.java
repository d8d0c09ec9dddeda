package org.vtpmconsole.ui.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * The job manager's progress provider while the console runs: each user Job ({@link Job#isUser()}) that starts
 * gets a {@link TrackedMonitor}, kept until the Job is done, and {@code changed} hears of every start and end. In a
 * pure e4 application nothing else shows user Jobs: without this, {@code setUser(true)} shows nothing.
 */
final class UserJobs extends ProgressProvider {

	private final IJobManager jobs;
	private final Runnable changed;
	private final Map<Job, TrackedMonitor> running = new ConcurrentHashMap<>();
	private final IJobChangeListener ends = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (running.remove(event.getJob()) != null) {
				changed.run();
			}
		}
	};

	UserJobs(IJobManager jobs, Runnable changed) {
		this.jobs = jobs;
		this.changed = changed;
	}

	void install() {
		jobs.addJobChangeListener(ends);
		jobs.setProgressProvider(this);
	}

	void uninstall() {
		jobs.setProgressProvider(null);
		jobs.removeJobChangeListener(ends);
		running.clear();
	}

	@Override
	public IProgressMonitor createMonitor(Job job) {
		if (!job.isUser()) {
			return new NullProgressMonitor();
		}
		TrackedMonitor monitor = new TrackedMonitor(job);
		running.put(job, monitor);
		changed.run();
		return monitor;
	}

	/** The user Jobs running now, oldest first by name for a stable order. */
	List<TrackedMonitor> running() {
		List<TrackedMonitor> now = new ArrayList<>();
		running.values().stream().filter(m -> m.job().getState() == Job.RUNNING).forEach(now::add);
		now.sort((a, b) -> a.job().getName().compareTo(b.job().getName()));
		return now;
	}
}
