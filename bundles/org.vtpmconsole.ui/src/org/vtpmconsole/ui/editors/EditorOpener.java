package org.vtpmconsole.ui.editors;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.Creatable;
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
 * Opens the editor for a fleet element, the one way every console bundle opens editors (docs/console-ui.md).
 * <p>
 * An editor is an {@link MPartDescriptor}, contributed by a ui bundle's fragment.e4xmi and tagged
 * {@code vtpm.editorFor:<EClass name>} (see {@link #editorTag(EClass)}). {@link #open(EObject)} shows the part
 * that already edits the element, or creates one from the descriptor with the element in its transient data
 * under {@link #INPUT_KEY} before it is rendered, so the editor's {@code @PostConstruct} finds its input there:
 *
 * <pre>
 * &#64;PostConstruct
 * void create(Composite parent, MPart part) {
 * 	Label label = (Label) part.getTransientData().get(EditorOpener.INPUT_KEY);
 * </pre>
 *
 * Injectable anywhere below a window: {@code @Inject EditorOpener editors;}.
 */
@Creatable
public class EditorOpener {

	/** Transient-data key of an editor part's input, the {@link EObject} it edits. */
	public static final String INPUT_KEY = "vtpm.editorInput";
	/** Tag prefix of an editor's part descriptor; the EClass name follows. */
	public static final String EDITOR_TAG_PREFIX = "vtpm.editorFor:";
	/** The sash beside the explorer that holds the editor stack. */
	public static final String MAIN_SASH_ID = "org.vtpmconsole.ui.sash.main";
	public static final String EDITOR_STACK_ID = "org.vtpmconsole.ui.stack.editors";

	private final MApplication application;
	private final EModelService models;
	private final EPartService parts;

	@Inject
	public EditorOpener(MApplication application, EModelService models, EPartService parts) {
		this.application = application;
		this.models = models;
		this.parts = parts;
	}

	/** The tag an editor's descriptor carries to edit instances of the type: {@code vtpm.editorFor:Label}. */
	public static String editorTag(EClass type) {
		return EDITOR_TAG_PREFIX + type.getName();
	}

	/** The first registered editor for the element's type, if any. */
	public Optional<MPartDescriptor> findEditor(EClass type) {
		String tag = editorTag(type);
		return application.getDescriptors().stream().filter(d -> d.getTags().contains(tag)).findFirst();
	}

	public boolean hasEditor(EObject element) {
		return findEditor(element.eClass()).isPresent();
	}

	/** The open part whose input is this very element, if any. */
	public Optional<MPart> findOpenEditor(EObject element) {
		return models.findElements(application, MPart.class, EModelService.ANYWHERE,
				e -> ((MPart) e).getTransientData().get(INPUT_KEY) == element).stream().findFirst();
	}

	/**
	 * Shows and activates the editor of the element, creating it when none is open.
	 *
	 * @return the editor part, or null when no editor is registered for the element's type; the user has then
	 *         been told so
	 */
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

	/** Closes the editors of the element and of everything it contains, e.g. when a host leaves the fleet. */
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
