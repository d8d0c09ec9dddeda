package org.vtpmconsole.ui.connections;

import static org.vtpmconsole.testing.ui.Workbench.first;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vtpmconsole.testing.ui.Workbench;

/**
 * The master-password prompt of {@link MasterPasswordProvider} as a user meets it: found by its title, the password
 * typed key by key through the X server (Display.post), OK pressed.
 */
final class SecureStoragePrompt {

	static final String TITLE = "Secure Storage";

	private SecureStoragePrompt() {
	}

	/** The prompt that is open now and is not {@code previous} (a prompt asked again is a new window). */
	static Shell await(Workbench workbench, Shell previous) {
		return Workbench.waitFor("the master password prompt", () -> workbench.onUi(() -> {
			for (Shell shell : workbench.display.getShells()) {
				if (shell != previous && !shell.isDisposed() && shell.isVisible() && TITLE.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}));
	}

	/** Clicks into the password field and types the password as key strokes; waits until the field holds it. */
	static void type(Workbench workbench, Shell prompt, String password) {
		Text field = workbench.onUi(() -> first(prompt, Text.class));
		workbench.onUi(() -> {
			field.setText("");
			prompt.setActive();
			Point centre = field.toDisplay(field.getSize().x / 2, field.getSize().y / 2);
			post(workbench, SWT.MouseMove, e -> {
				e.x = centre.x;
				e.y = centre.y;
			});
			post(workbench, SWT.MouseDown, e -> e.button = 1);
			post(workbench, SWT.MouseUp, e -> e.button = 1);
			return null;
		});
		for (char key : password.toCharArray()) {
			workbench.onUi(() -> {
				post(workbench, SWT.KeyDown, e -> e.character = key);
				post(workbench, SWT.KeyUp, e -> e.character = key);
				return null;
			});
		}
		Workbench.waitFor("the typed password in the prompt",
				() -> workbench.onUi(() -> password.equals(field.getText()) ? true : null));
	}

	private static void post(Workbench workbench, int type, java.util.function.Consumer<Event> fill) {
		Event event = new Event();
		event.type = type;
		fill.accept(event);
		if (!workbench.display.post(event)) {
			throw new AssertionError("the X server did not take the event " + type);
		}
	}
}
