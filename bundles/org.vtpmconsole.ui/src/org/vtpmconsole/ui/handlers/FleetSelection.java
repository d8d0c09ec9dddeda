package org.vtpmconsole.ui.handlers;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;

/** The part of the active selection a fleet command works on. */
final class FleetSelection {

	private FleetSelection() {
	}

	/** The selected elements if there are some and all are of the type, otherwise an empty list. */
	static <T> List<T> allOf(IStructuredSelection selection, Class<T> type) {
		if (selection == null || selection.isEmpty()) {
			return List.of();
		}
		List<?> elements = selection.toList();
		return elements.stream().allMatch(type::isInstance) ? elements.stream().map(type::cast).toList() : List.of();
	}
}
