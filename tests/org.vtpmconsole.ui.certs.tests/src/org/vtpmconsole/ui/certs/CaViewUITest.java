package org.vtpmconsole.ui.certs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ui.Workbench;

/** The CA view, opened from Window ▸ Fleet CA, against {@link InMemoryCaDirectoryForTests}. */
class CaViewUITest {

	private static final BigInteger AGENT_SERIAL = new BigInteger("4f1e2d3c4b5a69788796a5b4c3d2e1f0", 16);
	private static final BigInteger MIG_SERIAL = new BigInteger("7a0b1c2d3e4f5061728394a5b6c7d8e9", 16);
	private Workbench workbench;

	@BeforeEach
	void findWorkbench() {
		workbench = Workbench.find();
	}

	private static List<CaDirectory.Entry> entries() {
		Instant until = Instant.now().plus(365, ChronoUnit.DAYS);
		return List.of(
				new CaDirectory.Entry(AGENT_SERIAL, "compute-a.example", Role.TLS_SERVER, until, CertificateStatus.VALID,
						Optional.empty()),
				new CaDirectory.Entry(MIG_SERIAL, "compute-a", Role.RSA_MIG, until.plus(1460, ChronoUnit.DAYS),
						CertificateStatus.VALID, Optional.empty()));
	}

	private Composite openFromWindowMenu(CaDirectory directory) {
		workbench.onUi(() -> {
			workbench.application.getContext().set(CaDirectory.class, directory);
			return null;
		});
		MenuItem item = workbench.onUi(() -> {
			for (MenuItem top : workbench.mainShell.getMenuBar().getItems()) {
				if (top.getText().replace("&", "").equals("Window")) {
					top.getMenu().notifyListeners(SWT.Show, new Event()); // e4 fills a menu when it is about to show
					for (MenuItem candidate : top.getMenu().getItems()) {
						if (candidate.getText().replace("&", "").startsWith("Fleet CA")) {
							return candidate;
						}
					}
				}
			}
			return null;
		});
		assertNotNull(item, "Window > Fleet CA");
		workbench.display.asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
		return waitFor("the CA view listing two certificates", () -> workbench.onUi(() -> {
			MPart view = workbench.window.getContext().get(EPartService.class).findPart(CaView.DESCRIPTOR_ID);
			if (view == null || !(view.getWidget() instanceof Composite root)) {
				return null;
			}
			Table table = (Table) find(root, CaView.TABLE_ID);
			return table != null && root.isVisible() && root.getSize().x > 0 && table.getItemCount() == 2 ? root : null;
		}));
	}

	@Test
	void adminRevokesWithAReason() {
		InMemoryCaDirectoryForTests directory = new InMemoryCaDirectoryForTests("CN=alice", Role.ADMIN, entries());
		Composite root = openFromWindowMenu(directory);
		Button revoke = workbench.onUi(() -> (Button) find(root, CaView.REVOKE_ID));
		assertFalse(workbench.onUi(revoke::isEnabled), "nothing selected yet");
		workbench.onUi(() -> {
			Table table = (Table) find(root, CaView.TABLE_ID);
			table.setSelection(1);
			table.notifyListeners(SWT.Selection, new Event());
			Combo reason = (Combo) find(root, CaView.REASON_ID);
			reason.select(RevocationReason.KEY_COMPROMISE.ordinal());
			return null;
		});
		assertTrue(workbench.onUi(revoke::isEnabled), "an admin may revoke the selected certificate");
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "ca-view-admin"));

		workbench.display.asyncExec(() -> revoke.notifyListeners(SWT.Selection, new Event()));
		Shell confirm = waitFor("the confirmation", () -> workbench.onUi(() -> {
			for (Shell shell : workbench.display.getShells()) {
				if (shell.isVisible() && "Revoke certificate".equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}));
		workbench.onUi(() -> {
			Workbench.all(confirm, Button.class, b -> b.getText().replace("&", "").equals("Yes")).get(0)
					.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		waitFor("the revocation", () -> directory.entry(MIG_SERIAL).status() == CertificateStatus.REVOKED ? true : null);
		assertEquals(Optional.of(RevocationReason.KEY_COMPROMISE), directory.entry(MIG_SERIAL).revocationReason());
		String status = waitFor("the table showing it", () -> workbench.onUi(() -> {
			String text = ((Table) find(root, CaView.TABLE_ID)).getItem(1).getText(4);
			return text.startsWith("revoked") ? text : null;
		}));
		assertEquals("revoked (keyCompromise)", status);
		assertEquals(CertificateStatus.VALID, directory.entry(AGENT_SERIAL).status(), "only the chosen one");
	}

	@Test
	void auditorSeesRevokeDisabledAndWhy() {
		Composite root = openFromWindowMenu(new InMemoryCaDirectoryForTests("CN=bob", Role.AUDITOR, entries()));
		workbench.onUi(() -> {
			Table table = (Table) find(root, CaView.TABLE_ID);
			table.setSelection(0);
			table.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		Button revoke = workbench.onUi(() -> (Button) find(root, CaView.REVOKE_ID));
		assertFalse(workbench.onUi(revoke::isEnabled));
		assertEquals("Revoking needs the admin role; you are auditor",
				workbench.onUi(() -> ((Label) find(root, CaView.PERMISSION_ID)).getText()));
		assertEquals("Revoking needs the admin role; you are auditor", workbench.onUi(revoke::getToolTipText));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "ca-view-auditor"));
	}
}
