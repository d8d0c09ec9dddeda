package org.vtpmconsole.ui.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.vtpmconsole.model.FleetPackage;

/**
 * A grouping node in the explorer: one many-valued containment of a model object, such as a host's
 * certificates or a VM's snapshots. A record, so the viewer's hash lookup finds the same folder again when
 * {@link FleetContentProvider#getParent(Object)} builds it anew.
 */
public record Folder(EObject owner, EReference reference) {

	public static final EReference CERTIFICATES = FleetPackage.Literals.HOST__CERTIFICATES;
	public static final EReference SNAPSHOTS = FleetPackage.Literals.VIRTUAL_MACHINE__SNAPSHOTS;

	public List<?> children() {
		return (List<?>) owner.eGet(reference);
	}

	public String title() {
		return reference == CERTIFICATES ? "Certificates" : "Snapshots";
	}
}
