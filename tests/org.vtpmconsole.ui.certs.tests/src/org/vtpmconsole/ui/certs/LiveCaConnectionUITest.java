package org.vtpmconsole.ui.certs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionState;
import org.vtpmconsole.client.ServerIdentity;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.connections.ConnectionStatusControl;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.fleet.FleetRepository;
import org.vtpmconsole.ui.parts.AuditLogPart;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * The whole way in the running console against a real fleet CA on 127.0.0.1: Fleet ▸ New Connection, the trust
 * prompt with the root's fingerprint, the CA view listing what the CA issued, an admin's revocation, and a
 * certificate editor whose chain check turns invalid with the CRL the console fetched.
 */
class LiveCaConnectionUITest {


	@TempDir
	Path directory;
	private TestCa testCa;
	private IssuedCertificate agent;
	private Workbench workbench;
	private MPart editor;

	@BeforeEach
	void startCa() throws Exception {
		workbench = Workbench.find();
		testCa = new TestCa(directory);
		agent = testCa.agentCertificate();
	}

	@AfterEach
	void stopCa() {
		if (editor != null) {
			workbench.close(editor);
		}
		ConsoleConnections connections = connections();
		Job.getJobManager().cancel(ConnectJob.FAMILY);
		connections.registry().connections().forEach(connections.registry()::remove);
		workbench.onUi(() -> {
			workbench.application.getContext().remove(CaDirectory.class);
			workbench.application.getContext().remove(CertificateTrust.class);
			return null;
		});
		testCa.close();
	}

	private ConsoleConnections connections() {
		// a singleton: the very instance the console's handlers and addons use
		return workbench.onUi(() -> workbench.application.getContext().get(ConsoleConnections.class));
	}

	@Test
	void newConnectionWithTrustPromptThenRevokeTurnsTheChainInvalid() throws Exception {
		// the certificate editor is open before anything is connected: it learns the CRL when the console does
		workbench.onUi(() -> {
			workbench.application.getContext().remove(CertificateTrust.class);
			return null;
		});
		Certificate certificate = CertificateModels.modelOf(agent);
		editor = workbench.openEditor("org.vtpmconsole.ui.certs.editor", certificate);

		workbench.runMenu("Fleet", "New Connection");
		Shell wizard = workbench.shell("New Connection");
		workbench.onUi(() -> {
			Workbench.type(wizard, "connection.name", "Fleet CA");
			Workbench.type(wizard, "connection.url", testCa.uri().toString());
			return null;
		});
		workbench.press(wizard, "Next >");
		workbench.onUi(() -> {
			Workbench.type(wizard, "connection.identityFile", testCa.identityFile("admin").toString());
			Workbench.type(wizard, "connection.password", new String(TestCa.PASSWORD));
			return null;
		});
		workbench.display.asyncExec(() -> find(wizard, "connection.test").notifyListeners(SWT.Selection, new Event()));

		Shell prompt = workbench.shell("Certificate Trust");
		String shownFingerprint = workbench.onUi(() -> ((Text) find(prompt, "trustPrompt.fingerprint.0")).getText());
		assertEquals(ServerIdentity.sha256(testCa.rootCertificate()), shownFingerprint);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "connection-trust-prompt"));
		workbench.press(prompt, "Trust");

		String result = waitFor("the test result", () -> workbench.onUi(() -> {
			String text = ((Label) find(wizard, "connection.testResult")).getText();
			return text.startsWith("Connected") || text.startsWith("Failed") ? text : null;
		}));
		assertTrue(result.startsWith("Connected as CN=alice"), result);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "connection-wizard-tested"));
		workbench.press(wizard, "Finish");

		ConsoleConnections connections = connections();
		Connection ca = waitFor("the CA connection", () -> connections.registry().ca()
				.filter(c -> c.state() == ConnectionState.CONNECTED).orElse(null));
		assertEquals(testCa.rootCertificate(), ca.pinnedRoot().orElseThrow());

		Composite view = openCaView();
		int row = workbench.onUi(() -> {
			Table table = (Table) find(view, CaView.TABLE_ID);
			for (TableItem item : table.getItems()) {
				if (item.getText(0).equals(agent.serial().toString(16))) {
					return table.indexOf(item);
				}
			}
			return -1;
		});
		assertTrue(row >= 0, "the agent's certificate is listed");
		workbench.onUi(() -> {
			Table table = (Table) find(view, CaView.TABLE_ID);
			table.setSelection(row);
			table.notifyListeners(SWT.Selection, new Event());
			((Combo) find(view, CaView.REASON_ID)).select(RevocationReason.KEY_COMPROMISE.ordinal());
			return null;
		});
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "ca-view-live"));
		Button revoke = workbench.onUi(() -> (Button) find(view, CaView.REVOKE_ID));
		workbench.display.asyncExec(() -> revoke.notifyListeners(SWT.Selection, new Event()));
		workbench.press(workbench.shell("Revoke certificate"), "Yes");

		workbench.onUi(() -> {
			workbench.window.getContext().get(EPartService.class).activate(editor);
			return null;
		});
		String verdict = waitFor("the editor's revocation check failing", () -> workbench.onUi(() -> {
			Composite root = (Composite) editor.getWidget();
			return find(root, "check:this certificate: revocation") instanceof Label label
					&& label.getText().contains("FAILED") ? label.getText() : null;
		}));
		waitFor("the editor's checks laid out", () -> workbench.onUi(() -> {
			Label label = (Label) find((Composite) editor.getWidget(), "check:this certificate: revocation");
			return label.isVisible() && label.getSize().x > 0 ? true : null;
		}));
		assertEquals("\u2718 FAILED", verdict);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "certificate-editor-revoked-live"));

		String status = workbench.onUi(() -> ((Label) find(workbench.mainShell, ConnectionStatusControl.STATUS_ID)).getText());
		assertEquals("Fleet CA: connected", status);

		workbench.runMenu("Window", "Audit Log");
		waitFor("the audit log listing the revocation", () -> workbench.onUi(() -> {
			MPart log = workbench.window.getContext().get(EPartService.class).findPart(AuditLogPart.DESCRIPTOR_ID);
			Table table = log == null || !(log.getWidget() instanceof Composite root) ? null
					: (Table) find(root, AuditLogPart.TABLE_ID);
			return table != null && table.getItemCount() >= 2 && table.getItem(0).getText(2).equals("revoke") ? true : null;
		}));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "audit-log"));

		var audit = workbench.onUi(() -> List.copyOf(workbench.application.getContext()
				.get(FleetRepository.class).fleet().getAuditLog()));
		var revocation = audit.stream().filter(e -> "revoke".equals(e.getAction())).findFirst().orElseThrow();
		assertTrue(revocation.getUser().contains("CN=alice"), revocation.getUser());
		assertEquals(AuditOutcome.SUCCESS, revocation.getOutcome());
	}
	private Composite openCaView() {
		workbench.runMenu("Window", "Fleet CA");
		return waitFor("the CA view listing the live directory", () -> workbench.onUi(() -> {
			MPart view = workbench.window.getContext().get(EPartService.class).findPart(CaView.DESCRIPTOR_ID);
			if (view == null || !(view.getWidget() instanceof Composite root)) {
				return null;
			}
			Table table = (Table) find(root, CaView.TABLE_ID);
			return table != null && root.isVisible() && table.getItemCount() >= 3 ? root : null;
		}));
	}
}
