package org.vtpmconsole.ui.connections;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.client.ServerIdentity;
import org.vtpmconsole.client.TrustCallback;

/** The connection layer asks from a Job's thread; the user answers in a {@link TrustPromptDialog} on the UI thread. */
final class DialogTrustCallback implements TrustCallback {

	private final UISynchronize sync;

	DialogTrustCallback(UISynchronize sync) {
		this.sync = sync;
	}

	@Override
	public boolean trustRoot(ServerIdentity server) {
		return ask(shell -> TrustPromptDialog.forNewRoot(shell, server));
	}

	@Override
	public boolean trustChangedServerCertificate(ServerIdentity previous, ServerIdentity current) {
		return ask(shell -> TrustPromptDialog.forChangedServer(shell, previous, current));
	}

	private boolean ask(java.util.function.Function<Shell, TrustPromptDialog> dialog) {
		AtomicBoolean trusted = new AtomicBoolean();
		sync.syncExec(() -> {
			Shell parent = Display.getCurrent().getActiveShell();
			trusted.set(dialog.apply(parent).open() == TrustPromptDialog.TRUST);
		});
		return trusted.get();
	}
}
