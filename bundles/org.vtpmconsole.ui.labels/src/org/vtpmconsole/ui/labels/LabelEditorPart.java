package org.vtpmconsole.ui.labels;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCheck;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.forms.CheckRows;
import org.vtpmconsole.ui.forms.FieldRows;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.Check;
import org.vtpmconsole.verify.TpmNameText;
import org.vtpmconsole.verify.labels.ApprovedQemu;
import org.vtpmconsole.verify.labels.LabelReview;
import org.vtpmconsole.verify.labels.LabelTrust;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Editor for a VM's vTPM label. Page "Overview": the console's own verification (every check with its reason),
 * the validity window drawn to scale, every SPEC §4.1 field in words, and a pending re-issue request — the one
 * thing edited here, through EMF commands, with undo, redo and dirty state. Page "Raw bytes": the hex dump with
 * the fields marked. Re-issue (with the requested validity) and state-key rotation run on the VM's agent, in Jobs
 * ({@link AgentLabelActions}); the agent's new label comes back into the model and is verified here like any other.
 */
public class LabelEditorPart {

	/** Transient-data key under which the opener puts the {@link org.vtpmconsole.model.Label} to show. */
	public static final String INPUT_KEY = "vtpm.editorInput";
	static final String VERIFICATION_ID = "label-verification";
	static final String VALIDITY_BAR_ID = "label-validity-bar";
	static final String REISSUE_FIELD_ID = "label-reissue-field";
	static final String REISSUE_STATUS_ID = "label-reissue-status";
	static final String ACTION_STATUS_ID = "label-action-status";
	static final String REISSUE_ACTION = "Re-issue\u2026";
	static final String ROTATE_ACTION = "Rotate State Key\u2026";
	static final String ROTATE_DIALOG_TITLE = "Rotate State Key";
	private static final int VALIDITY_BAR_RIGHT_MARGIN = 12;
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);
	private static final HexFormat HEX = HexFormat.of();

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

	private AgentLabelActions agentActions;
	private LabelTrust customLabelTrust;
	private CertificateTrust certificateTrust = CertificateTrust.NONE;
	private ApprovedQemu approvedQemu = ApprovedQemu.NONE;
	private final ReissueRequest request = new ReissueRequest();
	private org.vtpmconsole.model.Label input;
	private LabelReview review;

	private FormToolkit toolkit;
	private CTabFolder pages;
	private ScrolledForm form;
	private RawBytesPage rawBytes;
	private ValidityBar validityBar;
	private Text reissueField;
	private ControlDecoration reissueDecoration;
	private org.eclipse.swt.widgets.Label reissueStatus;
	private org.eclipse.swt.widgets.Label actionStatus;
	/** the last agent action's outcome, kept across re-renders; null before the first */
	private AgentLabelActions.Outcome lastOutcome;
	private String lastAction;
	private boolean actionRunning;
	private boolean renderScheduled;
	private Button reissueButton;
	private Button rotateButton;
	private IAction saveAction;
	private IAction undoAction;
	private IAction redoAction;

	/** Re-verifies when the label's bytes or its context change; the verdict fields themselves are ours. */
	private final AdapterImpl inputListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			Object feature = notification.getFeature();
			if (!notification.isTouch() && feature != FleetPackage.Literals.LABEL__VERIFICATION
					&& feature != FleetPackage.Literals.LABEL__VERIFICATION_DETAIL) {
				renderSoon();
			}
		}
	};

	@Inject
	@Optional
	void labelTrustChanged(@Optional LabelTrust trust) {
		customLabelTrust = trust;
		renderIfOpen();
	}

	@Inject
	@Optional
	void certificateTrustChanged(@Optional CertificateTrust trust) {
		certificateTrust = trust == null ? CertificateTrust.NONE : trust;
		renderIfOpen();
	}

	@Inject
	@Optional
	void approvedQemuChanged(@Optional ApprovedQemu approved) {
		approvedQemu = approved == null ? ApprovedQemu.NONE : approved;
		renderIfOpen();
	}

	@PostConstruct
	public void createControls(Composite parent) {
		input = (org.vtpmconsole.model.Label) part.getTransientData().get(INPUT_KEY);
		agentActions = new AgentLabelActions(connections);
		toolkit = new FormToolkit(parent.getDisplay());
		pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		form = toolkit.createScrolledForm(pages);
		// a layout the form can hand its width to (ILayoutExtension): the sections wrap to the editor's width instead of
		// widening the form past it, which would scroll their right ends (the validity bar's end date) out of view
		form.getBody().setLayout(new TableWrapLayout());
		toolkit.decorateFormHeading(form.getForm());
		addPage("Overview", form);
		rawBytes = new RawBytesPage(pages);
		addPage("Raw bytes", rawBytes.control());
		pages.setSelection(0);
		form.addListener(SWT.Resize, event -> fitValidityBar());
		createActions();
		handlers.activateHandler(StandardEditCommands.UNDO,
				new EditorCommandHandler(this::undo, () -> request.commandStack().canUndo()));
		handlers.activateHandler(StandardEditCommands.REDO,
				new EditorCommandHandler(this::redo, () -> request.commandStack().canRedo()));
		handlers.activateHandler(StandardEditCommands.SAVE,
				new EditorCommandHandler(() -> partService.savePart(part, false), part::isDirty));
		request.commandStack().addCommandStackListener(event -> requestChanged());
		input.eAdapters().add(inputListener);
		part.setLabel("Label \u00B7 " + vmName());
		render();
	}

	private String vmName() {
		return input.eContainer() instanceof VirtualMachine vm && vm.getName() != null ? vm.getName() : "unnamed VM";
	}

	private void addPage(String title, Control control) {
		CTabItem item = new CTabItem(pages, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void createActions() {
		form.getToolBarManager().add(action("Verify again", "Recompute every check now, in this console", true, this::render));
		saveAction = action("Save", "Keep the re-issue request (Ctrl+S)", false, () -> partService.savePart(part, false));
		undoAction = action("Undo", "Undo the last change to the re-issue request (Ctrl+Z)", false, this::undo);
		redoAction = action("Redo", "Redo (Ctrl+Y)", false, this::redo);
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

	/** New bytes arrive field by field (a dozen notifications); they are verified and shown once. */
	private void renderSoon() {
		synchronized (inputListener) {
			if (renderScheduled) {
				return;
			}
			renderScheduled = true;
		}
		sync.asyncExec(() -> {
			synchronized (inputListener) {
				renderScheduled = false;
			}
			renderIfOpen();
		});
	}

	private void renderIfOpen() {
		if (form != null && !form.isDisposed()) {
			render();
		}
	}

	/** Verifies the label afresh and rebuilds both pages from the result. */
	private void render() {
		Instant now = Instant.now();
		FleetEvidence evidence = FleetEvidence.around(input);
		review = evidence.review(input, LabelReview.trust(customLabelTrust, certificateTrust, evidence.hosts(), now),
				approvedQemu, now);
		LabelReview verdict = review;
		connections.fleet().update(() -> {
			input.setVerification(FleetEvidence.state(verdict.verdict()));
			input.setVerificationDetail(verdict.verification().summary());
		});
		if (bodyHoldsFocus()) {
			// else disposing the focused row hands the focus on to a control at the form's edge, and the form
			// scrolls sideways to show it (the re-render after a refresh)
			form.setFocus();
		}
		for (Control child : form.getBody().getChildren()) {
			child.dispose();
		}
		validityBar = null;
		reissueField = null;
		reissueButton = null;
		rotateButton = null;
		actionStatus = null;
		form.setText("vTPM label \u00B7 " + vmName());
		showVerdict(now);
		verificationSection();
		review.label().ifPresent(label -> {
			validitySection(label, now);
			reissueSection();
			fieldSection(label);
		});
		byte[] bytes = input.getEncoded() == null ? new byte[0] : input.getEncoded();
		rawBytes.show(bytes, review.label().map(LabelLayout::of).orElse(List.of()),
				review.formatError().map(e -> e.offset()).orElse(0), review.formatError().map(Throwable::getMessage).orElse(null));
		requestChanged();
		form.reflow(true);
		fitValidityBar();
	}

	/** Whether the focus is on a control the next render disposes. */
	private boolean bodyHoldsFocus() {
		for (Control control = form.getDisplay().getFocusControl(); control != null; control = control.getParent()) {
			if (control == form.getBody()) {
				return true;
			}
		}
		return false;
	}

	/** A short verdict in the heading (a long heading would widen the whole form); the reasons are in the section. */
	private void showVerdict(Instant now) {
		switch (review.verdict()) {
		case VALID -> form.setMessage("Verified by this console", IMessageProvider.INFORMATION);
		case EXPIRING -> form.setMessage("Valid, but expires " + relative(review.label().get().notAfter(), now),
				IMessageProvider.WARNING);
		default -> form.setMessage("Not valid: " + review.verification().failures().stream()
				.map(check -> check.kind().title()).collect(Collectors.joining(", ")) + " failed", IMessageProvider.ERROR);
		}
	}

	private Composite section(String title, String description) {
		Section section = toolkit.createSection(form.getBody(),
				ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite body = toolkit.createComposite(section);
		section.setClient(body);
		return body;
	}

	private void verificationSection() {
		Composite body = section("Verification", "Computed here from the label's bytes, not taken from the agent");
		body.setData(FieldRows.WIDGET_ID, VERIFICATION_ID);
		CheckRows rows = new CheckRows(toolkit, body);
		for (LabelCheck check : review.verification().checks()) {
			rows.add(Check.Outcome.valueOf(check.outcome().name()), check.kind().title(), check.reason());
		}
	}

	private void validitySection(Label label, Instant now) {
		Composite body = section("Validity", "Green: valid; amber: the last " + LabelReview.EXPIRY_WARNING.toDays()
				+ " days, time to re-issue; red: expired");
		FieldRows rows = new FieldRows(toolkit, body);
		rows.add("notBefore", TIME.format(label.notBefore()) + " (" + relative(label.notBefore(), now) + ")");
		rows.add("notAfter", TIME.format(label.notAfter()) + " (" + relative(label.notAfter(), now) + ")");
		validityBar = new ValidityBar(body);
		validityBar.setData(FieldRows.WIDGET_ID, VALIDITY_BAR_ID);
		validityBar.setBackground(body.getBackground());
		validityBar.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
		validityBar.show(label.notBefore(), label.notAfter(), now);
	}

	/**
	 * The bar as wide as the part shows, not as the widest row of the form: long field values can make the form wider
	 * than the part (it scrolls sideways), and a bar that wide would have its end date out of view.
	 */
	private void fitValidityBar() {
		if (validityBar == null || validityBar.isDisposed()) {
			return;
		}
		int offset = validityBar.toDisplay(0, 0).x - form.getBody().toDisplay(0, 0).x;
		int visible = form.getClientArea().width - Math.max(0, offset) - VALIDITY_BAR_RIGHT_MARGIN;
		GridData data = (GridData) validityBar.getLayoutData();
		int width = Math.max(validityBar.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, visible);
		if (data.widthHint != width) {
			data.widthHint = width;
			// the bar's height follows its width (the end date may need a line of its own), and the sections cache
			// their clients' sizes: lay the whole body out afresh
			form.getBody().layout(true, true);
			form.reflow(true);
		}
	}

	/**
	 * The request and the agent's two actions, next to what they act on rather than in the form's heading: a heading
	 * toolbar that long would set the form's minimum width, and a narrower editor would scroll its right side away.
	 */
	private void reissueSection() {
		Composite body = section("Re-issue and rotate",
				"Run on the VM's agent, which must have it stopped; the new label it answers with is verified here. "
						+ "New notAfter: " + ReissueRequest.FORMAT_HINT + ", Enter applies it");
		body.setLayout(new GridLayout(3, false));
		toolkit.createLabel(body, "New notAfter");
		reissueField = toolkit.createText(body, ReissueRequest.format(request.newNotAfter()), SWT.SINGLE);
		reissueField.setData(FieldRows.WIDGET_ID, REISSUE_FIELD_ID);
		reissueField.setMessage(ReissueRequest.FORMAT_HINT);
		GridData fieldData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		fieldData.widthHint = 220;
		fieldData.horizontalIndent = 8;
		reissueField.setLayoutData(fieldData);
		reissueDecoration = new ControlDecoration(reissueField, SWT.LEFT | SWT.TOP);
		reissueDecoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		reissueDecoration.hide();
		reissueField.addListener(SWT.DefaultSelection, event -> applyReissueField());
		reissueField.addListener(SWT.FocusOut, event -> applyReissueField());
		reissueButton = toolkit.createButton(body, REISSUE_ACTION, SWT.PUSH);
		reissueButton.addListener(SWT.Selection, event -> reissue());
		reissueStatus = wrappingLabel(body, REISSUE_STATUS_ID);
		rotateButton = toolkit.createButton(body, ROTATE_ACTION, SWT.PUSH);
		rotateButton.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
		rotateButton.addListener(SWT.Selection, event -> rotate());
		actionStatus = wrappingLabel(body, ACTION_STATUS_ID);
	}

	private org.eclipse.swt.widgets.Label wrappingLabel(Composite body, String id) {
		org.eclipse.swt.widgets.Label label = toolkit.createLabel(body, "", SWT.WRAP);
		label.setData(FieldRows.WIDGET_ID, id);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	/** Applies a valid entry as an EMF command; refuses an invalid one at the field, leaving the request as it was. */
	private void applyReissueField() {
		ReissueRequest.Parsed parsed = ReissueRequest.parse(reissueField.getText(), Instant.now());
		if (!parsed.accepted()) {
			reissueDecoration.setDescriptionText(parsed.refusal());
			reissueDecoration.show();
			reissueStatus.setText("Refused: " + parsed.refusal());
			reissueStatus.setForeground(reissueStatus.getDisplay().getSystemColor(SWT.COLOR_RED));
			reissueStatus.getParent().layout();
			return;
		}
		reissueDecoration.hide();
		request.set(parsed.newNotAfter());
		requestChanged();
	}

	private void fieldSection(Label label) {
		Composite body = section("Fields", "SPEC \u00A74.1, decoded from the bytes on the Raw bytes page");
		FieldRows rows = new FieldRows(toolkit, body);
		if (input.eContainer() instanceof VirtualMachine vm && vm.getUuid() != null) {
			rows.addCopyable("VM", vmName() + ", UUID " + vm.getUuid(), vm.getUuid());
		}
		rows.add("status", label.status() + " (" + label.status().code() + ")");
		rows.add("size", input.getEncoded().length + " bytes, format version 1");
		rows.add("digestAlg", TpmNameText.algorithm(label.digestAlgorithm().algId()));
		hexRow(rows, "uuidHash", label.uuidHash());
		hexRow(rows, "qemuDigest", label.qemuDigest());
		rows.addCopyable("signerName", TpmNameText.describe(label.signerName()), HEX.formatHex(label.signerName()));
		rows.addCopyable("recipientName", TpmNameText.describe(label.recipientName()), HEX.formatHex(label.recipientName()));
		rows.add("sigScheme", TpmNameText.algorithm(label.sigScheme()));
		rows.add("sigHash", TpmNameText.algorithm(label.sigHash()));
		String secret = HEX.formatHex(label.secret());
		rows.addCopyable("secret", "RSA-OAEP(SHA-256) wrapped state key, " + FieldRows.shortenedHex(secret), secret);
		hexRow(rows, "signature", label.signature());
	}

	private static void hexRow(FieldRows rows, String name, byte[] value) {
		String hex = HEX.formatHex(value);
		rows.addCopyable(name, FieldRows.shortenedHex(hex), hex);
	}

	private void undo() {
		request.commandStack().undo();
	}

	private void redo() {
		request.commandStack().redo();
	}

	/** After every command, undo and redo: dirty flag, actions, the field and the request's status line. */
	private void requestChanged() {
		part.setDirty(request.commandStack().isSaveNeeded());
		saveAction.setEnabled(part.isDirty());
		undoAction.setEnabled(request.commandStack().canUndo());
		redoAction.setEnabled(request.commandStack().canRedo());
		Instant requested = request.newNotAfter();
		if (reissueField != null && !reissueField.isDisposed()) {
			reissueField.setText(ReissueRequest.format(requested));
			reissueDecoration.hide();
			reissueStatus.setForeground(null);
			reissueStatus.setText(requested == null ? "No re-issue requested." : requestText(requested));
			showActionStatus();
			reissueStatus.getParent().layout();
		}
		updateAgentActions();
	}

	/**
	 * The request and what it becomes on the wire: the agent counts whole days from its own clock, so the end it will
	 * sign is said here, not only the end typed.
	 */
	private String requestText(Instant requested) {
		Instant now = Instant.now();
		int days = ReissueRequest.days(requested, now);
		return "Requested new notAfter " + ReissueRequest.format(requested) + " UTC" + (part.isDirty() ? " (unsaved)" : " (saved)")
				+ ". Sent as " + days + (days == 1 ? " day" : " days") + " from the agent's time of signing: the new label "
				+ "will be valid from then until about " + ReissueRequest.format(now.plus(Duration.ofDays(days))) + " UTC.";
	}

	private void showActionStatus() {
		if (actionStatus == null || actionStatus.isDisposed()) {
			return;
		}
		if (actionRunning) {
			actionStatus.setForeground(null);
			actionStatus.setText(lastAction + ": sent to the agent, waiting for its answer\u2026");
		} else if (lastOutcome != null) {
			actionStatus.setForeground(lastOutcome.succeeded() ? null : actionStatus.getDisplay().getSystemColor(SWT.COLOR_RED));
			actionStatus.setText(lastAction + ": " + lastOutcome.headline() + " \u2014 " + lastOutcome.detail());
		} else {
			actionStatus.setText("");
		}
	}

	/** Re-issue needs a request and the host's agent connection; rotate the connection; neither while one runs. */
	private void updateAgentActions() {
		if (reissueButton == null || reissueButton.isDisposed()) {
			return;
		}
		java.util.Optional<Connection> agent = vm().flatMap(agentActions::connectionOf);
		String where = agent.map(c -> " on the agent " + c.name()).orElse("");
		String missing = agent.isPresent() ? null : "the host has no agent connection (Fleet \u25B8 New Connection)";
		reissueButton.setEnabled(!actionRunning && agent.isPresent() && request.newNotAfter() != null);
		reissueButton.setToolTipText(missing != null ? "Re-issue: " + missing
				: request.newNotAfter() == null ? "Enter a new notAfter first"
						: "Re-issue with the requested validity" + where + " (the VM must be stopped)");
		rotateButton.setEnabled(!actionRunning && agent.isPresent());
		rotateButton.setToolTipText(missing != null ? "Rotate: " + missing
				: "A new vTPM state key" + where + ", same validity (the VM must be stopped)");
	}

	private java.util.Optional<VirtualMachine> vm() {
		return input.eContainer() instanceof VirtualMachine vm ? java.util.Optional.of(vm) : java.util.Optional.empty();
	}

	private void reissue() {
		Instant requested = request.newNotAfter();
		if (requested == null || vm().isEmpty()) {
			return;
		}
		int days = ReissueRequest.days(requested, Instant.now());
		started("Re-issue for " + days + (days == 1 ? " day" : " days"));
		agentActions.reissue(vm().get(), days, outcome -> sync.asyncExec(() -> finished(outcome, true)));
	}

	private void rotate() {
		if (vm().isEmpty() || !confirmRotation()) {
			return;
		}
		started("Rotate state key");
		agentActions.rotate(vm().get(), outcome -> sync.asyncExec(() -> finished(outcome, false)));
	}

	private boolean confirmRotation() {
		String agent = vm().flatMap(agentActions::connectionOf).map(Connection::name).orElse("the agent");
		MessageDialog dialog = new MessageDialog(form.getShell(), ROTATE_DIALOG_TITLE, null,
				"Rotate the vTPM state key of " + vmName() + "?\n\n"
						+ "\u2022 " + agent + " generates a new state key, re-encrypts the vTPM's state under it and signs "
						+ "a new label carrying it (same validity).\n"
						+ "\u2022 The VM must be stopped; the agent refuses while it runs.\n"
						+ "\u2022 The old key is destroyed: snapshots and backups of the vTPM state encrypted under it "
						+ "cannot be opened with the new label.",
				MessageDialog.WARNING, 1, "Rotate", "Cancel");
		return dialog.open() == 0;
	}

	private void started(String action) {
		lastAction = action;
		lastOutcome = null;
		actionRunning = true;
		requestChanged();
	}

	/**
	 * The agent answered (or did not). A carried-out re-issue is no longer a pending request. The new bytes are in the
	 * model already, and this editor re-verifies them itself (the input listener); the agent's own view is not used.
	 */
	private void finished(AgentLabelActions.Outcome outcome, boolean wasReissue) {
		if (form == null || form.isDisposed()) {
			return;
		}
		actionRunning = false;
		lastOutcome = outcome;
		if (outcome.succeeded() && wasReissue) {
			request.sent();
		}
		requestChanged();
		form.reflow(true);
		if (outcome.result() == AgentLabelActions.Result.REFUSED || outcome.result() == AgentLabelActions.Result.FAILED) {
			MessageDialog.openError(form.getShell(), (wasReissue ? "Re-issue" : ROTATE_DIALOG_TITLE) + " Failed",
					outcome.headline() + "\n\n" + outcome.detail());
		}
	}

	@Persist
	public void save() {
		request.commandStack().saveIsDone();
		requestChanged();
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

	private static String relative(Instant time, Instant now) {
		Duration between = Duration.between(now, time);
		long days = Math.abs(between.toDays());
		String amount = days > 0 ? days + (days == 1 ? " day" : " days") : Math.abs(between.toHours()) + " hours";
		return between.isNegative() ? amount + " ago" : "in " + amount;
	}
}
