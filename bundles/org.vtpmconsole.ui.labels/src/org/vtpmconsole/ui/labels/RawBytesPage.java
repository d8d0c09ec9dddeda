package org.vtpmconsole.ui.labels;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vtpmconsole.ui.forms.FieldRows;
import org.vtpmconsole.verify.TpmNameText;

/**
 * The label's bytes as a hex dump (offset | hex | ASCII) with each field tinted, beside a table of the fields with
 * their offsets; selecting a field selects its bytes. Bytes that do not decode are still shown, with the offending
 * offset marked, because that is what a forensic reader needs most.
 */
final class RawBytesPage {

	static final String DUMP_ID = "label-hex-dump";
	static final String FIELDS_ID = "label-hex-fields";
	private static final int PER_LINE = 16;
	/** "00000000  " */
	private static final int HEX_START = 10;
	/** Two hex digits and a space per byte, one more space between the two halves, then " |". */
	private static final int ASCII_START = HEX_START + PER_LINE * 3 + 1 + 1;
	private static final int LINE_LENGTH = ASCII_START + 1 + PER_LINE + 1 + 1;
	private static final RGB[] TINTS = { new RGB(255, 243, 205), new RGB(214, 234, 248), new RGB(220, 240, 220),
			new RGB(240, 222, 240) };

	private final SashForm control;
	private final StyledText dump;
	private final Table fields;

	RawBytesPage(Composite parent) {
		control = new SashForm(parent, SWT.HORIZONTAL);
		dump = new StyledText(control, SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		dump.setFont(JFaceResources.getTextFont());
		dump.setData(FieldRows.WIDGET_ID, DUMP_ID);
		dump.setMargins(6, 4, 6, 4);
		fields = new Table(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		fields.setData(FieldRows.WIDGET_ID, FIELDS_ID);
		fields.setHeaderVisible(true);
		fields.setLinesVisible(true);
		for (String title : new String[] { Messages.ColumnOffset, Messages.ColumnSize, Messages.ColumnField, Messages.ColumnValue }) {
			new TableColumn(fields, SWT.NONE).setText(title);
		}
		fields.addListener(SWT.Selection, event -> selectField(fields.getSelectionIndex()));
		control.setWeights(70, 30);
	}

	SashForm control() {
		return control;
	}

	/** Shows the bytes with the decoded field layout, or with the one offset where decoding failed. */
	void show(byte[] bytes, List<LabelLayout.Span> layout, int errorOffset, String error) {
		dump.setText(dump(bytes));
		fields.removeAll();
		List<StyleRange> styles = new ArrayList<>();
		for (int i = 0; i < layout.size(); i++) {
			LabelLayout.Span span = layout.get(i);
			Color tint = new Color(TINTS[i % TINTS.length]);
			for (int b = span.offset(); b < span.offset() + span.length() && b < bytes.length; b++) {
				styles.addAll(byteStyles(b, tint, null));
			}
			TableItem row = new TableItem(fields, SWT.NONE);
			row.setData(span);
			row.setText(new String[] { String.format("%d (0x%03x)", span.offset(), span.offset()),
					Integer.toString(span.length()), span.field(), value(bytes, span) });
			row.setBackground(tint);
		}
		if (error != null) {
			styles.addAll(byteStyles(errorOffset, dump.getDisplay().getSystemColor(SWT.COLOR_RED),
					dump.getDisplay().getSystemColor(SWT.COLOR_WHITE)));
			TableItem row = new TableItem(fields, SWT.NONE);
			row.setText(new String[] { String.format("%d (0x%03x)", errorOffset, errorOffset), "", Messages.DecodeError, error });
		}
		styles.sort((a, b) -> Integer.compare(a.start, b.start));
		dump.setStyleRanges(styles.toArray(StyleRange[]::new));
		for (TableColumn column : fields.getColumns()) {
			column.pack();
		}
	}

	private void selectField(int index) {
		if (index < 0 || !(fields.getItem(index).getData() instanceof LabelLayout.Span span)) {
			return;
		}
		int first = hexPosition(span.offset());
		int last = hexPosition(span.offset() + span.length() - 1) + 2;
		dump.setSelection(first, last);
		dump.showSelection();
	}

	private List<StyleRange> byteStyles(int offset, Color background, Color foreground) {
		int ascii = (offset / PER_LINE) * LINE_LENGTH + ASCII_START + 1 + offset % PER_LINE;
		return List.of(new StyleRange(hexPosition(offset), 2, foreground, background),
				new StyleRange(ascii, 1, foreground, background));
	}

	private static int hexPosition(int offset) {
		int column = offset % PER_LINE;
		return (offset / PER_LINE) * LINE_LENGTH + HEX_START + column * 3 + (column >= PER_LINE / 2 ? 1 : 0);
	}

	static String dump(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (int line = 0; line < bytes.length; line += PER_LINE) {
			StringBuilder ascii = new StringBuilder();
			text.append(String.format("%08x  ", line));
			for (int column = 0; column < PER_LINE; column++) {
				if (column == PER_LINE / 2) {
					text.append(' ');
				}
				if (line + column < bytes.length) {
					int value = bytes[line + column] & 0xff;
					text.append(String.format("%02x ", value));
					ascii.append(value >= 0x20 && value < 0x7f ? (char) value : '.');
				} else {
					text.append("   ");
					ascii.append(' ');
				}
			}
			text.append(" |").append(ascii).append("|\n");
		}
		return text.toString();
	}

	private static String value(byte[] bytes, LabelLayout.Span span) {
		int end = Math.min(bytes.length, span.offset() + span.length());
		String hex = HexFormat.of().formatHex(bytes, span.offset(), end);
		return switch (span.field()) {
		case "magic" -> hex + " \"VTPL\"";
		case "digestAlg", "sigScheme", "sigHash" -> TpmNameText.algorithm(Integer.parseInt(hex, 16));
		default -> FieldRows.shortenedHex(hex);
		};
	}
}
