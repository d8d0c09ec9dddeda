package org.vtpmconsole.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.ui.fleet.FleetRepository;

/**
 * Runs inside the real e4 workbench (tycho-surefire UI harness) under Xvfb. SWTBot is not on Maven Central, so
 * widgets are found by walking the tree and driven with notifyListeners inside syncExec.
 */
class FleetExplorerUITest {

	private static final long TIMEOUT_MS = 20_000;
	private Display display;
	private Shell mainShell;
	private FleetRepository repository;

	@BeforeEach
	void findWorkbench() {
		display = waitFor("the display", () -> Display.getDefault());
		mainShell = waitFor("the main window", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getText().startsWith("vtpm-console")) {
					return shell;
				}
			}
			return null;
		}));
		// the part got the application-wide singleton; make() hands the test that same instance
		repository = onUi(() -> ContextInjectionFactory.make(FleetRepository.class,
				((MWindow) mainShell.getData("modelElement")).getContext()));
		assertNotNull(repository, "FleetRepository in the window context");
		onUi(() -> {
			repository.fleet().getHosts().clear();
			return null;
		});
	}

	@AfterEach
	void emptyFleet() {
		onUi(() -> {
			repository.fleet().getHosts().clear();
			for (Shell shell : display.getShells()) {
				if (shell != mainShell) {
					shell.close();
				}
			}
			return null;
		});
	}

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
		Shell dialog = waitFor("the Add Host dialog", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && "Add Host".equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}));
		List<Text> fields = onUi(() -> all(dialog, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0));
		assertEquals(2, fields.size(), "name and address fields");
		Button add = onUi(() -> all(dialog, Button.class, b -> b.getText().equals("&Add")).get(0));

		type(fields.get(0), "compute-02");
		type(fields.get(1), "10.0.0.5");
		assertFalse(onUi(add::isEnabled), "an address without a port is refused");
		onUi(() -> Screenshots.save(display, "add-host-refused"));
		assertTrue(onUi(() -> allText(dialog)).contains("needs a port"), "the reason is shown");

		type(fields.get(1), "10.0.0.5:8443");
		assertTrue(onUi(add::isEnabled));
		onUi(() -> {
			add.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		waitFor("the new host in the fleet", () -> onUi(
				() -> repository.fleet().getHosts().size() == 1 ? repository.fleet().getHosts().get(0) : null));
		assertEquals("10.0.0.5:8443", onUi(() -> repository.fleet().getHosts().get(0).getAddress()));
	}

	@Test
	void helpAboutShowsTheVersion() {
		MenuItem about = onUi(() -> {
			for (MenuItem top : mainShell.getMenuBar().getItems()) {
				if (top.getText().replace("&", "").equals("Help")) {
					// e4 fills a menu when it is about to show
					top.getMenu().notifyListeners(SWT.Show, new Event());
					for (MenuItem item : top.getMenu().getItems()) {
						if (item.getText().replace("&", "").startsWith("About vtpm-console")) {
							return item;
						}
					}
				}
			}
			return null;
		});
		assertNotNull(about, "Help > About vtpm-console");
		display.asyncExec(() -> about.notifyListeners(SWT.Selection, new Event()));
		Shell dialog = waitFor("the About dialog", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && "About vtpm-console".equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}));
		String text = onUi(() -> allText(dialog));
		onUi(() -> Screenshots.save(display, "about-dialog"));
		assertTrue(text.matches("(?s).*vtpm-console 0\\.1\\.0\\.\\d+.*"), text);
	}

	private void type(Text field, String text) {
		onUi(() -> {
			field.setText(text);
			return null;
		});
	}

	private <T> T onUi(Supplier<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		display.syncExec(() -> result.set(action.get()));
		return result.get();
	}

	private static <T> T waitFor(String what, Supplier<T> probe) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("timed out waiting for " + what);
	}

	private static Control find(Composite root, String id) {
		if (id.equals(root.getData(FleetExplorerPart.WIDGET_ID))) {
			return root;
		}
		for (Control child : root.getChildren()) {
			if (id.equals(child.getData(FleetExplorerPart.WIDGET_ID))) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = find(composite, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static <T extends Control> T first(Composite root, Class<T> type) {
		List<T> found = all(root, type, c -> true);
		return found.isEmpty() ? null : found.get(0);
	}

	private static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<T> filter) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child) && filter.test(type.cast(child))) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type, filter));
			}
		}
		return found;
	}

	private static String allText(Composite root) {
		StringBuilder text = new StringBuilder();
		for (Control child : root.getChildren()) {
			if (child instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Link link) {
				text.append(link.getText()).append('\n');
			} else if (child instanceof Text field) {
				text.append(field.getText()).append('\n');
			}
			if (child instanceof Composite composite) {
				text.append(allText(composite));
			}
		}
		return text.toString();
	}
}
