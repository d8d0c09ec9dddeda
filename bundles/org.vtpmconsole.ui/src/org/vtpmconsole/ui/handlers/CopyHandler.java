package org.vtpmconsole.ui.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VirtualMachine;

import jakarta.inject.Named;

/**
 * Copy Name / Copy UUID: puts the names of the selected hosts or VMs, or the UUIDs of the selected VMs, on the
 * clipboard, one a line. The command parameter {@value #WHAT} says which.
 */
public class CopyHandler {

	public static final String WHAT = "org.vtpmconsole.ui.commandparameter.copy.what";
	public static final String NAME = "name";
	public static final String UUID = "uuid";

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection,
			@Optional @Named(WHAT) String what) {
		return !values(selection, what).isEmpty();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection,
			@Named(WHAT) String what, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			clipboard.setContents(new Object[] { String.join("\n", values(selection, what)) },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	static List<String> values(IStructuredSelection selection, String what) {
		if (UUID.equals(what)) {
			return FleetSelection.allOf(selection, VirtualMachine.class).stream().map(VirtualMachine::getUuid)
					.collect(Collectors.toList());
		}
		if (NAME.equals(what)) {
			List<Host> hosts = FleetSelection.allOf(selection, Host.class);
			return hosts.isEmpty()
					? FleetSelection.allOf(selection, VirtualMachine.class).stream().map(VirtualMachine::getName)
							.collect(Collectors.toList())
					: hosts.stream().map(Host::getName).collect(Collectors.toList());
		}
		return List.of();
	}
}
