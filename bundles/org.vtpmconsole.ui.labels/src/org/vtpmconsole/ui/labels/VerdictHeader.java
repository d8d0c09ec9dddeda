package org.vtpmconsole.ui.labels;

import java.time.Instant;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vtpmconsole.verify.labels.LabelReview;

/** The form's heading: which VM's label, and a short verdict (a long heading would widen the whole form). */
final class VerdictHeader {

	private final ScrolledForm form;

	VerdictHeader(ScrolledForm form) {
		this.form = form;
	}

	void show(String vmName, LabelReview review, Instant now) {
		form.setText(NLS.bind(Messages.EditorTitle, vmName));
		switch (review.verdict()) {
		case VALID -> form.setMessage(Messages.VerdictValid, IMessageProvider.INFORMATION);
		case EXPIRING -> form.setMessage(NLS.bind(Messages.VerdictExpiring,
				RelativeTime.of(review.label().get().notAfter(), now)), IMessageProvider.WARNING);
		default -> form.setMessage(NLS.bind(Messages.VerdictInvalid, review.verification().failures().stream()
				.map(check -> check.kind().title()).collect(Collectors.joining(", "))), IMessageProvider.ERROR);
		}
	}
}
