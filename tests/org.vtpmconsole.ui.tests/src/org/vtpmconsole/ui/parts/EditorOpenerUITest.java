package org.vtpmconsole.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.testing.ui.Screenshots;
import org.vtpmconsole.ui.editors.EditorOpener;

/** Double-click in the explorer and the shared EditorOpener contract (docs/console-ui.md). */
class EditorOpenerUITest extends WorkbenchTestSupport {

	private static final String TEST_EDITOR_ID = "org.vtpmconsole.ui.tests.editor.vtpm";
	private MPartDescriptor testEditor;

	@AfterEach
	void removeTestEditor() {
		onUi(() -> {
			EditorOpener opener = opener();
			repository.fleet().getHosts().forEach(opener::closeEditorsWithin);
			if (testEditor != null) {
				windowContext.get(MApplication.class).getDescriptors().remove(testEditor);
			}
			return null;
		});
		RecordingEditorPart.inputAtCreation = null;
	}

	@Test
	void doubleClickOnATypeWithoutEditorTellsTheUser() {
		VirtualMachine web01 = loadSample().get(0).getVirtualMachines().get(0);
		Snapshot snapshot = web01.getSnapshots().get(0);
		doubleClick(snapshot);
		Shell message = waitForShell("No Editor for Snapshot");
		String text = onUi(() -> allText(message));
		assertTrue(text.contains("no editor for Snapshot elements"), text);
		assertTrue(text.contains("compute-01 \u25B8 web-01 \u25B8 before-upgrade"), text);
		onUi(() -> Screenshots.save(display, "editor-none-registered"));
		click(button(message, "OK"));
	}

	@Test
	void registeredEditorOpensWithItsInputAndIsReused() {
		VirtualMachine web01 = loadSample().get(0).getVirtualMachines().get(0);
		VTpm vtpm = web01.getVtpm();
		registerTestEditorFor(FleetPackage.Literals.VTPM.getName());

		doubleClick(vtpm);
		MPart part = waitFor("the test editor", () -> onUi(() -> opener().findOpenEditor(vtpm).orElse(null)));
		assertSame(vtpm, RecordingEditorPart.inputAtCreation, "the input was there when the editor was created");
		assertSame(vtpm, part.getTransientData().get(EditorOpener.INPUT_KEY));
		assertEquals("vTPM \u00B7 web-01", part.getLabel());
		assertEquals("compute-01 \u25B8 web-01 \u25B8 vTPM", part.getTooltip());
		assertEquals(EditorOpener.EDITOR_STACK_ID, onUi(() -> part.getParent().getElementId()));
		assertEquals(EditorOpener.MAIN_SASH_ID, onUi(() -> part.getParent().getParent().getElementId()));
		assertEquals(1L, (long) onUi(() -> part.getParent().getParent().getChildren().stream()
				.filter(child -> EditorOpener.EDITOR_STACK_ID.equals(child.getElementId())).count()), "the one editor stack");
		assertSame(part, onUi(() -> windowContext.get(EPartService.class).getActivePart()), "active");
		waitFor("the editor on screen", () -> onUi(
				() -> part.getWidget() instanceof Control shown && shown.isVisible() && shown.getSize().x > 100
						&& shown.getParent().getSize().y > 100)
						? true : null);
		// the editor starts right of the explorer, not somewhere further right with a gap before it
		int editorLeft = onUi(() -> ((Control) part.getWidget()).toDisplay(0, 0).x - mainShell.toDisplay(0, 0).x);
		int explorerRight = onUi(() -> {
			Control tree = find(mainShell, FleetExplorerPart.TREE_ID);
			return tree.toDisplay(tree.getSize().x, 0).x - mainShell.toDisplay(0, 0).x;
		});
		assertTrue(editorLeft - explorerRight < 40, "editor at x=" + editorLeft + ", explorer ends at x=" + explorerRight);
		onUi(() -> Screenshots.save(display, "editor-opened"));

		RecordingEditorPart.inputAtCreation = null;
		assertSame(part, onUi(() -> opener().open(vtpm)), "a second open reuses the part");
		assertNull(RecordingEditorPart.inputAtCreation, "and creates no new one");
		assertEquals(1, onUi(() -> editorsOf(vtpm)), "one editor for the element");

		onUi(() -> {
			opener().closeEditorsWithin(web01.eContainer());
			return null;
		});
		assertFalse(onUi(() -> opener().findOpenEditor(vtpm).isPresent()), "closed with its host");
	}

	@Test
	void doubleClickOnALabelUsesTheOpener() {
		Label label = loadSample().get(0).getVirtualMachines().get(0).getLabel();
		// the label editor comes from org.vtpmconsole.ui.labels, which may or may not register one yet
		boolean labelEditorInstalled = onUi(() -> opener().hasEditor(label));
		doubleClick(label);
		if (labelEditorInstalled) {
			MPart part = waitFor("the label editor", () -> onUi(() -> opener().findOpenEditor(label).orElse(null)));
			assertSame(label, part.getTransientData().get(EditorOpener.INPUT_KEY));
			onUi(() -> Screenshots.save(display, "editor-label"));
		} else {
			Shell message = waitForShell("No Editor for Label");
			onUi(() -> Screenshots.save(display, "editor-label-none"));
			click(button(message, "OK"));
		}
	}

	private void registerTestEditorFor(String eClassName) {
		onUi(() -> {
			testEditor = windowContext.get(EModelService.class).createModelElement(MPartDescriptor.class);
			testEditor.setElementId(TEST_EDITOR_ID);
			testEditor.setLabel("Test editor");
			testEditor.setCloseable(true);
			testEditor.setContributionURI(
					"bundleclass://org.vtpmconsole.ui/" + RecordingEditorPart.class.getName());
			testEditor.getTags().add(EditorOpener.EDITOR_TAG_PREFIX + eClassName);
			windowContext.get(MApplication.class).getDescriptors().add(testEditor);
			return null;
		});
	}

	private long editorsOf(EObject element) {
		EModelService models = windowContext.get(EModelService.class);
		return models.findElements(windowContext.get(MApplication.class), null, MPart.class).stream()
				.filter(p -> p.getTransientData().get(EditorOpener.INPUT_KEY) == element).count();
	}

	private EditorOpener opener() {
		return windowContext.get(EditorOpener.class);
	}

	/**
	 * Selects the element (expanding its ancestors) and sends the tree the event a double-click sends, in one
	 * go, so no refresh in between can replace the row. Asynchronous, as it may open a modal dialog.
	 */
	private void doubleClick(Object element) {
		FleetExplorerPart explorer = explorer();
		display.asyncExec(() -> {
			explorer.viewer().setSelection(new StructuredSelection(element), true);
			Tree tree = explorer.viewer().getTree();
			Event event = new Event();
			event.item = tree.getSelection()[0];
			tree.notifyListeners(SWT.DefaultSelection, event);
		});
	}

}
