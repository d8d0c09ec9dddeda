package org.vtpmconsole.ui.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Name / value rows for the console's form editors: the value in a read-only text (so it can be selected), and
 * where the value is a digest, key or name, a Copy button that puts the full value on the clipboard even when
 * the row shows it shortened.
 */
public final class FieldRows {

	/** Widget data key under which tests and CSS find widgets (the convention of the console's parts). */
	public static final String WIDGET_ID = "org.vtpmconsole.widgetId";
	private static final int COLUMNS = 3;

	private final FormToolkit toolkit;
	private final Composite parent;

	/** Lays the rows out in {@code parent}, which gets a three-column grid: name, value, copy. */
	public FieldRows(FormToolkit toolkit, Composite parent) {
		this.toolkit = toolkit;
		this.parent = parent;
		GridLayout layout = new GridLayout(COLUMNS, false);
		layout.horizontalSpacing = 10;
		parent.setLayout(layout);
	}

	public Text add(String name, String value) {
		Text text = valueRow(name, value);
		toolkit.createLabel(parent, "");
		return text;
	}

	/** A row whose Copy button copies {@code fullValue} (the shown value may be shortened). */
	public Text addCopyable(String name, String shownValue, String fullValue) {
		Text text = valueRow(name, shownValue);
		Button copy = toolkit.createButton(parent, "Copy", SWT.PUSH);
		copy.setToolTipText("Copy " + name + " to the clipboard");
		copy.setData(WIDGET_ID, "copy:" + name);
		copy.addListener(SWT.Selection, event -> {
			Clipboard clipboard = new Clipboard(copy.getDisplay());
			try {
				clipboard.setContents(new Object[] { fullValue }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		});
		return text;
	}

	private Text valueRow(String name, String value) {
		Label label = toolkit.createLabel(parent, name);
		label.setForeground(toolkit.getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
		label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		Text text = toolkit.createText(parent, value, SWT.READ_ONLY | SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 200;
		text.setLayoutData(data);
		text.setData(WIDGET_ID, "field:" + name);
		return text;
	}

	/** "256 bytes: aa9105ae…40a9ffe3" for values too long to read whole. */
	public static String shortenedHex(String hex) {
		int bytes = hex.length() / 2;
		return hex.length() <= 64 ? hex : bytes + " bytes: " + hex.substring(0, 16) + "\u2026" + hex.substring(hex.length() - 16);
	}
}
