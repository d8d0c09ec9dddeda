package org.vtpmconsole.ui.connections;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One group of a connection's settings, shown the same way as a New Connection wizard page and as a page of the
 * connection's properties (the host adapters {@link BlockWizardPage} and {@link BlockPreferencePage}).
 */
interface ConnectionSettingsBlock {

	String title();

	String description();

	Control createControl(Composite parent, Runnable changed);

	/** What is wrong with the input, or null when it can be applied. */
	String error();
}
