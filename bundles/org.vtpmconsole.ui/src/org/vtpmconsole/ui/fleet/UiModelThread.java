package org.vtpmconsole.ui.fleet;

import org.eclipse.swt.widgets.Display;
import org.vtpmconsole.client.ModelThread;

/** The fleet model's writer thread in the console: the display's. */
public final class UiModelThread implements ModelThread {

	private final Display display;

	public UiModelThread(Display display) {
		this.display = display;
	}

	@Override
	public boolean isCurrent() {
		return display.getThread() == Thread.currentThread();
	}

	/** Once the display is gone nothing renders or writes any more, and a late Job's change is simply dropped. */
	@Override
	public void runAndWait(Runnable change) {
		if (!display.isDisposed()) {
			display.syncExec(change);
		}
	}
}
