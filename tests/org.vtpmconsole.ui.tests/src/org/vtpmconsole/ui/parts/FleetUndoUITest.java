package org.vtpmconsole.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.util.List;

import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;

/**
 * Add Host and Remove Host are commands on the fleet's command stack: Edit ▸ Undo and Redo in the console's menu
 * take them back and do them again, in the model and in the explorer; undoing a removal is refused once the fleet
 * has a host at that address again (as a connection's visit would bring it), so undo never makes two of one host.
 */
class FleetUndoUITest extends WorkbenchTestSupport {

	@Test
	void addAndRemoveHostAreUndoneAndRedoneFromTheEditMenu() {
		explorer();
		onUi(() -> {
			repository.commandStack().flush();
			return null;
		});
		Host added = onUi(() -> repository.addHost("compute-09", "10.0.0.9"));
		awaitRows(List.of("compute-09"));

		choose("Undo");
		awaitRows(List.of());
		assertFalse(onUi(() -> repository.fleet().getHosts().contains(added)));
		choose("Redo");
		awaitRows(List.of("compute-09"));

		onUi(() -> {
			repository.addHost("compute-10", "10.0.0.10");
			repository.removeHosts(List.of(added));
			return null;
		});
		awaitRows(List.of("compute-10"));
		choose("Undo");
		awaitRows(List.of("compute-09", "compute-10"));
		assertEquals(0, onUi(() -> repository.fleet().getHosts().indexOf(added)), "back where it was");

		onUi(() -> {
			repository.removeHosts(List.of(added));
			// what a connection's visit does: a host at the same address, outside the command stack
			Host again = FleetFactory.eINSTANCE.createHost();
			again.setName("compute-09 (from its agent)");
			again.setAddress("10.0.0.9");
			repository.update(() -> repository.fleet().getHosts().add(again));
			return null;
		});
		assertFalse(onUi(() -> repository.commandStack().canUndo()), "undo would make two hosts at 10.0.0.9");
		MenuItem undo = mainMenuItem("Edit", "Undo");
		assertFalse(onUi(undo::isEnabled), "Edit > Undo is disabled");
	}

	private void choose(String item) {
		MenuItem found = mainMenuItem("Edit", item);
		assertTrue(onUi(found::isEnabled), "Edit > " + item + " is enabled");
		onUi(() -> {
			found.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			return null;
		});
	}

	private void awaitRows(List<String> hostNames) {
		waitFor("the explorer showing " + hostNames, () -> onUi(() -> {
			// a virtual tree fills a row when asked for its text
			List<String> names = java.util.Arrays.stream(tree().getItems()).peek(TreeItem::getText)
					.map(item -> item.getData() instanceof Host host ? host.getName() : "?").toList();
			return names.equals(hostNames) || (hostNames.isEmpty() && !tree().isVisible()) ? true : null;
		}));
	}
}
