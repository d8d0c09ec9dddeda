package org.vtpmconsole.ui.labels;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;

/**
 * One titled section of the editor's form, created once; its rows are replaced in place when what it shows changes,
 * so a refresh rebuilds a section's rows and never the form around them.
 */
final class FormSection {

	private final ScrolledForm form;
	private final Section section;
	private final Composite body;

	FormSection(FormToolkit toolkit, ScrolledForm form, String title, String description) {
		this.form = form;
		section = toolkit.createSection(form.getBody(),
				ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		body = toolkit.createComposite(section);
		section.setClient(body);
	}

	Composite body() {
		return body;
	}

	void setDescription(String description) {
		section.setDescription(description);
	}

	/** Disposes the rows, first taking the focus off them: else it passes to a control at the form's edge, which scrolls the form sideways. */
	void clear() {
		if (holdsFocus()) {
			form.setFocus();
		}
		for (Control child : body.getChildren()) {
			child.dispose();
		}
	}

	/** The rows are new: the section caches its client's size. */
	void relayout() {
		body.layout(true, true);
		section.layout(true, true);
	}

	private boolean holdsFocus() {
		for (Control control = body.getDisplay().getFocusControl(); control != null; control = control.getParent()) {
			if (control == body) {
				return true;
			}
		}
		return false;
	}
}
