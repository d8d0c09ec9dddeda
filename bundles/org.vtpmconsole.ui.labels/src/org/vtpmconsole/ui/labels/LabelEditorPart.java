package org.vtpmconsole.ui.labels;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.labels.ApprovedQemu;
import org.vtpmconsole.verify.labels.LabelReview;
import org.vtpmconsole.verify.labels.LabelTrust;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Editor for a VM's vTPM label, composed of sections that each show one thing and update in place: the verdict
 * heading, the checks, the validity window, the fields, the re-issue request with the agent's actions (page
 * "Overview") and the raw bytes (page "Raw bytes"). The editor reviews the label itself and only reads the model:
 * verdicts in the model are the {@link LabelVerificationAddon}'s. The dirty state is the pending re-issue request,
 * edited with undo and redo; Save sends it to the VM's agent, as Re-issue does (docs/console-editors.md).
 */
public class LabelEditorPart {

	/** Transient-data key under which the opener puts the {@link org.vtpmconsole.model.Label} to show. */
	public static final String INPUT_KEY = "vtpm.editorInput";
	static final String VERIFICATION_ID = ChecksSection.VERIFICATION_ID;
	static final String VALIDITY_BAR_ID = ValiditySection.VALIDITY_BAR_ID;
	static final String REISSUE_FIELD_ID = AgentActionsSection.REISSUE_FIELD_ID;
	static final String REISSUE_STATUS_ID = AgentActionsSection.REISSUE_STATUS_ID;
	static final String ACTION_STATUS_ID = AgentActionsSection.ACTION_STATUS_ID;
	static final String REISSUE_ACTION = Messages.ReissueAction;
	static final String ROTATE_ACTION = Messages.RotateAction;
	static final String ROTATE_DIALOG_TITLE = Messages.RotateDialogTitle;
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	@Inject
	private MPart part;
	@Inject
	private UISynchronize sync;
	@Inject
	private EHandlerService handlers;
	@Inject
	private EPartService partService;
	@Inject
	private ConsoleConnections connections;

	private LabelTrust customLabelTrust;
	private CertificateTrust certificateTrust = CertificateTrust.NONE;
	private ApprovedQemu approvedQemu = ApprovedQemu.NONE;
	private final ReissueRequest request = new ReissueRequest();
	private org.vtpmconsole.model.Label input;

	private FormToolkit toolkit;
	private CTabFolder pages;
	private ScrolledForm form;
	private VerdictHeader header;
	private ChecksSection checks;
	private ValiditySection validity;
	private AgentActionsSection actions;
	private FieldsSection fields;
	private RawBytesPage rawBytes;
	private boolean showScheduled;
	private IAction saveAction;
	private IAction undoAction;
	private IAction redoAction;

