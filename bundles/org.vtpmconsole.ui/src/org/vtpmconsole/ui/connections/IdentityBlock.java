package org.vtpmconsole.ui.connections;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vtpmconsole.client.CaSession;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.ClientIdentity;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.ui.parts.FleetExplorerPart;

/**
 * The user's fleet identity (PKCS#12 file and password; both go to secure storage, never to the workspace) and
 * Test Connection, which connects (the trust prompt included) and shows who the server took the user for. In the
 * wizard the test runs through the wizard container, with its progress bar and Cancel; in the connection's
 * properties, which have no such container, in a user Job that the progress area shows with its Cancel.
 */
final class IdentityBlock implements ConnectionSettingsBlock {

	static final String FILE_ID = "connection.identityFile";
	static final String PASSWORD_ID = "connection.password";
	static final String TEST_ID = "connection.test";
	static final String RESULT_ID = "connection.testResult";

	private final ConnectionDraft draft;
	private final Supplier<IRunnableContext> container;
	private Button test;
	private Label result;

	/** @param container where the test runs with progress and Cancel (the wizard's), or null for a user Job */
	IdentityBlock(ConnectionDraft draft, Supplier<IRunnableContext> container) {
		this.draft = draft;
		this.container = container;
	}

	@Override
	public String title() {
		return "Identity";
	}

	@Override
	public String description() {
		return draft.isNew() ? "Your fleet identity: kept in Eclipse secure storage, not in the workspace"
				: "Stored: " + draft.connection().identityLabel().orElse("an identity") + ". Pick a file to replace it.";
	}

	@Override
	public Control createControl(Composite parent, Runnable changed) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText("PKCS#12 &file:");
		Text file = new Text(body, SWT.BORDER);
		file.setData(FleetExplorerPart.WIDGET_ID, FILE_ID);
		file.setMessage("admin.p12");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(body.getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.p12;*.pfx", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		file.addListener(SWT.Modify, e -> {
			draft.identityFile = file.getText().isBlank() ? null : Path.of(file.getText().trim());
			changed.run();
			updateTestButton();
		});
		new Label(body, SWT.NONE).setText("&Password:");
		Text password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		password.setData(FleetExplorerPart.WIDGET_ID, PASSWORD_ID);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(password);
		password.addListener(SWT.Modify, e -> {
			draft.password = password.getTextChars();
			changed.run();
			updateTestButton();
		});
		test = new Button(body, SWT.PUSH);
		test.setText("&Test Connection");
		test.setData(FleetExplorerPart.WIDGET_ID, TEST_ID);
		GridDataFactory.swtDefaults().span(3, 1).applyTo(test);
		test.addListener(SWT.Selection, e -> testConnection());
		result = new Label(body, SWT.WRAP);
		result.setData(FleetExplorerPart.WIDGET_ID, RESULT_ID);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).applyTo(result);
		updateTestButton();
		return body;
	}

	private void updateTestButton() {
		test.setEnabled(draft.endpointError() == null && draft.identityError() == null);
	}

	private void testConnection() {
		Connection connection = draft.connection();
		test.setEnabled(false);
		result.setText("Connecting to " + connection.uri() + "...");
		if (container != null) {
			AtomicReference<String> outcome = new AtomicReference<>("Cancelled");
			try {
				container.get().run(true, true, monitor -> outcome.set(test(connection, monitor)));
			} catch (InvocationTargetException e) {
				outcome.set("Failed: " + e.getCause().getMessage());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			show(outcome.get());
			return;
		}
		Display display = result.getDisplay();
		Job job = Job.create("Testing the connection to " + connection.name(), monitor -> {
			String outcome = test(connection, monitor);
			display.asyncExec(() -> show(outcome));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** Connects and says how it went; any thread but the UI's. */
	private String test(Connection connection, IProgressMonitor monitor) {
		ConsoleConnections connections = draft.connections();
		String outcome;
		try {
			ClientIdentity identity = draft.identity();
			connections.manager().connect(connection, identity, monitor);
			outcome = "Connected as " + identity.subject() + " (" + identity.role().token() + ")"
					+ caSummary(connections, connection, monitor);
		} catch (ClientException | PkiException e) {
			outcome = "Failed: " + e.getMessage();
		} catch (OperationCanceledException e) {
			outcome = "Cancelled";
		}
		if (!draft.isNew()) {
			// the trial copy's CA session must not linger next to the registered connection's
			connections.manager().disconnect(connection);
		}
		return outcome;
	}

	private void show(String outcome) {
		if (!result.isDisposed()) {
			result.setText(outcome);
			result.getParent().layout();
			updateTestButton();
		}
	}

	/** For a CA, how many certificates the directory lists: proof that the role may read it. */
	private static String caSummary(ConsoleConnections connections, Connection connection, IProgressMonitor monitor)
			throws ClientException {
		if (connection.kind() != ConnectionKind.CA) {
			return "";
		}
		CaSession session = connections.manager().caSession(connection).orElseThrow();
		return "; the CA lists " + session.certificates(monitor).size() + " certificates";
	}

	@Override
	public String error() {
		return draft.identityError();
	}
}
