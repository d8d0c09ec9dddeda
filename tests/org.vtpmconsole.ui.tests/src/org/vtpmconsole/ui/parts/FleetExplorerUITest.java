package org.vtpmconsole.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.testing.ui.Screenshots;
import org.vtpmconsole.ui.explorer.Folder;

class FleetExplorerUITest extends WorkbenchTestSupport {

	@Test
	void emptyFleetShowsHowToAddAHost() {
		Composite emptyState = waitFor("the empty state", () -> onUi(() -> {
			Control control = find(mainShell, FleetExplorerPart.EMPTY_STATE_ID);
			return control != null && control.isVisible() ? (Composite) control : null;
		}));
		String text = onUi(() -> allText(emptyState));
		assertTrue(text.contains("No hosts in the fleet yet"), text);
		assertTrue(text.contains("Add Host"), text);
		onUi(() -> Screenshots.save(display, "fleet-empty-state"));
		assertFalse(onUi(() -> find(mainShell, FleetExplorerPart.TREE_ID).isVisible()), "tree hidden while empty");
	}

	@Test
	void addedHostReplacesEmptyStateWithTree() {
		onUi(() -> repository.addHost("compute-01", "127.0.0.1:8443"));
		Tree tree = waitFor("the tree with one host", () -> onUi(() -> {
			Tree t = (Tree) find(mainShell, FleetExplorerPart.TREE_ID);
			return t.isVisible() && t.getItemCount() == 1 ? t : null;
		}));
		assertEquals("compute-01  (127.0.0.1:8443)", onUi(() -> tree.getItem(0).getText()));
		onUi(() -> Screenshots.save(display, "fleet-one-host"));
		assertFalse(onUi(() -> find(mainShell, FleetExplorerPart.EMPTY_STATE_ID).isVisible()));
	}

	@Test
	void addHostLinkOpensDialogThatRefusesBadAddress() {
		Link link = waitFor("the add-host link", () -> onUi(() -> {
			Control emptyState = find(mainShell, FleetExplorerPart.EMPTY_STATE_ID);
			return emptyState == null ? null : first((Composite) emptyState, Link.class);
		}));
		display.asyncExec(() -> link.notifyListeners(SWT.Selection, new Event()));
		Shell dialog = waitForShell("Add Host");
		List<Text> fields = onUi(() -> all(dialog, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0));
		assertEquals(2, fields.size(), "name and address fields");
		Button add = button(dialog, "Add");

		type(fields.get(0), "compute-02");
		type(fields.get(1), "10.0.0.5");
		assertFalse(onUi(add::isEnabled), "an address without a port is refused");
		onUi(() -> Screenshots.save(display, "add-host-refused"));
		assertTrue(onUi(() -> allText(dialog)).contains("needs a port"), "the reason is shown");

		type(fields.get(1), "10.0.0.5:8443");
		assertTrue(onUi(add::isEnabled));
		click(add);
		waitFor("the new host in the fleet", () -> onUi(
				() -> repository.fleet().getHosts().size() == 1 ? repository.fleet().getHosts().get(0) : null));
		assertEquals("10.0.0.5:8443", onUi(() -> repository.fleet().getHosts().get(0).getAddress()));
	}

	@Test
	void helpAboutShowsTheVersion() {
		MenuItem about = mainMenuItem("Help", "About vtpm-console");
		assertNotNull(about, "Help > About vtpm-console");
		clickLater(about);
		Shell dialog = waitForShell("About vtpm-console");
		String text = onUi(() -> allText(dialog));
		onUi(() -> Screenshots.save(display, "about-dialog"));
		assertTrue(text.matches("(?s).*vtpm-console 0\\.1\\.0\\.\\d+.*"), text);
	}

