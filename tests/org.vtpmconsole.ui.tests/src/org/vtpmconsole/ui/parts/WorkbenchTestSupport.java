package org.vtpmconsole.ui.parts;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.fleet.FleetRepository;

/**
 * What every UI test needs from the running workbench (tycho-surefire UI harness, under Xvfb). SWTBot is not on
 * Maven Central, so widgets are found by walking the widget tree and driven with notifyListeners inside
 * syncExec; whatever opens a modal dialog is started with asyncExec.
 */
abstract class WorkbenchTestSupport {

	static final String EXPLORER_PART_ID = "org.vtpmconsole.ui.part.fleetExplorer";

	Display display;
	Shell mainShell;
	IEclipseContext windowContext;
	FleetRepository repository;

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
		windowContext = onUi(() -> ((MWindow) mainShell.getData("modelElement")).getContext());
		// the application-wide repository the context function put into the application context
		repository = onUi(() -> windowContext.get(FleetRepository.class));
		assertNotNull(repository, "FleetRepository in the window context");
		onUi(() -> {
			repository.fleet().getHosts().clear();
			return null;
		});
	}

	@AfterEach
	void emptyFleet() {
		onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell != mainShell) {
					shell.close();
				}
			}
			repository.fleet().getHosts().clear();
			((Text) find(mainShell, FleetExplorerPart.FILTER_ID)).setText("");
			return null;
		});
	}

	/** The explorer part object, activated so that its selection is the active one. */
	FleetExplorerPart explorer() {
		return onUi(() -> {
			EModelService models = windowContext.get(EModelService.class);
			MPart part = (MPart) models.find(EXPLORER_PART_ID, windowContext.get(MWindow.class));
			windowContext.get(EPartService.class).activate(part);
			return (FleetExplorerPart) part.getObject();
		});
	}

	/** Puts {@link TestFleets#sample()} into the fleet and waits until the explorer shows its four hosts. */
	List<Host> loadSample() {
		List<Host> hosts = TestFleets.sample();
		onUi(() -> repository.fleet().getHosts().addAll(hosts));
		waitFor("the sample fleet in the tree", () -> onUi(() -> tree().isVisible() && tree().getItemCount() == 4)
				? true : null);
		return hosts;
	}

	Tree tree() {
		return onUi(() -> (Tree) find(mainShell, FleetExplorerPart.TREE_ID));
	}

	/** The visible rows' texts, depth first, indented by two spaces a level. */
	List<String> rows() {
		return onUi(() -> {
			List<String> rows = new ArrayList<>();
			for (TreeItem item : tree().getItems()) {
				collectRows(item, "", rows);
			}
			return rows;
		});
	}

	private static void collectRows(TreeItem item, String indent, List<String> rows) {
		rows.add(indent + item.getText());
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				collectRows(child, indent + "  ", rows);
			}
		}
	}

	Shell waitForShell(String title) {
		return waitFor("the window '" + title + "'", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}));
	}

	/** Fills a menu the way e4 does when it is about to show, and finds an item by its text without '&'. */
	MenuItem menuItem(Menu menu, String text) {
		return onUi(() -> {
			menu.notifyListeners(SWT.Show, new Event());
			for (MenuItem item : menu.getItems()) {
				if (item.getText().replace("&", "").startsWith(text)) {
					return item;
				}
			}
			return null;
		});
	}

	MenuItem mainMenuItem(String menu, String text) {
		Menu top = onUi(() -> {
			for (MenuItem item : mainShell.getMenuBar().getItems()) {
				if (item.getText().replace("&", "").equals(menu)) {
					return item.getMenu();
				}
			}
			return null;
		});
		assertNotNull(top, "menu " + menu);
		return menuItem(top, text);
	}

	/** Selects asynchronously: the item may open a modal dialog, which would block syncExec. */
	void clickLater(MenuItem item) {
		display.asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
	}

	void click(Button button) {
		onUi(() -> {
			button.notifyListeners(SWT.Selection, new Event());
			return null;
		});
	}

	Button button(Shell shell, String text) {
		return onUi(() -> all(shell, Button.class, b -> b.getText().replace("&", "").equals(text)).get(0));
	}

	void type(Text field, String text) {
		onUi(() -> {
			field.setText(text);
			return null;
		});
	}

	<T> T onUi(Supplier<T> action) {
		return Workbench.onUi(display, action);
	}

	static <T> T waitFor(String what, Supplier<T> probe) {
		return Workbench.waitFor(what, probe);
	}

	static Control find(Composite root, String id) {
		return Workbench.find(root, id);
	}

	static <T extends Control> T first(Composite root, Class<T> type) {
		return Workbench.first(root, type);
	}

	static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<T> filter) {
		return Workbench.all(root, type, filter);
	}

	static String allText(Composite root) {
		return Workbench.allText(root);
	}
}
