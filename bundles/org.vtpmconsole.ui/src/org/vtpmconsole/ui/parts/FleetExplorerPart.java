package org.vtpmconsole.ui.parts;

import java.util.Collections;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.fleet.FleetRepository;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Fleet explorer: hosts and their virtual machines, or, while the fleet is empty, a page that says how to
 * add the first host.
 */
public class FleetExplorerPart {

	/** Widget data key under which tests and CSS find this part's widgets. */
	public static final String WIDGET_ID = "org.vtpmconsole.widgetId";
	public static final String EMPTY_STATE_ID = "fleet-empty-state";
	public static final String TREE_ID = "fleet-tree";
	static final String ADD_HOST_COMMAND = "org.vtpmconsole.ui.command.addHost";

	@Inject
	private FleetRepository repository;
	@Inject
	private UISynchronize sync;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;

	private Composite stack;
	private StackLayout stackLayout;
	private Composite emptyState;
	private TreeViewer viewer;
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				sync.asyncExec(FleetExplorerPart.this::refresh);
			}
		}
	};

	@PostConstruct
	public void createControls(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		emptyState = createEmptyState(stack);
		viewer = new TreeViewer(stack, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getTree().setData(WIDGET_ID, TREE_ID);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new FleetContentProvider());
		viewer.setLabelProvider(new FleetLabelProvider());
		Fleet fleet = repository.fleet();
		viewer.setInput(fleet);
		fleet.eAdapters().add(modelListener);
		refresh();
	}

	private Composite createEmptyState(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setData(WIDGET_ID, EMPTY_STATE_ID);
		page.setData("org.eclipse.e4.ui.css.id", EMPTY_STATE_ID);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.WRAP);
		title.setData("org.eclipse.e4.ui.css.id", "fleet-empty-state-title");
		title.setText("No hosts in the fleet yet");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Link addHost = new Link(page, SWT.WRAP);
		addHost.setText("<a>Add a host</a> by the address of its agent (Fleet \u25B8 Add Host..., Ctrl+Shift+H). "
				+ "The console then connects to the agent over mutual TLS and lists the host's virtual machines.");
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
		wide.widthHint = 220;
		addHost.setLayoutData(wide);
		addHost.addListener(SWT.Selection, event -> handlers
				.executeHandler(commands.createCommand(ADD_HOST_COMMAND, Collections.emptyMap())));
		return page;
	}

	private void refresh() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		boolean empty = repository.fleet().getHosts().isEmpty();
		stackLayout.topControl = empty ? emptyState : viewer.getControl();
		viewer.refresh();
		stack.layout();
	}

	@Focus
	public void setFocus() {
		stackLayout.topControl.setFocus();
	}

	@PreDestroy
	public void dispose() {
		repository.fleet().eAdapters().remove(modelListener);
	}

	/** Fleet → hosts → virtual machines. */
	private static final class FleetContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((Fleet) input).getHosts().toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			if (element instanceof Host host) {
				return host.getVirtualMachines().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof VirtualMachine vm) {
				return vm.eContainer();
			}
			if (element instanceof Host host) {
				return host.eContainer();
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Host host && !host.getVirtualMachines().isEmpty();
		}
	}

	private static final class FleetLabelProvider extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof Host host) {
				return host.getName() + "  (" + host.getAddress() + ")";
			}
			if (element instanceof VirtualMachine vm) {
				return vm.getName() == null ? vm.getUuid() : vm.getName();
			}
			return super.getText(element);
		}
	}
}