	@Test
	void explorerShowsHostsVmsAndTheirChildren() {
		List<Host> hosts = loadSample();
		FleetExplorerPart explorer = explorer();
		Host compute01 = hosts.get(0);
		VirtualMachine web01 = compute01.getVirtualMachines().get(0);
		onUi(() -> {
			explorer.viewer().setExpandedState(compute01, true);
			explorer.viewer().setExpandedState(web01, true);
			explorer.viewer().setExpandedState(new Folder(web01, Folder.SNAPSHOTS), true);
			return null;
		});
		List<String> rows = waitFor("compute-01 and web-01 expanded", () -> {
			List<String> now = rows();
			return now.stream().anyMatch(r -> r.startsWith("    Snapshots")) ? now : null;
		});
		assertTrue(rows.get(0).startsWith("compute-01  (10.0.0.11:8443)"), rows.toString());
		assertEquals("  Certificates  (3)", rows.get(1), rows.toString());
		assertTrue(rows.get(2).startsWith("  web-01  running"), rows.toString());
		assertTrue(rows.get(3).startsWith("    vTPM  running"), rows.toString());
		assertTrue(rows.get(4).startsWith("    Label  valid until"), rows.toString());
		assertEquals("    Snapshots  (2)", rows.get(5), rows.toString());
		assertTrue(rows.get(6).startsWith("      before-upgrade  "), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("  db-01  stopped")), rows.toString());
		onUi(() -> Screenshots.save(display, "fleet-explorer-expanded"));
	}

	@Test
	void decorationsShowStaleFailedInvalidAndExpiring() {
		List<Host> hosts = loadSample();
		FleetExplorerPart explorer = explorer();
		onUi(() -> {
			explorer.viewer().setExpandedState(hosts.get(0), true);
			return null;
		});
		List<String> rows = waitFor("compute-01 expanded", () -> {
			List<String> now = rows();
			return now.size() >= 8 ? now : null;
		});
		String all = String.join("\n", rows);
		assertTrue(rows.get(0).contains("1 invalid label") && rows.get(0).contains("1 expiring"), all);
		assertTrue(row(rows, "  web-02").contains("label expires in"), all);
		assertTrue(row(rows, "  db-01").contains("label invalid"), all);
		assertTrue(row(rows, "compute-02").contains("stale (2 h)"), all);
		assertTrue(row(rows, "compute-03").contains("unreachable"), all);
		assertTrue(onUi(() -> explorer.labelProvider().getToolTipText(hosts.get(2)))
				.contains("Reason: connection refused"), "failure reason in the tooltip");
		assertTrue(onUi(() -> explorer.labelProvider().getToolTipText(hosts.get(0).getVirtualMachines().get(2)))
				.contains(TestFleets.INVALID_DETAIL), "why the label is invalid, in the VM's tooltip");
		Tree tree = tree();
		onUi(() -> {
			// each host state has its own badge
			assertNotSame(tree.getItem(0).getImage(), tree.getItem(1).getImage());
			assertNotSame(tree.getItem(1).getImage(), tree.getItem(2).getImage());
			assertNotSame(tree.getItem(2).getImage(), tree.getItem(3).getImage());
			return null;
		});
		onUi(() -> Screenshots.save(display, "fleet-decorations"));
	}

	@Test
	void filterNarrowsByNameAddressAndUuidAndClears() {
		loadSample();
		Text filter = onUi(() -> (Text) find(mainShell, FleetExplorerPart.FILTER_ID));

		type(filter, "DB-01");
		List<String> rows = waitFor("only db-01's host", () -> {
			List<String> now = rows();
			return now.size() == 3 && now.get(0).startsWith("compute-01") ? now : null;
		});
		assertTrue(rows.get(2).startsWith("  db-01"), "the matching VM is shown expanded: " + rows);
		assertEquals("1 host, 1 VM match \u201CDB-01\u201D", summary());
		onUi(() -> Screenshots.save(display, "fleet-filtered"));

		type(filter, TestFleets.uuid(2, 1).substring(0, 12));
		waitFor("the host of the VM with that UUID", () -> rows().get(0).startsWith("compute-02") ? true : null);
		type(filter, "10.0.0.13");
		waitFor("the host with that address", () -> {
			List<String> now = rows();
			return now.size() == 1 && now.get(0).startsWith("compute-03") ? true : null;
		});
		type(filter, "no-such-thing");
		waitFor("an empty tree", () -> onUi(() -> tree().getItemCount() == 0) ? true : null);
		assertEquals("Nothing matches \u201Cno-such-thing\u201D", summary());

		type(filter, "");
		waitFor("all four hosts again", () -> onUi(() -> tree().getItemCount() == 4) ? true : null);
		assertEquals("4 hosts, 5 VMs", summary());
	}

	@Test
	void contextMenuRemoveHostAsksAndRemoves() {
		List<Host> hosts = loadSample();
		FleetExplorerPart explorer = explorer();
		Host failed = hosts.get(2);
		onUi(() -> {
			explorer.viewer().getTree().setFocus();
			explorer.viewer().setSelection(new StructuredSelection(failed), true);
			return null;
		});
		Menu popup = onUi(() -> tree().getMenu());
		assertNotNull(popup, "the explorer has a context menu");
		assertTrue(onUi(() -> menuItem(popup, "Copy Name").isEnabled()), "Copy Name for a host");
		assertFalse(onUi(() -> menuItem(popup, "Copy UUID").isEnabled()), "no UUID for a host");
		assertTrue(onUi(() -> menuItem(popup, "Refresh").isEnabled()));
		MenuItem remove = menuItem(popup, "Remove Host");
		assertTrue(onUi(remove::isEnabled), "Remove Host for a selected host");

		clickLater(remove);
		Shell confirm = waitForShell("Remove Host");
		assertTrue(onUi(() -> allText(confirm)).contains("Remove host 'compute-03' from the fleet?"));
		onUi(() -> Screenshots.save(display, "remove-host-confirm"));
		click(button(confirm, "Cancel"));
		assertEquals(4, onUi(() -> repository.fleet().getHosts().size()), "Cancel keeps the host");

		clickLater(menuItem(popup, "Remove Host"));
		click(button(waitForShell("Remove Host"), "Remove"));
		waitFor("three hosts left", () -> onUi(() -> tree().getItemCount() == 3) ? true : null);
		assertFalse(onUi(() -> repository.fleet().getHosts().contains(failed)));
		assertFalse(rows().stream().anyMatch(r -> r.startsWith("compute-03")), rows().toString());
	}


	private String summary() {
		return onUi(() -> ((Label) find(mainShell, FleetExplorerPart.SUMMARY_ID)).getText());
	}

	private static String row(List<String> rows, String prefix) {
		return rows.stream().filter(r -> r.startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + prefix + " in " + rows));
	}
}
