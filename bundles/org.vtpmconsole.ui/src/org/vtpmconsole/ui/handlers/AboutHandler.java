package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

public class AboutHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell) {
		MessageDialog.openInformation(shell, "About vtpm-console", aboutText());
	}

	public static String aboutText() {
		return "vtpm-console " + FrameworkUtil.getBundle(AboutHandler.class).getVersion() + "\n\n"
				+ "Keeps the virtual TPMs of a KVM cloud safe: signed vTPM labels, a vTPM gateway between QEMU "
				+ "and swtpm, secure live migration, snapshot/rollback trails and batch attestation.\n\n"
				+ "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch");
	}
}
