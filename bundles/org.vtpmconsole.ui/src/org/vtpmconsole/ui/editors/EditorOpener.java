package org.vtpmconsole.ui.editors;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

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
 * Injectable anywhere below a window: {@code @Inject EditorOpener editors;} (a context function of this bundle
 * makes a {@link PartEditorOpener} for the window that asks).
 */
public interface EditorOpener {

	/** Transient-data key of an editor part's input, the {@link EObject} it edits. */
	String INPUT_KEY = "vtpm.editorInput";
	/** Tag prefix of an editor's part descriptor; the EClass name follows. */
	String EDITOR_TAG_PREFIX = "vtpm.editorFor:";
	/** The sash beside the explorer that holds the editor stack. */
	String MAIN_SASH_ID = "org.vtpmconsole.ui.sash.main";
	String EDITOR_STACK_ID = "org.vtpmconsole.ui.stack.editors";

	/** The tag an editor's descriptor carries to edit instances of the type: {@code vtpm.editorFor:Label}. */
	static String editorTag(EClass type) {
		return EDITOR_TAG_PREFIX + type.getName();
	}

	/** The first registered editor for the element's type, if any. */
	Optional<MPartDescriptor> findEditor(EClass type);

	boolean hasEditor(EObject element);

	/** The open part whose input is this very element, if any. */
	Optional<MPart> findOpenEditor(EObject element);

	/**
	 * Shows and activates the editor of the element, creating it when none is open.
	 *
	 * @return the editor part, or null when no editor is registered for the element's type; the user has then
	 *         been told so
	 */
	MPart open(EObject element);

	/** Closes the editors of the element and of everything it contains, e.g. when a host leaves the fleet. */
	void closeEditorsWithin(EObject container);
}
