package org.vtpmconsole.ui.connections;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionState;
import org.vtpmconsole.ui.parts.FleetExplorerPart;
import org.vtpmconsole.ui.preferences.ConsolePreference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line's fleet CA field: connected, stale (time since the last good contact) or failed with the reason,
 * judged with the explorer's stale threshold. Agents show their state on their hosts in the explorer.
 */
public class ConnectionStatusControl {

	public static final String STATUS_ID = "connections.caStatus";
	private static final int REJUDGE_MILLIS = 30_000;

	@Inject
	private ConsoleConnections connections;
	@Inject
	private UISynchronize sync;

	private Label status;
	private final Consumer<Connection> changed = connection -> sync.asyncExec(this::update);

	@PostConstruct
	void create(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new FillLayout());
		status = new Label(holder, SWT.NONE);
		status.setData(FleetExplorerPart.WIDGET_ID, STATUS_ID);
		connections.registry().addListener(changed);
		rejudge();
	}

	/** Stale is a matter of time passing, so look again now and then even when nothing happens. */
	private void rejudge() {
		update();
		if (!status.isDisposed()) {
			status.getDisplay().timerExec(REJUDGE_MILLIS, this::rejudge);
		}
	}

	private void update() {
		if (status == null || status.isDisposed()) {
			return;
		}
		status.setText(connections.registry().ca().map(ConnectionStatusControl::describe)
				.orElse("Fleet CA: no connection (Fleet \u25b8 New Connection...)"));
		status.setToolTipText(connections.registry().ca().map(c -> c.name() + " \u2014 " + c.uri()).orElse(null));
		status.getParent().getParent().layout(true, true);
	}

	static String describe(Connection ca) {
		Duration threshold = Duration.ofSeconds(ConsolePreference.STALE_THRESHOLD.value());
		ConnectionState state = ca.state(Instant.now(), threshold);
		String since = ca.lastContact().map(t -> ", last contact " + ago(Duration.between(t, Instant.now())))
				.orElse("");
		return "Fleet CA: " + switch (state) {
		case UNKNOWN -> "not connected yet";
		case CONNECTING -> "connecting...";
		case CONNECTED -> "connected";
		case STALE -> "stale" + since;
		case FAILED -> "failed: " + ca.failureReason().orElse("unknown reason") + since;
		};
	}

	private static String ago(Duration duration) {
		if (duration.toMinutes() < 1) {
			return duration.toSeconds() + " s ago";
		}
		return duration.toHours() < 1 ? duration.toMinutes() + " min ago" : duration.toHours() + " h ago";
	}

	@PreDestroy
	void dispose() {
		connections.registry().removeListener(changed);
	}
}
