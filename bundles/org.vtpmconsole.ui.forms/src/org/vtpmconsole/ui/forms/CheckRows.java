package org.vtpmconsole.ui.forms;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vtpmconsole.verify.Check;

/** Rows of checks: outcome (coloured, with a symbol so it reads without colour), what was checked, and why. */
public final class CheckRows {

	private final FormToolkit toolkit;
	private final Composite parent;

	public CheckRows(FormToolkit toolkit, Composite parent) {
		this.toolkit = toolkit;
		this.parent = parent;
		GridLayout layout = new GridLayout(3, false);
		layout.horizontalSpacing = 12;
		parent.setLayout(layout);
	}

	public void add(Check.Outcome outcome, String name, String reason) {
		Label verdict = toolkit.createLabel(parent, text(outcome));
		verdict.setFont(JFaceResources.getBannerFont());
		verdict.setForeground(color(outcome));
		verdict.setData(FieldRows.WIDGET_ID, "check:" + name);
		verdict.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label what = toolkit.createLabel(parent, name);
		what.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label why = toolkit.createLabel(parent, reason, SWT.WRAP);
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
		wide.widthHint = 200;
		why.setLayoutData(wide);
	}

	public static String text(Check.Outcome outcome) {
		return switch (outcome) {
		case PASSED -> "\u2714 passed";
		case FAILED -> "\u2718 FAILED";
		case NOT_CHECKED -> "\u2013 not checked";
		};
	}

	private Color color(Check.Outcome outcome) {
		return parent.getDisplay().getSystemColor(switch (outcome) {
		case PASSED -> SWT.COLOR_DARK_GREEN;
		case FAILED -> SWT.COLOR_RED;
		case NOT_CHECKED -> SWT.COLOR_DARK_GRAY;
		});
	}
}
