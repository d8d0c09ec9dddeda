package org.vtpmconsole.ui.preferences;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.vtpmconsole.ui.parts.FleetExplorerPart;

/**
 * Preferences ▸ Connections: how long to wait for an agent, when a silent host counts as stale, how early to
 * warn about expiring labels. Each field says at its side what is wrong with it; OK stays disabled until all
 * three are whole numbers in range. Stored in the instance scope, so the explorer applies them at once.
 */
public class ConnectionsPreferencePage extends PreferencePage {

	public static final String ID = "org.vtpmconsole.ui.preferences.connections";

	private final ILog log = ILog.of(getClass());
	private final Map<ConsolePreference, Text> fields = new EnumMap<>(ConsolePreference.class);
	private final Map<ConsolePreference, ControlDecoration> problems = new EnumMap<>(ConsolePreference.class);

	public ConnectionsPreferencePage() {
		super("Connections");
		setDescription("How the console talks to host agents, and when the Fleet explorer warns.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		layout.horizontalSpacing = 8;
		page.setLayout(layout);
		int indent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
		for (ConsolePreference preference : ConsolePreference.values()) {
			new Label(page, SWT.NONE).setText(preference.label());
			Text field = new Text(page, SWT.BORDER | SWT.RIGHT);
			// tests find each field by its preference key
			field.setData(FleetExplorerPart.WIDGET_ID, preference.key());
			GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
			size.widthHint = convertWidthInCharsToPixels(8);
			size.horizontalIndent = indent;
			field.setLayoutData(size);
			field.setText(Integer.toString(preference.value()));
			ControlDecoration problem = new ControlDecoration(field, SWT.LEFT | SWT.CENTER);
			problem.setImage(FieldDecorationRegistry.getDefault()
					.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
			problem.hide();
			new Label(page, SWT.NONE).setText(preference.unit());
			fields.put(preference, field);
			problems.put(preference, problem);
			field.addModifyListener(event -> validate());
		}
		return page;
	}

	private void validate() {
		String first = null;
		for (ConsolePreference preference : ConsolePreference.values()) {
			String problem = preference.check(fields.get(preference).getText());
			ControlDecoration decoration = problems.get(preference);
			if (problem == null) {
				decoration.hide();
			} else {
				decoration.setDescriptionText(problem);
				decoration.show();
				first = first == null ? problem : first;
			}
		}
		setErrorMessage(first);
		setValid(first == null);
	}

	@Override
	protected void performDefaults() {
		fields.forEach((preference, field) -> field.setText(Integer.toString(preference.defaultValue())));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			for (ConsolePreference preference : ConsolePreference.values()) {
				preference.store(Integer.parseInt(fields.get(preference).getText().trim()));
			}
			return true;
		} catch (BackingStoreException e) {
			log.error("The console's preferences cannot be saved", e);
			MessageDialog.openError(getShell(), "Preferences Not Saved",
					"The preferences cannot be written to the workspace: " + e.getMessage()
							+ "\n\nThe Error Log has the details.");
			return false;
		}
	}
}
