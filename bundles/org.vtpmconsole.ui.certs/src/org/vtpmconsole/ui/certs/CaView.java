package org.vtpmconsole.ui.certs;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.ui.forms.FieldRows;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The fleet CA's issued certificates and, for administrators, revocation with a reason. Data and the user's role
 * come from the {@link CaDirectory} in the context; without one the view says there is no CA connection.
 */
public class CaView {

	public static final String DESCRIPTOR_ID = "org.vtpmconsole.ui.certs.caView";
	static final String TABLE_ID = "ca-issued";
	static final String REVOKE_ID = "ca-revoke";
	static final String REASON_ID = "ca-revoke-reason";
	static final String PERMISSION_ID = "ca-revoke-permission";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private final ILog log = ILog.of(getClass());
	@Inject
	private UISynchronize sync;

	private CaDirectory directory;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private TableViewer table;
	private Combo reason;
	private Button revoke;
	private Label permission;

	@Inject
	@Optional
	void directoryChanged(@Optional CaDirectory newDirectory) {
		directory = newDirectory;
		if (form != null && !form.isDisposed()) {
			refresh();
		}
	}

	@PostConstruct
	public void createControls(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Fleet CA");
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout(1, false));
		Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
		section.setText("Issued certificates");
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite body = toolkit.createComposite(section);
		body.setLayout(new GridLayout(1, false));
		section.setClient(body);
		createTable(body);
		createRevokeBar(body);
		refresh();
	}

	private void createTable(Composite parent) {
		Composite holder = toolkit.createComposite(parent);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 260;
		holder.setLayoutData(data);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData(FieldRows.WIDGET_ID, TABLE_ID);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Serial", 22, entry -> entry.serial().toString(16));
		column(columns, "Subject", 22, CaDirectory.Entry::subject);
		column(columns, "Role", 10, entry -> entry.role().token());
		column(columns, "Valid until", 22, entry -> DAY.format(entry.notAfter()));
		column(columns, "Status", 16, CaView::statusText);
		table.addSelectionChangedListener(event -> updateRevokeState());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<CaDirectory.Entry, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CaDirectory.Entry) element);
			}
		});
	}

	private void createRevokeBar(Composite parent) {
		Composite bar = toolkit.createComposite(parent);
		bar.setLayout(new GridLayout(4, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(bar, "Reason:");
		reason = new Combo(bar, SWT.READ_ONLY);
		reason.setData(FieldRows.WIDGET_ID, REASON_ID);
		for (RevocationReason value : RevocationReason.values()) {
			reason.add(reasonText(value));
		}
		reason.select(0);
		revoke = toolkit.createButton(bar, "Revoke\u2026", SWT.PUSH);
		revoke.setData(FieldRows.WIDGET_ID, REVOKE_ID);
		revoke.addListener(SWT.Selection, event -> revokeSelected());
		permission = toolkit.createLabel(bar, "", SWT.WRAP);
		permission.setData(FieldRows.WIDGET_ID, PERMISSION_ID);
		permission.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private void refresh() {
		if (directory == null) {
			form.setMessage("No CA connection: add one with Fleet ▸ New Connection...",
					IMessageProvider.WARNING);
			table.setInput(List.of());
			updateRevokeState();
			return;
		}
		try {
			table.setInput(directory.issued());
			form.setMessage(directory.currentUser() + " (" + directory.currentRole().token() + ")", IMessageProvider.NONE);
		} catch (PkiException e) {
			log.error("listing the fleet CA's certificates failed", e);
			form.setMessage("Cannot list the CA's certificates: " + e.getMessage(), IMessageProvider.ERROR);
		}
		updateRevokeState();
	}

	/** Only an admin may revoke, and only a certificate that is still valid; the label says which rule applies. */
	private void updateRevokeState() {
		String why = null;
		if (directory == null) {
			why = "needs a connection to the CA";
		} else if (directory.currentRole() != Role.ADMIN) {
			why = "needs the admin role; you are " + directory.currentRole().token();
		} else if (selected() == null) {
			why = "select a certificate to revoke";
		} else if (selected().status() == CertificateStatus.REVOKED) {
			why = "already revoked";
		}
		revoke.setEnabled(why == null);
		revoke.setToolTipText(why == null ? "Revoke the selected certificate for good" : "Revoking " + why);
		reason.setEnabled(directory != null && directory.currentRole() == Role.ADMIN);
		permission.setText(why == null ? "" : "Revoking " + why);
		permission.getParent().layout();
	}

	private CaDirectory.Entry selected() {
		return (CaDirectory.Entry) ((IStructuredSelection) table.getSelection()).getFirstElement();
	}

	private void revokeSelected() {
		CaDirectory.Entry entry = selected();
		RevocationReason chosen = RevocationReason.values()[reason.getSelectionIndex()];
		CaDirectory target = directory;
		if (entry == null || target == null || !MessageDialog.openQuestion(form.getShell(), "Revoke certificate",
				"Revoke certificate " + entry.serial().toString(16) + " (" + entry.subject() + ") for reason "
						+ reasonText(chosen) + "?\n\nRevocation is final: the fleet CA never takes a certificate off its CRL.")) {
			return;
		}
		Job.create("Revoking certificate " + entry.serial().toString(16), monitor -> {
			try {
				target.revoke(entry.serial(), chosen);
				sync.asyncExec(this::refreshIfOpen);
				return Status.OK_STATUS;
			} catch (PkiException e) {
				sync.asyncExec(() -> MessageDialog.openError(form.getShell(), "Revocation failed", e.getMessage()));
				return Status.error("revoking certificate " + entry.serial().toString(16) + " failed", e);
			}
		}).schedule();
	}

	private void refreshIfOpen() {
		if (!form.isDisposed()) {
			refresh();
		}
	}

	private static String statusText(CaDirectory.Entry entry) {
		return entry.status().name().toLowerCase(Locale.ROOT)
				+ entry.revocationReason().map(r -> " (" + reasonText(r) + ")").orElse("");
	}

	static String reasonText(RevocationReason reason) {
		String[] words = reason.name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder camel = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return camel.toString();
	}

	@Focus
	public void setFocus() {
		table.getTable().setFocus();
	}

	@PreDestroy
	public void dispose() {
		toolkit.dispose();
	}
}
