package org.vtpmconsole.ui.explorer;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VirtualMachine;

/**
 * Fleet → Host → {Certificates folder, VirtualMachine…}; VirtualMachine → {vTPM, Label, Snapshots folder}.
 * Lazy: the SWT.VIRTUAL tree asks for one child at a time, and only for rows it is about to show, so opening a
 * fleet of 50,000 VMs touches the few dozen that fit on the screen.
 */
public final class FleetContentProvider implements ILazyTreeContentProvider {

	private final TreeViewer viewer;
	private Fleet fleet;
	private String filterText = "";
	private FleetFilter filter = FleetFilter.of(null, "");

	public FleetContentProvider(TreeViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		fleet = (Fleet) newInput;
		modelChanged();
	}

	/** Call after hosts or VMs came or went, before refreshing the viewer. */
	public void modelChanged() {
		filter = FleetFilter.of(fleet, filterText);
	}

	/** Applies a new filter text; the caller refreshes the viewer. */
	public void setFilterText(String text) {
		filterText = text == null ? "" : text;
		modelChanged();
	}

	/** The filter text in effect, trimmed. */
	public String filterText() {
		return filter.text();
	}

	public boolean isFiltering() {
		return filter.isActive();
	}

	/** Hosts shown only because some of their VMs match the filter: the ones worth expanding. */
	public List<Host> hostsMatchedByVms() {
		return filter.hostsMatchedByVms();
	}

	public int shownHostCount() {
		return filter.hosts().size();
	}

	public int shownVmCount() {
		return filter.vmCount();
	}

	public boolean hasChildren(Object element) {
		return childCount(element) > 0;
	}

	@Override
	public void updateElement(Object parent, int index) {
		List<?> children = children(parent);
		if (index >= children.size()) {
			return; // the model shrank under a pending request; the coming refresh fixes the count
		}
		Object child = children.get(index);
		viewer.replace(parent, index, child);
		viewer.setHasChildren(child, childCount(child) > 0);
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = childCount(element);
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	int childCount(Object element) {
		if (element instanceof Fleet) {
			return filter.hosts().size();
		}
		if (element instanceof Host host) {
			return 1 + filter.vms(host).size();
		}
		if (element instanceof VirtualMachine vm) {
			return (vm.getVtpm() == null ? 0 : 1) + (vm.getLabel() == null ? 0 : 1) + 1;
		}
		if (element instanceof Folder folder) {
			return folder.children().size();
		}
		return 0;
	}

	/** The children of one element; cheap for all but a VM, whose handful is built on each call. */
	List<?> children(Object element) {
		if (element instanceof Fleet) {
			return filter.hosts();
		}
		if (element instanceof Host host) {
			return new HostChildren(host, filter.vms(host));
		}
		if (element instanceof VirtualMachine vm) {
			List<Object> children = new ArrayList<>(3);
			if (vm.getVtpm() != null) {
				children.add(vm.getVtpm());
			}
			if (vm.getLabel() != null) {
				children.add(vm.getLabel());
			}
			children.add(new Folder(vm, Folder.SNAPSHOTS));
			return children;
		}
		if (element instanceof Folder folder) {
			return folder.children();
		}
		return List.of();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Host host) {
			return host.eContainer();
		}
		if (element instanceof VirtualMachine || element instanceof VTpm || element instanceof Label) {
			return ((EObject) element).eContainer();
		}
		if (element instanceof Folder folder) {
			return folder.owner();
		}
		if (element instanceof Certificate certificate) {
			return new Folder(certificate.eContainer(), Folder.CERTIFICATES);
		}
		if (element instanceof Snapshot snapshot) {
			return new Folder(snapshot.eContainer(), Folder.SNAPSHOTS);
		}
		return null;
	}

	/** A host's children as a list view: the certificates folder, then the VMs, without copying the VMs. */
	private static final class HostChildren extends AbstractList<Object> {
		private final Host host;
		private final List<VirtualMachine> vms;

		HostChildren(Host host, List<VirtualMachine> vms) {
			this.host = host;
			this.vms = vms;
		}

		@Override
		public Object get(int index) {
			return index == 0 ? new Folder(host, Folder.CERTIFICATES) : vms.get(index - 1);
		}

		@Override
		public int size() {
			return 1 + vms.size();
		}
	}
}
