package org.vtpmconsole.ui.fleet;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VirtualMachine;

/** What the console calls a fleet element in the explorer, in editor tabs and in messages. */
public final class FleetNames {

	private FleetNames() {
	}

	/** The element's own name: "compute-01", "web-01", "Label", "AIK certificate". */
	public static String name(EObject element) {
		if (element instanceof Host host) {
			return host.getName();
		}
		if (element instanceof VirtualMachine vm) {
			return vm.getName() == null || vm.getName().isBlank() ? vm.getUuid() : vm.getName();
		}
		if (element instanceof Label) {
			return "Label";
		}
		if (element instanceof VTpm) {
			return "vTPM";
		}
		if (element instanceof Certificate certificate) {
			return (certificate.getRole() == null ? "" : certificate.getRole().getName() + " ") + "certificate";
		}
		if (element instanceof Snapshot snapshot) {
			return snapshot.getName();
		}
		return element.eClass().getName();
	}

	/**
	 * A short title that says whose element it is, for an editor tab: "web-01" for a VM, "Label · web-01" for
	 * its label, "AIK certificate · compute-01" for a host's certificate.
	 */
	public static String title(EObject element) {
		if (element instanceof Host || element instanceof VirtualMachine || element.eContainer() == null) {
			return name(element);
		}
		return name(element) + " \u00B7 " + name(element.eContainer());
	}

	/** Where the element sits in the fleet: "compute-01 ▸ web-01 ▸ Label". */
	public static String path(EObject element) {
		Deque<String> names = new ArrayDeque<>();
		for (EObject e = element; e != null && !(e instanceof Fleet); e = e.eContainer()) {
			names.addFirst(name(e));
		}
		return String.join(" \u25B8 ", names);
	}
}
