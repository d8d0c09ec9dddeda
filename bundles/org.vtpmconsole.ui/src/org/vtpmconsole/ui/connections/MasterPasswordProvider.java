package org.vtpmconsole.ui.connections;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * Asks the user for the master password of Eclipse secure storage, which encrypts the fleet identities. The
 * platform's own prompt lives in org.eclipse.equinox.security.ui, which needs the 3.x workbench this pure e4
 * console does not have; without a provider secure storage cannot encrypt at all.
 */
public class MasterPasswordProvider extends PasswordProvider {

	static final int MINIMUM_LENGTH = 8;

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		Display display = Display.getDefault();
		AtomicReference<PBEKeySpec> password = new AtomicReference<>();
		boolean isNew = (passwordType & CREATE_NEW_PASSWORD) != 0;
		display.syncExec(() -> {
			InputDialog dialog = new InputDialog(display.getActiveShell(), "Secure Storage",
					isNew ? "Choose a master password for the console's secure storage. It protects your fleet "
							+ "identities; the console asks for it once per session."
							: "Master password of the console's secure storage:",
					"", text -> isNew && text.length() < MINIMUM_LENGTH
							? "At least " + MINIMUM_LENGTH + " characters" : null) {
				@Override
				protected int getInputTextStyle() {
					return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
				}
			};
			if (dialog.open() == Window.OK) {
				password.set(new PBEKeySpec(dialog.getValue().toCharArray()));
			}
		});
		return password.get();
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		// a wrong master password: ask again rather than fail the connection
		return true;
	}
}