	/** Reviews again when the label's bytes or its context change; the verdict fields are the addon's. */
	private final AdapterImpl inputListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			Object feature = notification.getFeature();
			if (!notification.isTouch() && feature != FleetPackage.Literals.LABEL__VERIFICATION
					&& feature != FleetPackage.Literals.LABEL__VERIFICATION_DETAIL) {
				showSoon();
			}
		}
	};

	@Inject
	@Optional
	void labelTrustChanged(@Optional LabelTrust trust) {
		customLabelTrust = trust;
		showIfOpen();
	}

	@Inject
	@Optional
	void certificateTrustChanged(@Optional CertificateTrust trust) {
		certificateTrust = trust == null ? CertificateTrust.NONE : trust;
		showIfOpen();
	}

	@Inject
	@Optional
	void approvedQemuChanged(@Optional ApprovedQemu approved) {
		approvedQemu = approved == null ? ApprovedQemu.NONE : approved;
		showIfOpen();
	}

	@PostConstruct
	public void createControls(Composite parent) {
		input = (org.vtpmconsole.model.Label) part.getTransientData().get(INPUT_KEY);
		toolkit = new FormToolkit(parent.getDisplay());
		pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		form = toolkit.createScrolledForm(pages);
		// a layout the form can hand its width to (ILayoutExtension): the sections wrap to the editor's width instead of
		// widening the form past it, which would scroll their right ends (the validity bar's end date) out of view
		form.getBody().setLayout(new TableWrapLayout());
		toolkit.decorateFormHeading(form.getForm());
		header = new VerdictHeader(form);
		checks = new ChecksSection(toolkit, form);
		validity = new ValiditySection(toolkit, form);
		actions = new AgentActionsSection(toolkit, form, input, request, new AgentLabelActions(connections), sync);
		fields = new FieldsSection(toolkit, form);
		addPage(Messages.OverviewPage, form);
		rawBytes = new RawBytesPage(pages);
		addPage(Messages.RawBytesPage, rawBytes.control());
		pages.setSelection(0);
		form.addListener(SWT.Resize, event -> validity.fit());
		createActions();
		handlers.activateHandler(StandardEditCommands.UNDO,
				new EditorCommandHandler(this::undo, () -> request.commandStack().canUndo()));
		handlers.activateHandler(StandardEditCommands.REDO,
				new EditorCommandHandler(this::redo, () -> request.commandStack().canRedo()));
		handlers.activateHandler(StandardEditCommands.SAVE,
				new EditorCommandHandler(() -> partService.savePart(part, false), part::isDirty));
		request.commandStack().addCommandStackListener(event -> requestChanged());
		input.eAdapters().add(inputListener);
		part.setLabel(NLS.bind(Messages.PartLabel, vmName(input)));
		show();
		requestChanged();
	}

	static String vmName(org.vtpmconsole.model.Label label) {
		return label.eContainer() instanceof VirtualMachine vm && vm.getName() != null ? vm.getName() : Messages.UnnamedVm;
	}

	private void addPage(String title, Control control) {
		CTabItem item = new CTabItem(pages, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void createActions() {
		form.getToolBarManager().add(action(Messages.VerifyAgain, Messages.VerifyAgainTooltip, true, this::show));
		saveAction = action(Messages.Save, Messages.SaveTooltip, false, () -> partService.savePart(part, false));
		undoAction = action(Messages.Undo, Messages.UndoTooltip, false, this::undo);
		redoAction = action(Messages.Redo, Messages.RedoTooltip, false, this::redo);
		form.getToolBarManager().add(saveAction);
		form.getToolBarManager().add(undoAction);
		form.getToolBarManager().add(redoAction);
		form.getToolBarManager().update(true);
	}

	private static IAction action(String text, String tooltip, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		action.setEnabled(enabled);
		return action;
	}

	/** New bytes arrive field by field (a dozen notifications); they are reviewed and shown once. */
	private void showSoon() {
		synchronized (inputListener) {
			if (showScheduled) {
				return;
			}
			showScheduled = true;
		}
		sync.asyncExec(() -> {
			synchronized (inputListener) {
				showScheduled = false;
			}
			showIfOpen();
		});
	}

	private void showIfOpen() {
		if (form != null && !form.isDisposed()) {
			show();
		}
	}

	/** Reviews the label afresh, reading the model only, and hands the review to each section. */
	private void show() {
		Instant now = Instant.now();
		FleetEvidence evidence = FleetEvidence.around(input);
		LabelReview review = evidence.review(input,
				LabelReview.trust(customLabelTrust, certificateTrust, evidence.hosts(), now), approvedQemu, now);
		header.show(vmName(input), review, now);
		checks.show(review);
		validity.show(review.label(), now);
		fields.show(input, review.label());
		byte[] bytes = input.getEncoded() == null ? new byte[0] : input.getEncoded();
		rawBytes.show(bytes, review.label().map(LabelLayout::of).orElse(List.of()),
				review.formatError().map(e -> e.offset()).orElse(0), review.formatError().map(Throwable::getMessage).orElse(null));
		form.reflow(true);
		validity.fit();
	}

	private void undo() {
		request.commandStack().undo();
	}

	private void redo() {
		request.commandStack().redo();
	}

	/** After every command, undo, redo and carried-out request: the dirty flag, the actions and the request's section. */
	private void requestChanged() {
		part.setDirty(request.commandStack().isSaveNeeded());
		saveAction.setEnabled(part.isDirty());
		undoAction.setEnabled(request.commandStack().canUndo());
		redoAction.setEnabled(request.commandStack().canRedo());
		actions.update();
	}

	/**
	 * Save is "re-issue with these values": the request goes to the agent, and the editor stays dirty until the agent
	 * has carried it out (then the request is forgotten). A request that cannot be sent stays, and says why.
	 */
	@Persist
	public void save() {
		actions.reissue();
	}

	@Focus
	public void setFocus() {
		pages.setFocus();
	}

	@PreDestroy
	public void dispose() {
		input.eAdapters().remove(inputListener);
		toolkit.dispose();
	}
}
