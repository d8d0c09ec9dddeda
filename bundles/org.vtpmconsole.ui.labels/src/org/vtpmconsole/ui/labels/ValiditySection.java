package org.vtpmconsole.ui.labels;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.ui.forms.FieldRows;
import org.vtpmconsole.verify.labels.LabelReview;

/** notBefore and notAfter in words and the validity window drawn to scale; its widgets are made once and updated. */
final class ValiditySection {

	static final String VALIDITY_BAR_ID = "label-validity-bar";
	private static final int RIGHT_MARGIN = 12;

	private final ScrolledForm form;
	private final Text notBefore;
	private final Text notAfter;
	private final ValidityBar bar;

	ValiditySection(FormToolkit toolkit, ScrolledForm form) {
		this.form = form;
		FormSection section = new FormSection(toolkit, form, Messages.ValidityTitle,
				NLS.bind(Messages.ValidityDescription, LabelReview.EXPIRY_WARNING.toDays()));
		FieldRows rows = new FieldRows(toolkit, section.body());
		notBefore = rows.add("notBefore", "");
		notAfter = rows.add("notAfter", "");
		bar = new ValidityBar(section.body());
		bar.setData(FieldRows.WIDGET_ID, VALIDITY_BAR_ID);
		bar.setBackground(section.body().getBackground());
		bar.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
	}

	/** The window of a decoded label; for bytes that do not decode, says so and draws nothing. */
	void show(Optional<Label> label, Instant now) {
		notBefore.setText(label.map(l -> dated(l.notBefore(), now)).orElse(Messages.NotDecoded));
		notAfter.setText(label.map(l -> dated(l.notAfter(), now)).orElse(Messages.NotDecoded));
		bar.setVisible(label.isPresent());
		label.ifPresent(l -> bar.show(l.notBefore(), l.notAfter(), now));
	}

	private static String dated(Instant time, Instant now) {
		return LabelEditorPart.TIME.format(time) + " (" + RelativeTime.of(time, now) + ")";
	}

	/**
	 * The bar as wide as the part shows, not as the widest row of the form: long field values can make the form wider
	 * than the part (it scrolls sideways), and a bar that wide would have its end date out of view.
	 */
	void fit() {
		if (bar.isDisposed()) {
			return;
		}
		int offset = bar.toDisplay(0, 0).x - form.getBody().toDisplay(0, 0).x;
		int visible = form.getClientArea().width - Math.max(0, offset) - RIGHT_MARGIN;
		GridData data = (GridData) bar.getLayoutData();
		int width = Math.max(bar.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, visible);
		if (data.widthHint != width) {
			data.widthHint = width;
			// the bar's height follows its width (the end date may need a line of its own), and the sections cache
			// their clients' sizes: lay the whole body out afresh
			form.getBody().layout(true, true);
			form.reflow(true);
		}
	}
}
