package org.vtpmconsole.ui.parts;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.editors.EditorOpener;
import org.vtpmconsole.ui.explorer.ExplorerIcons;
import org.vtpmconsole.ui.explorer.ExplorerIcons.Shape;
import org.vtpmconsole.ui.explorer.FleetContentProvider;
import org.vtpmconsole.ui.explorer.FleetHealth;
import org.vtpmconsole.ui.explorer.FleetLabelProvider;
import org.vtpmconsole.ui.fleet.FleetRepository;
import org.vtpmconsole.ui.fleet.FleetTopics;
import org.vtpmconsole.ui.preferences.ConsolePreference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Fleet explorer: a filter box, the lazy tree of hosts, VMs and their vTPM, label, snapshots and
 * certificates with state decorations, and a line that counts what is shown; or, while the fleet is empty, a
 * page that says how to add the first host.
 */
public class FleetExplorerPart {

	/** Widget data key under which tests and CSS find this part's widgets. */
	public static final String WIDGET_ID = "org.vtpmconsole.widgetId";
	public static final String EMPTY_STATE_ID = "fleet-empty-state";
	public static final String TREE_ID = "fleet-tree";
	public static final String FILTER_ID = "fleet-filter";
	public static final String SUMMARY_ID = "fleet-summary";
	public static final String POPUP_MENU_ID = "org.vtpmconsole.ui.popup.fleetExplorer";
	static final String ADD_HOST_COMMAND = "org.vtpmconsole.ui.command.addHost";
	static final String REFRESH_COMMAND = "org.vtpmconsole.ui.command.refresh";
	/** typing pauses shorter than this do not re-filter 50,000 VMs on every key */
	private static final int FILTER_DELAY_MS = 200;
	/** expanding more hosts than this for a filter would flood the tree instead of helping */
	private static final int MAX_HOSTS_EXPANDED_BY_FILTER = 10;
	/** how often decorations that depend on the time alone (stale, expiring) are re-judged */
	private static final int REJUDGE_INTERVAL_MS = 60_000;

	@Inject
	private FleetRepository repository;
	@Inject
	private UISynchronize sync;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;
	@Inject
	private EMenuService menus;
	@Inject
	private ESelectionService selection;
	@Inject
	private EditorOpener editors;

	private Composite stack;
	private StackLayout stackLayout;
	private Composite emptyState;
	private Composite explorer;
	private Text filter;
	private TreeViewer viewer;
	private Label summary;
	private ExplorerIcons icons;
	private FleetContentProvider contentProvider;
	private FleetLabelProvider labelProvider;

	private final Runnable applyFilter = this::applyFilter;
	private final Runnable rejudgePeriodically = this::rejudgePeriodically;
	private final IPreferenceChangeListener preferenceListener = event -> sync.asyncExec(this::rejudge);

