package org.vtpmconsole.ui.parts;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.ui.fleet.FleetRepository;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Every change made from the console, newest first: when, who (certificate subject), what, on what, outcome. */
public class AuditLogPart {

	public static final String DESCRIPTOR_ID = "org.vtpmconsole.ui.part.auditLog";
	public static final String TABLE_ID = "auditLog.table";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	@Inject
	private FleetRepository repository;
	@Inject
	private UISynchronize sync;

	private TableViewer table;
	private final AdapterImpl listener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == FleetPackage.Literals.FLEET__AUDIT_LOG) {
				sync.asyncExec(AuditLogPart.this::refresh);
			}
		}
	};

	@PostConstruct
	void create(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData(FleetExplorerPart.WIDGET_ID, TABLE_ID);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "When", 16, 170, e -> e.getTime() == null ? "" : TIME.format(e.getTime().toInstant()));
		column(columns, "Who", 16, 90, AuditEntry::getUser);
		column(columns, "What", 12, 130, AuditEntry::getAction);
		column(columns, "Target", 24, 120, AuditEntry::getTarget);
		column(columns, "Outcome", 8, 80, e -> e.getOutcome().getName().toLowerCase(Locale.ROOT));
		column(columns, "Detail", 24, 120, AuditEntry::getDetail);
		repository.fleet().eAdapters().add(listener);
		refresh();
	}

	private void column(TableColumnLayout layout, String title, int weight, int minimumWidth,
			Function<AuditEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((AuditEntry) element);
				return value == null ? "" : value;
			}
		});
	}

	private void refresh() {
		if (table.getTable().isDisposed()) {
			return;
		}
		Fleet fleet = repository.fleet();
		List<AuditEntry> newestFirst = new ArrayList<>(fleet.getAuditLog());
		Collections.reverse(newestFirst);
		table.setInput(newestFirst);
	}

	@PreDestroy
	void dispose() {
		repository.fleet().eAdapters().remove(listener);
	}
}
