package org.vtpmconsole.ui.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vtpmconsole.ui.editors.EditorOpener;
import org.vtpmconsole.ui.fleet.FleetNames;

import jakarta.annotation.PostConstruct;

/** A test-only editor: records the input it found while being created, as a real editor would read it. */
public class RecordingEditorPart {

	static volatile Object inputAtCreation;

	@PostConstruct
	public void create(Composite parent, MPart part) {
		inputAtCreation = part.getTransientData().get(EditorOpener.INPUT_KEY);
		parent.setLayout(new FillLayout());
		new Label(parent, SWT.WRAP).setText("Test editor for " + (inputAtCreation == null ? "nothing"
				: FleetNames.path((EObject) inputAtCreation)));
	}
}
