package org.vtpmconsole.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.client.ConnectionState;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.testing.StallingServer;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.parts.FleetExplorerPart;
import org.vtpmconsole.ui.progress.ProgressArea;

/**
 * Cancel from the progress area really stops the work: a connection to an "agent" that completes TLS with a fleet
 * server certificate, takes the request and never answers (a real local server, {@link StallingServer}) shows as a
 * running Job in the bottom trim; pressing that row's real Cancel button closes the client's socket — the server
 * reads end of stream within a second — and the fleet model is as it was.
 */
class ProgressAreaCancelUITest {

	/** Set (in ms) to keep the running Job on screen before Cancel, e.g. for {@code import -window root}. */
	private static final String HOLD_ENV = "VTPM_PROGRESS_HOLD_MS";

	@TempDir
	Path directory;

	@Test
	void cancelInTheProgressAreaClosesTheStalledSocketAndLeavesTheModelAsItWas() throws Exception {
		Workbench workbench = Workbench.find();
		ConsoleConnections console = workbench.onUi(() -> workbench.application.getContext().get(ConsoleConnections.class));
		try (TestCa ca = new TestCa(directory.resolve("ca"));
				StallingServer slow = StallingServer.tls(FleetTls.loadIdentity(ca.identityFile("ca"), TestCa.PASSWORD),
						TestCa.PASSWORD, ca.rootCertificate())) {
			Fleet before = workbench.onUi(() -> EcoreUtil.copy(console.fleet().fleet()));
			Connection connection = new Connection(ConnectionKind.AGENT, "slow-01", slow.uri());
			storeIdentity(workbench, console, connection, ca.identity("auditor"));
			console.registry().add(connection);
			try {
				workbench.onUi(() -> console.connect(connection));
				workbench.press(workbench.shell("Certificate Trust"), "Trust");
				StallingServer.Peer stalled = slow.awaitRequest("GET /v1/crl", Duration.ofSeconds(20));

				Button cancel = waitFor("the progress area's Cancel of 'Connecting to slow-01'", () -> workbench.onUi(() -> {
					List<Button> found = Workbench.all(workbench.mainShell, Button.class,
							b -> ProgressArea.CANCEL_ID.equals(b.getData(FleetExplorerPart.WIDGET_ID))
									&& b.getData(ProgressArea.JOB_KEY) instanceof Job job
									&& job.getName().equals("Connecting to slow-01") && b.isVisible());
					return found.isEmpty() ? null : found.get(0);
				}));
				// the row re-reads the Job's progress five times a second: its sub-task is where the call stalls
				String row = waitFor("the row's task and sub-task", () -> workbench.onUi(() -> {
					String text = Workbench.allText(cancel.getParent());
					return text.contains("Connecting to slow-01: Fetching the CRL") ? text : null;
				}));
				System.out.println("progress area row: " + row.strip());
				workbench.onUi(() -> Workbench.screenshot(workbench.display, "progress-area-running"));
				holdForAWatcher();

				long pressed = System.nanoTime();
				workbench.onUi(() -> {
					cancel.notifyListeners(SWT.Selection, new Event());
					return null;
				});
				long deadline = pressed + Duration.ofSeconds(1).toNanos();
				while (!stalled.closedByClient() && System.nanoTime() < deadline) {
					Thread.sleep(5);
				}
				assertTrue(stalled.closedByClient(), "the stalled socket is still open a second after Cancel");
				System.out.printf("progress-area cancel latency: %.1f ms from pressing Cancel to the server reading end of stream%n",
						(stalled.closedAtNanos() - pressed) / 1e6);
				waitFor("the Job to end", () -> Job.getJobManager().find(connection).length == 0 ? true : null);
				assertEquals(ConnectionState.FAILED, connection.state());
				assertEquals("cancelled", connection.failureReason().orElse(null));
				waitFor("the row to leave the progress area", () -> workbench.onUi(() -> cancel.isDisposed() ? true : null));
				assertTrue(workbench.onUi(() -> EcoreUtil.equals(before, console.fleet().fleet())),
						"the cancelled connect changed the fleet model");
			} finally {
				Job.getJobManager().cancel(ConnectJob.FAMILY);
				console.manager().remove(connection);
			}
		}
	}

	/** Into secure storage, answering the master-password prompt if this run has not met it yet. */
	private static void storeIdentity(Workbench workbench, ConsoleConnections console, Connection connection,
			byte[] identity) throws Exception {
		AtomicReference<Exception> failure = new AtomicReference<>();
		Thread storing = new Thread(() -> {
			try {
				console.manager().credentials().store(connection.id(), identity, TestCa.PASSWORD);
			} catch (Exception e) {
				failure.set(e);
			}
		}, "storing the identity");
		storing.start();
		boolean asked = waitFor("the identity stored or the master password asked", () -> {
			if (!storing.isAlive()) {
				return false;
			}
			return workbench.onUi(() -> Arrays.stream(workbench.display.getShells())
					.anyMatch(s -> s.isVisible() && SecureStoragePrompt.TITLE.equals(s.getText()))) ? true : null;
		});
		if (asked) {
			Shell prompt = SecureStoragePrompt.await(workbench, null);
			SecureStoragePrompt.type(workbench, prompt, ConnectionPropertiesUITest.MASTER_PASSWORD);
			workbench.press(prompt, "OK");
		}
		storing.join();
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	private static void holdForAWatcher() throws InterruptedException {
		String hold = System.getenv(HOLD_ENV);
		if (hold != null) {
			System.out.println("progress area shows the running Job; holding " + hold + " ms");
			Thread.sleep(Long.parseLong(hold));
		}
	}
}
