package org.vtpmconsole.ui.editors;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.ui.fleet.FleetNames;

import jakarta.inject.Inject;

/**
 * {@link EditorOpener} on the e4 model: part descriptors tagged {@code vtpm.editorFor:<EClass name>}, parts in the
 * editor stack beside the explorer. Made for the window that asks (a context function of this bundle), since it
 * opens parts with that window's {@link EPartService}.
 */
public final class PartEditorOpener implements EditorOpener {

	private final MApplication application;
	private final EModelService models;
	private final EPartService parts;

	@Inject
	public PartEditorOpener(MApplication application, EModelService models, EPartService parts) {
		this.application = application;
		this.models = models;
		this.parts = parts;
	}

	@Override
	public Optional<MPartDescriptor> findEditor(EClass type) {
		String tag = EditorOpener.editorTag(type);
		return application.getDescriptors().stream().filter(d -> d.getTags().contains(tag)).findFirst();
	}

	@Override
	public boolean hasEditor(EObject element) {
		return findEditor(element.eClass()).isPresent();
	}

	@Override
	public Optional<MPart> findOpenEditor(EObject element) {
		return models.findElements(application, MPart.class, EModelService.ANYWHERE,
				e -> ((MPart) e).getTransientData().get(INPUT_KEY) == element).stream().findFirst();
	}

	@Override
	public MPart open(EObject element) {
		Optional<MPart> open = findOpenEditor(element);
		if (open.isPresent()) {
			parts.showPart(open.get(), PartState.ACTIVATE);
			return open.get();
		}
		Optional<MPartDescriptor> descriptor = findEditor(element.eClass());
		if (descriptor.isEmpty()) {
			tellNoEditor(element);
			return null;
		}
		MPart part = parts.createPart(descriptor.get().getElementId());
		// before the part joins the model: rendering it runs the editor's @PostConstruct, which reads its input
		part.getTransientData().put(INPUT_KEY, element);
		part.setLabel(FleetNames.title(element));
		part.setTooltip(FleetNames.path(element));
		part.setCloseable(true);
		MPartStack stack = editorStack();
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}

	@Override
	public void closeEditorsWithin(EObject container) {
		List<MPart> editing = models.findElements(application, MPart.class, EModelService.ANYWHERE, e -> {
			Object input = ((MPart) e).getTransientData().get(INPUT_KEY);
			return input instanceof EObject edited && EcoreUtil.isAncestor(container, edited);
		});
		editing.forEach(part -> parts.hidePart(part, true));
	}

	/** The editor stack, recreated beside the explorer when a user or a reset removed it. */
	private MPartStack editorStack() {
		List<MPartStack> stacks = models.findElements(application, EDITOR_STACK_ID, MPartStack.class, null,
				EModelService.ANYWHERE);
		MPartStack stack;
		if (stacks.isEmpty()) {
			stack = models.createModelElement(MPartStack.class);
			stack.setElementId(EDITOR_STACK_ID);
			// the sash layout sizes children by this weight; without one the stack gets no height
			stack.setContainerData("66");
			stack.getTags().add(IPresentationEngine.NO_AUTO_COLLAPSE);
			mainSash().getChildren().add(stack);
		} else {
			stack = stacks.get(0);
		}
		stack.setToBeRendered(true);
		stack.setVisible(true);
		return stack;
	}

	private MPartSashContainer mainSash() {
		List<MPartSashContainer> sashes = models.findElements(application, MAIN_SASH_ID, MPartSashContainer.class, null,
				EModelService.ANYWHERE);
		if (sashes.isEmpty()) {
			throw new IllegalStateException("The application model has no main sash " + MAIN_SASH_ID);
		}
		return sashes.get(0);
	}

	private void tellNoEditor(EObject element) {
		String type = element.eClass().getName();
		MessageDialog.openInformation(activeShell(), "No Editor for " + type,
				"The console has no editor for " + type + " elements, so '" + FleetNames.path(element)
						+ "' cannot be opened.\n\nEditors come with the console's ui bundles; none of the installed "
						+ "ones edits this kind of element.");
	}

	private Shell activeShell() {
		MWindow window = application.getSelectedElement();
		return window != null && window.getWidget() instanceof Shell shell && !shell.isDisposed() ? shell : null;
	}
}
