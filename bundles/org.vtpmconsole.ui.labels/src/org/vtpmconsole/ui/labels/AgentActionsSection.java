package org.vtpmconsole.ui.labels;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.forms.FieldRows;

/**
 * The pending re-issue request and the agent's two actions, next to what they act on rather than in the form's
 * heading (a toolbar that long would set the form's minimum width). The request is edited through EMF commands;
 * Re-issue (and Save, which means the same) sends it to the VM's agent, Rotate asks first. Made once: a refresh of
 * the label leaves the field, the buttons and the last outcome as they are.
 */
final class AgentActionsSection {

	static final String REISSUE_FIELD_ID = "label-reissue-field";
	static final String REISSUE_STATUS_ID = "label-reissue-status";
	static final String ACTION_STATUS_ID = "label-action-status";

	private final ScrolledForm form;
	private final ReissueRequest request;
	private final AgentLabelActions agentActions;
	private final UISynchronize sync;
	private final org.vtpmconsole.model.Label input;
	private final Text reissueField;
	private final ControlDecoration reissueDecoration;
	private final org.eclipse.swt.widgets.Label reissueStatus;
	private final Button reissueButton;
	private final Button rotateButton;
	private final org.eclipse.swt.widgets.Label actionStatus;
	/** the last agent action's outcome; null before the first */
	private AgentLabelActions.Outcome lastOutcome;
	private String lastAction;
	private boolean actionRunning;

	AgentActionsSection(FormToolkit toolkit, ScrolledForm form, org.vtpmconsole.model.Label input, ReissueRequest request,
			AgentLabelActions agentActions, UISynchronize sync) {
		this.form = form;
		this.input = input;
		this.request = request;
		this.agentActions = agentActions;
		this.sync = sync;
		Composite body = new FormSection(toolkit, form, Messages.ActionsTitle,
				NLS.bind(Messages.ActionsDescription, ReissueRequest.FORMAT_HINT)).body();
		body.setLayout(new GridLayout(3, false));
		toolkit.createLabel(body, Messages.NewNotAfter);
		reissueField = toolkit.createText(body, "", SWT.SINGLE);
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
		reissueButton = toolkit.createButton(body, Messages.ReissueAction, SWT.PUSH);
		reissueButton.addListener(SWT.Selection, event -> reissue());
		reissueStatus = wrappingLabel(toolkit, body, REISSUE_STATUS_ID);
		rotateButton = toolkit.createButton(body, Messages.RotateAction, SWT.PUSH);
		rotateButton.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
		rotateButton.addListener(SWT.Selection, event -> rotate());
		actionStatus = wrappingLabel(toolkit, body, ACTION_STATUS_ID);
	}

