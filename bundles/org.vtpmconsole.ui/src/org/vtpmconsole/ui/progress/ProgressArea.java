package org.vtpmconsole.ui.progress;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.vtpmconsole.ui.parts.FleetExplorerPart;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The progress area in the bottom trim: every running user Job with its task (and sub-task), a progress bar and a
 * Cancel button, from the job manager's progress provider ({@link UserJobs}). Rows come and go with the Jobs; while
 * any runs, their progress is re-read five times a second. Cancel is {@link Job#cancel()}, which the Job's work
 * honours (the connection layer's network calls close their sockets: docs/console-connections.md).
 */
public final class ProgressArea {

	/** Widget id of a row's Cancel button; the row's Job is its data under {@link #JOB_KEY}. */
	public static final String CANCEL_ID = "progress.cancel";
	public static final String TASK_ID = "progress.task";
	public static final String JOB_KEY = "progress.job";
	// three rows and the CA status overflow a 1200-pixel window's trim (seen in the concurrency test's screen)
	private static final int MAX_ROWS = 2;
	private static final int REFRESH_MS = 200;

	private UISynchronize sync;
	private UserJobs jobs;
	private Composite area;
	private final List<Row> rows = new ArrayList<>();
	private Label more;
	private boolean refreshScheduled;

	private record Row(TrackedMonitor monitor, Label task, ProgressBar bar, Button cancel) {
	}

	@PostConstruct
	void create(Composite parent, UISynchronize sync) {
		this.sync = sync;
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(12, 0).applyTo(area);
		more = new Label(area, SWT.NONE);
		jobs = new UserJobs(Job.getJobManager(), this::jobsChanged);
		jobs.install();
		rebuild();
	}

	@PreDestroy
	void dispose() {
		jobs.uninstall();
	}

	/** Any thread: a user Job started or ended. */
	private void jobsChanged() {
		sync.asyncExec(this::refresh);
	}

	private void refresh() {
		if (area.isDisposed()) {
			return;
		}
		List<TrackedMonitor> running = jobs.running();
		List<TrackedMonitor> shown = rows.stream().map(Row::monitor).toList();
		if (!running.subList(0, Math.min(MAX_ROWS, running.size())).equals(shown)) {
			rebuild();
		} else {
			rows.forEach(ProgressArea::show);
			more.setText(running.size() > MAX_ROWS ? "+" + (running.size() - MAX_ROWS) + " more" : "");
		}
		if (!running.isEmpty() && !refreshScheduled) {
			refreshScheduled = true;
			area.getDisplay().timerExec(REFRESH_MS, () -> {
				refreshScheduled = false;
				refresh();
			});
		}
	}

	private void rebuild() {
		rows.forEach(row -> {
			row.task().dispose();
			row.bar().dispose();
			row.cancel().dispose();
		});
		rows.clear();
		List<TrackedMonitor> running = jobs.running();
		for (TrackedMonitor monitor : running.subList(0, Math.min(MAX_ROWS, running.size()))) {
			Row row = row(monitor);
			rows.add(row);
			show(row);
		}
		more.setText(running.size() > MAX_ROWS ? "+" + (running.size() - MAX_ROWS) + " more" : "");
		more.moveBelow(null);
		((org.eclipse.swt.layout.GridLayout) area.getLayout()).numColumns = rows.size() * 3 + 1;
		area.requestLayout();
	}

	private Row row(TrackedMonitor monitor) {
		Label task = new Label(area, SWT.NONE);
		task.setData(FleetExplorerPart.WIDGET_ID, TASK_ID);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(260, SWT.DEFAULT).applyTo(task);
		ProgressBar bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setMaximum(1000);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(100, 12).applyTo(bar);
		Button cancel = new Button(area, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.setToolTipText("Cancel " + monitor.job().getName());
		cancel.setData(FleetExplorerPart.WIDGET_ID, CANCEL_ID);
		cancel.setData(JOB_KEY, monitor.job());
		cancel.addListener(SWT.Selection, e -> {
			monitor.job().cancel();
			cancel.setEnabled(false);
			cancel.setText("Cancelling");
			cancel.requestLayout();
		});
		return new Row(monitor, task, bar, cancel);
	}

	private static void show(Row row) {
		TrackedMonitor.Progress progress = row.monitor().progress();
		String text = progress.subTask() == null || progress.subTask().isBlank() ? progress.task()
				: progress.task() + ": " + progress.subTask();
		if (!text.equals(row.task().getText())) {
			row.task().setText(text);
			row.task().setToolTipText(text);
		}
		double fraction = progress.fraction();
		row.bar().setSelection(fraction < 0 ? 0 : (int) (fraction * 1000));
	}
}