	/** model changes arrive one by one and possibly off the UI thread; they are applied in one batch */
	private final Set<Object> pendingUpdates = new HashSet<>();
	private boolean structureChanged;
	private boolean flushScheduled;
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				modelChanged(notification);
			}
		}
	};

	@PostConstruct
	public void createControls(Composite parent) {
		icons = new ExplorerIcons(parent.getDisplay());
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		emptyState = createEmptyState(stack);
		explorer = createExplorer(stack);
		Fleet fleet = repository.fleet();
		viewer.setInput(fleet);
		fleet.eAdapters().add(modelListener);
		ConsolePreference.node().addPreferenceChangeListener(preferenceListener);
		parent.getDisplay().timerExec(REJUDGE_INTERVAL_MS, rejudgePeriodically);
		reload();
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
		addHost.setText("Connect to a host's agent with Fleet \u25B8 New Connection...: the console reads the host and "
				+ "its virtual machines over mutual TLS. Or <a>add a host</a> to the inventory by name and agent "
				+ "address first (Fleet \u25B8 Add Host..., Ctrl+Shift+H).");
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
		wide.widthHint = 220;
		addHost.setLayoutData(wide);
		addHost.addListener(SWT.Selection, event -> execute(ADD_HOST_COMMAND));
		return page;
	}

	private Composite createExplorer(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		page.setLayout(layout);

		filter = new Text(page, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setData(WIDGET_ID, FILTER_ID);
		filter.setMessage("Filter hosts and VMs by name, address or UUID");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addModifyListener(event -> {
			filter.getDisplay().timerExec(-1, applyFilter);
			filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
		});

		ToolBar tools = new ToolBar(page, SWT.FLAT);
		toolItem(tools, Shape.REFRESH, "Refresh (F5)", () -> execute(REFRESH_COMMAND));
		toolItem(tools, Shape.COLLAPSE_ALL, "Collapse All", () -> viewer.collapseAll());

		viewer = new TreeViewer(page, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getTree().setData(WIDGET_ID, TREE_ID);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer.setUseHashlookup(true);
		contentProvider = new FleetContentProvider(viewer);
		labelProvider = new FleetLabelProvider(icons, FleetHealth.fromPreferences());
		viewer.setContentProvider(contentProvider);
		viewer.setLabelProvider(labelProvider);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addSelectionChangedListener(event -> selection.setSelection(event.getStructuredSelection()));
		viewer.addOpenListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		menus.registerContextMenu(viewer.getControl(), POPUP_MENU_ID);
		viewer.getTree().addDisposeListener(event -> icons.dispose());

		summary = new Label(page, SWT.NONE);
		summary.setData(WIDGET_ID, SUMMARY_ID);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return page;
	}

	private void toolItem(ToolBar bar, Shape icon, String tooltip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setImage(icons.get(icon));
		item.setToolTipText(tooltip);
		item.addListener(SWT.Selection, event -> action.run());
	}

	private void execute(String commandId) {
		handlers.executeHandler(commands.createCommand(commandId, Collections.emptyMap()));
	}

	/**
	 * Double-click or Enter: opens the element's editor when there is one, otherwise expands or collapses it;
	 * a leaf without an editor goes to the opener, which tells the user there is none.
	 */
	private void open(Object element) {
		if (element instanceof EObject edited && editors.hasEditor(edited)) {
			editors.open(edited);
		} else if (contentProvider.hasChildren(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		} else if (element instanceof EObject edited) {
			editors.open(edited);
		}
	}

	@Inject
	@Optional
	void refreshRequested(@UIEventTopic(FleetTopics.REFRESH) Fleet fleet) {
		labelProvider.setHealth(FleetHealth.fromPreferences());
		reload();
	}

	private void modelChanged(Notification notification) {
		synchronized (pendingUpdates) {
			if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
				structureChanged = true;
			} else if (notification.getNotifier() instanceof EObject changed) {
				// a VM's and a host's rows summarise their labels, so they change with them
				for (EObject row = changed; row != null && !(row instanceof Fleet); row = row.eContainer()) {
					pendingUpdates.add(row);
				}
			}
			if (!flushScheduled) {
				flushScheduled = true;
				sync.asyncExec(this::applyModelChanges);
			}
		}
	}

	private void applyModelChanges() {
		Object[] updates;
		boolean refresh;
		synchronized (pendingUpdates) {
			updates = pendingUpdates.toArray();
			refresh = structureChanged;
			pendingUpdates.clear();
			structureChanged = false;
			flushScheduled = false;
		}
		if (refresh) {
			reload();
		} else if (updates.length > 0 && !viewer.getControl().isDisposed()) {
			viewer.update(updates, null);
		}
	}

	/**
	 * Re-reads the model: which hosts and VMs there are and what the filter lets through. A lazy tree keeps
	 * expansion by row, not by element, so the expanded elements are collapsed and expanded again around it.
	 */
	void reload() {
		if (stack == null || stack.isDisposed()) {
			return;
		}
		contentProvider.modelChanged();
		boolean empty = repository.fleet().getHosts().isEmpty();
		stackLayout.topControl = empty ? emptyState : explorer;
		Object[] expanded = viewer.getExpandedElements();
		viewer.getTree().setRedraw(false);
		try {
			viewer.collapseAll();
			viewer.refresh();
			viewer.setExpandedElements(expanded);
		} finally {
			viewer.getTree().setRedraw(true);
		}
		updateSummary();
		stack.layout(true, true);
	}

	/** New thresholds or just a later time: every shown row is labelled and decorated again. */
	private void rejudge() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		labelProvider.setHealth(FleetHealth.fromPreferences());
		viewer.refresh();
	}

	private void rejudgePeriodically() {
		rejudge();
		if (!viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().timerExec(REJUDGE_INTERVAL_MS, rejudgePeriodically);
		}
	}

	private void applyFilter() {
		if (filter.isDisposed() || filter.getText().trim().equals(contentProvider.filterText())) {
			return;
		}
		contentProvider.setFilterText(filter.getText());
		reload();
		if (contentProvider.isFiltering()
				&& contentProvider.hostsMatchedByVms().size() <= MAX_HOSTS_EXPANDED_BY_FILTER) {
			viewer.setExpandedElements(contentProvider.hostsMatchedByVms().toArray());
		}
	}

	private void updateSummary() {
		int hosts = contentProvider.shownHostCount();
		int vms = contentProvider.shownVmCount();
		String counts = hosts + (hosts == 1 ? " host, " : " hosts, ") + vms + (vms == 1 ? " VM" : " VMs");
		if (!contentProvider.isFiltering()) {
			summary.setText(counts);
		} else if (hosts == 0) {
			summary.setText("Nothing matches \u201C" + filter.getText().trim() + "\u201D");
		} else {
			summary.setText(counts + " match \u201C" + filter.getText().trim() + "\u201D");
		}
	}

	@Focus
	public void setFocus() {
		stackLayout.topControl.setFocus();
	}

	@PreDestroy
	public void dispose() {
		repository.fleet().eAdapters().remove(modelListener);
		ConsolePreference.node().removePreferenceChangeListener(preferenceListener);
		if (stack != null && !stack.isDisposed()) {
			stack.getDisplay().timerExec(-1, rejudgePeriodically);
			stack.getDisplay().timerExec(-1, applyFilter);
		}
	}

	TreeViewer viewer() {
		return viewer;
	}

	FleetLabelProvider labelProvider() {
		return labelProvider;
	}
}