	private static org.eclipse.swt.widgets.Label wrappingLabel(FormToolkit toolkit, Composite body, String id) {
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
			showRequestProblem(NLS.bind(Messages.Refused, parsed.refusal()));
			return;
		}
		reissueDecoration.hide();
		request.set(parsed.newNotAfter());
	}

	private void showRequestProblem(String text) {
		reissueStatus.setText(text);
		reissueStatus.setForeground(reissueStatus.getDisplay().getSystemColor(SWT.COLOR_RED));
		reissueStatus.getParent().layout();
	}

	/** After every command, undo, redo and agent answer: the field, the two status lines and the buttons. */
	void update() {
		if (reissueField.isDisposed()) {
			return;
		}
		Instant requested = request.newNotAfter();
		reissueField.setText(ReissueRequest.format(requested));
		reissueDecoration.hide();
		reissueStatus.setForeground(null);
		reissueStatus.setText(requested == null ? Messages.NoRequest : requestText(requested));
		showActionStatus();
		updateButtons();
		reissueStatus.getParent().layout();
	}

	/**
	 * The request and what it becomes on the wire: the agent counts whole days from its own clock, so the end it will
	 * sign is said here, not only the end typed.
	 */
	private static String requestText(Instant requested) {
		Instant now = Instant.now();
		int days = ReissueRequest.days(requested, now);
		return NLS.bind(Messages.RequestText, new Object[] { ReissueRequest.format(requested), RelativeTime.days(days),
				ReissueRequest.format(now.plus(Duration.ofDays(days))) });
	}

	private void showActionStatus() {
		if (actionRunning) {
			actionStatus.setForeground(null);
			actionStatus.setText(NLS.bind(Messages.ActionWaiting, lastAction));
		} else if (lastOutcome != null) {
			actionStatus.setForeground(lastOutcome.succeeded() ? null : actionStatus.getDisplay().getSystemColor(SWT.COLOR_RED));
			actionStatus.setText(NLS.bind(Messages.ActionOutcome,
					new Object[] { lastAction, lastOutcome.headline(), lastOutcome.detail() }));
		} else {
			actionStatus.setText("");
		}
	}

	/** Re-issue needs a request and the host's agent connection; rotate the connection; neither while one runs. */
	private void updateButtons() {
		Optional<Connection> agent = agent();
		String where = agent.map(c -> NLS.bind(Messages.OnAgent, c.name())).orElse("");
		reissueButton.setEnabled(!actionRunning && agent.isPresent() && request.newNotAfter() != null);
		reissueButton.setToolTipText(agent.isEmpty() ? NLS.bind(Messages.ReissueNoAgent, Messages.NoAgentConnection)
				: request.newNotAfter() == null ? Messages.ReissueNoRequest : NLS.bind(Messages.ReissueTooltip, where));
		rotateButton.setEnabled(!actionRunning && agent.isPresent());
		rotateButton.setToolTipText(agent.isEmpty() ? NLS.bind(Messages.RotateNoAgent, Messages.NoAgentConnection)
				: NLS.bind(Messages.RotateTooltip, where));
	}

	private Optional<VirtualMachine> vm() {
		return input.eContainer() instanceof VirtualMachine vm ? Optional.of(vm) : Optional.empty();
	}

	private Optional<Connection> agent() {
		return vm().flatMap(agentActions::connectionOf);
	}

	/**
	 * Sends the request to the agent (the Re-issue button, and Save). Without a request, a VM or an agent connection
	 * nothing is sent, and the status line says why.
	 */
	void reissue() {
		Instant requested = request.newNotAfter();
		if (actionRunning || requested == null) {
			return;
		}
		if (vm().isEmpty() || agent().isEmpty()) {
			showRequestProblem(NLS.bind(Messages.NotSent, Messages.NoAgentConnection));
			return;
		}
		int days = ReissueRequest.days(requested, Instant.now());
		started(NLS.bind(Messages.ReissueFor, RelativeTime.days(days)));
		agentActions.reissue(vm().get(), days, outcome -> sync.asyncExec(() -> finished(outcome, true)));
	}

	private void rotate() {
		if (vm().isEmpty() || !confirmRotation()) {
			return;
		}
		started(Messages.RotateRunning);
		agentActions.rotate(vm().get(), outcome -> sync.asyncExec(() -> finished(outcome, false)));
	}

	private boolean confirmRotation() {
		String agent = agent().map(Connection::name).orElse(Messages.TheAgent);
		MessageDialog dialog = new MessageDialog(form.getShell(), Messages.RotateDialogTitle, null,
				NLS.bind(Messages.RotateQuestion, LabelEditorPart.vmName(input), agent), MessageDialog.WARNING, 1,
				Messages.Rotate, Messages.Cancel);
		return dialog.open() == 0;
	}

	private void started(String action) {
		lastAction = action;
		lastOutcome = null;
		actionRunning = true;
		update();
	}

	/**
	 * The agent answered (or did not). A carried-out re-issue is no longer a pending request. The new bytes are in the
	 * model already, and the editor re-verifies them itself; the agent's own view is not used.
	 */
	private void finished(AgentLabelActions.Outcome outcome, boolean wasReissue) {
		if (form.isDisposed()) {
			return;
		}
		actionRunning = false;
		lastOutcome = outcome;
		if (outcome.succeeded() && wasReissue) {
			request.sent();
		}
		update();
		form.reflow(true);
		if (outcome.result() == AgentLabelActions.Result.REFUSED || outcome.result() == AgentLabelActions.Result.FAILED) {
			MessageDialog.openError(form.getShell(),
					NLS.bind(Messages.ActionFailed, wasReissue ? Messages.Reissue : Messages.RotateDialogTitle),
					outcome.headline() + "\n\n" + outcome.detail());
		}
	}
}
