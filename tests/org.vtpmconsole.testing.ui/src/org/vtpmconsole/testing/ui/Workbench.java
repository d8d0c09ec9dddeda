package org.vtpmconsole.testing.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Link;
import org.vtpmconsole.ui.parts.FleetExplorerPart;

/**
 * The running console as a test sees it (tycho-surefire UI harness under Xvfb; SWTBot is not on Maven Central):
 * widgets found by walking the tree, everything done on the UI thread, screenshots to target/screenshots. Shared by
 * every UI test fragment.
 */
public final class Workbench {

	public static final String EDITOR_STACK_ID = "org.vtpmconsole.ui.stack.editors";
	public static final long TIMEOUT_MS = 20_000;

	public final Display display;
	public final Shell mainShell;
	public final MWindow window;
	public final MApplication application;

	private Workbench(Display display, Shell mainShell) {
		this.display = display;
		this.mainShell = mainShell;
		this.window = onUi(display, () -> (MWindow) mainShell.getData("modelElement"));
		this.application = onUi(display, () -> window.getContext().get(MApplication.class));
	}

	public static Workbench find() {
		Display display = waitFor("the display", Display::getDefault);
		Shell shell = waitFor("the main window", () -> onUi(display, () -> {
			for (Shell candidate : display.getShells()) {
				if (candidate.isVisible() && candidate.getText().startsWith("vtpm-console")) {
					return candidate;
				}
			}
			return null;
		}));
		return new Workbench(display, shell);
	}

	/** Opens an editor the way the console's opener does: input in transient data, then into the editor stack. */
	public MPart openEditor(String descriptorId, Object input) {
		return onUi(() -> {
			EPartService parts = window.getContext().get(EPartService.class);
			MPart part = parts.createPart(descriptorId);
			if (part == null) {
				throw new AssertionError("no part descriptor " + descriptorId + " in the application model");
			}
			part.getTransientData().put("vtpm.editorInput", input);
			EModelService models = window.getContext().get(EModelService.class);
			((MPartStack) models.find(EDITOR_STACK_ID, application)).getChildren().add(part);
			parts.showPart(part, PartState.ACTIVATE);
			return part;
		});
	}

	public void close(MPart part) {
		onUi(() -> {
			part.getContext().get(EPartService.class).hidePart(part, true);
			return null;
		});
	}

	/** Chooses MENU ▸ ITEM (by the start of its text) from the main menu, as a click would, without waiting for it. */
	public void runMenu(String menu, String item) {
		MenuItem found = onUi(() -> {
			for (MenuItem top : mainShell.getMenuBar().getItems()) {
				if (top.getText().replace("&", "").equals(menu)) {
					top.getMenu().notifyListeners(SWT.Show, new Event()); // e4 fills a menu when it is about to show
					for (MenuItem candidate : top.getMenu().getItems()) {
						if (candidate.getText().replace("&", "").startsWith(item)) {
							return candidate;
						}
					}
				}
			}
			return null;
		});
		if (found == null) {
			throw new AssertionError("no menu item " + menu + " > " + item);
		}
		display.asyncExec(() -> found.notifyListeners(SWT.Selection, new Event()));
	}

	/** Waits for the visible dialog with this title. */
	public Shell shell(String title) {
		return waitFor("the " + title + " dialog", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}));
	}

	/** Waits until the button with this label is enabled, then presses it without waiting for what it does. */
	public void press(Shell shell, String label) {
		Button button = waitFor(label + " enabled", () -> onUi(() -> {
			List<Button> buttons = all(shell, Button.class, b -> b.getText().replace("&", "").equals(label) && b.isEnabled());
			return buttons.isEmpty() ? null : buttons.get(0);
		}));
		display.asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	/** Types into the text field with this id (call on the UI thread). */
	public static void type(Composite root, String id, String text) {
		((Text) find(root, id)).setText(text);
	}

	public <T> T onUi(Supplier<T> action) {
		return onUi(display, action);
	}

	public static <T> T onUi(Display display, Supplier<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(action.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	public static <T> T waitFor(String what, Supplier<T> probe) {
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

	/** The control tagged with this id (widget data {@link FleetExplorerPart#WIDGET_ID}): root or below, or null. */
	public static Control find(Composite root, String id) {
		if (id.equals(root.getData(FleetExplorerPart.WIDGET_ID))) {
			return root;
		}
		for (Control control : all(root, Control.class, c -> true)) {
			if (id.equals(control.getData(FleetExplorerPart.WIDGET_ID))) {
				return control;
			}
		}
		return null;
	}

	public static <T extends Control> T first(Composite root, Class<T> type) {
		List<T> found = all(root, type, c -> true);
		return found.isEmpty() ? null : found.get(0);
	}

	public static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<T> filter) {
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

	/** Every text a person could read in the tree, one widget per line. */
	public static String allText(Composite root) {
		StringBuilder text = new StringBuilder();
		for (Control control : all(root, Control.class, c -> true)) {
			if (control instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (control instanceof Link link) {
				text.append(link.getText()).append('\n');
			} else if (control instanceof Text field) {
				text.append(field.getText()).append('\n');
			} else if (control instanceof StyledText styled) {
				text.append(styled.getText()).append('\n');
			}
		}
		return text.toString();
	}

	/** Saves what the X display shows to target/screenshots/NAME.png. Call on the UI thread. */
	public static File screenshot(Display display, String name) {
		return Screenshots.save(display, name);
	}
}
