package org.vtpmconsole.ui.labels;

import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vtpmconsole.label.LabelCheck;
import org.vtpmconsole.ui.forms.CheckRows;
import org.vtpmconsole.ui.forms.FieldRows;
import org.vtpmconsole.verify.Check;
import org.vtpmconsole.verify.labels.LabelReview;

/** Every check of the console's own verification, with its outcome and reason. */
final class ChecksSection {

	static final String VERIFICATION_ID = "label-verification";

	private final FormToolkit toolkit;
	private final FormSection section;

	ChecksSection(FormToolkit toolkit, ScrolledForm form) {
		this.toolkit = toolkit;
		section = new FormSection(toolkit, form, Messages.ChecksTitle, Messages.ChecksDescription);
		section.body().setData(FieldRows.WIDGET_ID, VERIFICATION_ID);
	}

	void show(LabelReview review) {
		section.clear();
		CheckRows rows = new CheckRows(toolkit, section.body());
		for (LabelCheck check : review.verification().checks()) {
			rows.add(Check.Outcome.valueOf(check.outcome().name()), check.kind().title(), check.reason());
		}
		section.relayout();
	}
}
