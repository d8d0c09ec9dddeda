package org.vtpmconsole.ui.labels;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.vtpmconsole.client.AgentInventory;
import org.vtpmconsole.client.AgentSession;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.ClientIdentity;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.LabelFormatException;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.protocol.agent.LabelInfo;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.fleet.FleetNames;
import org.vtpmconsole.ui.preferences.ConsolePreference;

/**
 * The label actions that run on the VM's agent — re-issue with a new validity, rotate the state key — each in a
 * cancellable Job: a session on the host's agent connection (the pinned server certificate, the identity from
 * secure storage), the request, the agent's new label into the fleet model (where the console verifies its bytes,
 * as it does every label) and, success or not, an entry in the fleet's audit log: who (the identity's subject), what,
 * on which label, when, how it ended.
 */
final class AgentLabelActions {

	/** Job family of the actions' Jobs. */
	static final Object FAMILY = AgentLabelActions.class;

	enum Result {
		DONE, REFUSED, FAILED, CANCELLED
	}

	/** How an action ended, for the editor: a headline for the status line and dialog, and the detail. */
	record Outcome(Result result, String headline, String detail) {
		boolean succeeded() {
			return result == Result.DONE;
		}
	}

	private interface AgentCall {
		LabelInfo send(AgentSession session, UUID vm, IProgressMonitor monitor) throws ClientException;
	}

	private final ILog log = ILog.of(getClass());
	private final ConsoleConnections connections;

	AgentLabelActions(ConsoleConnections connections) {
		this.connections = connections;
	}

	/** The registered agent connection of the VM's host, if there is one: where its label actions go. */
	Optional<Connection> connectionOf(VirtualMachine vm) {
		if (!(vm.eContainer() instanceof Host host)) {
			return Optional.empty();
		}
		return connections.registry().connections().stream()
				.filter(c -> c.kind() == ConnectionKind.AGENT && c.isAgentOf(host)).findFirst();
	}

	Job reissue(VirtualMachine vm, int days, Consumer<Outcome> done) {
		return schedule(NLS.bind(Messages.JobReissue, FleetNames.name(vm)), "re-issue label (" + days + " days)", vm,
				(session, uuid, monitor) -> session.reissueLabel(uuid, days, monitor), done);
	}

	Job rotate(VirtualMachine vm, Consumer<Outcome> done) {
		return schedule(NLS.bind(Messages.JobRotate, FleetNames.name(vm)), "rotate state key", vm,
				(session, uuid, monitor) -> session.rotateLabel(uuid, monitor), done);
	}

	private Job schedule(String title, String action, VirtualMachine vm, AgentCall call, Consumer<Outcome> done) {
		Job job = new Job(title) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Outcome outcome = send(action, vm, call, monitor);
				done.accept(outcome);
				if (outcome.succeeded()) {
					return Status.OK_STATUS;
				}
				if (outcome.result() == Result.CANCELLED) {
					return Status.CANCEL_STATUS;
				}
				IStatus status = Status.error(title + ": " + outcome.headline() + " \u2014 " + outcome.detail());
				log.log(status);
				return status;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private Outcome send(String action, VirtualMachine vm, AgentCall call, IProgressMonitor monitor) {
		String target = "label of " + FleetNames.name(vm) + " (" + vm.getUuid() + ")";
		Optional<Connection> found = connectionOf(vm);
		if (found.isEmpty()) {
			Outcome outcome = new Outcome(Result.FAILED, Messages.NoAgentHeadline,
					NLS.bind(Messages.NoAgentDetail, FleetNames.name(vm)));
			connections.fleet().recordAudit("(no connection)", action, target, AuditOutcome.FAILURE, outcome.detail());
			return outcome;
		}
		Connection connection = found.get();
		target += " on " + connection.name();
		String user = "(identity of " + connection.name() + " not opened)";
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			ClientIdentity identity = connections.manager().credentials().load(connection.id());
			user = identity.subject();
			AgentSession session = AgentSession.forAction(connection, identity,
					Duration.ofSeconds(ConsolePreference.CONNECTION_TIMEOUT.value()), Clock.systemUTC(), progress.split(1));
			LabelInfo answer = call.send(session, UUID.fromString(vm.getUuid()), progress.split(1));
			new AgentInventory(connections.fleet()).applyLabel(vm, answer);
			String window = decoded(answer).map(label -> NLS.bind(Messages.NewWindow, LabelEditorPart.TIME.format(label.notBefore()),
					LabelEditorPart.TIME.format(label.notAfter()))).orElse(Messages.NewLabelUndecoded);
			connections.fleet().recordAudit(user, action, target, AuditOutcome.SUCCESS, window);
			// the agent's word on the label's validity is not taken: the editor shows the console's own checks
			return new Outcome(Result.DONE, Messages.Done, NLS.bind(Messages.DoneDetail, window));
		} catch (OperationCanceledException e) {
			String detail = Messages.CancelledDetail;
			connections.fleet().recordAudit(user, action, target, AuditOutcome.FAILURE, detail);
			return new Outcome(Result.CANCELLED, Messages.Cancelled, detail);
		} catch (ClientException e) {
			Optional<ApiCallException> refusal = e.getCause() instanceof ApiCallException api && api.status() != 0
					? Optional.of(api) : Optional.empty();
			boolean denied = refusal.map(api -> api.status() == 403).orElse(false);
			connections.fleet().recordAudit(user, action, target, denied ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
					e.getMessage());
			return new Outcome(refusal.isPresent() ? Result.REFUSED : Result.FAILED, headline(refusal), e.getMessage());
		} catch (IllegalArgumentException e) {
			// a VM without a readable UUID cannot be named to the agent
			connections.fleet().recordAudit(user, action, target, AuditOutcome.FAILURE, e.getMessage());
			return new Outcome(Result.FAILED, Messages.NotSentHeadline, NLS.bind(Messages.UnreadableUuid, vm.getUuid()));
		}
	}

	/** What the agent's refusal means for the user, in a few words; the agent's own sentence follows as the detail. */
	private static String headline(Optional<ApiCallException> refusal) {
		if (refusal.isEmpty()) {
			return Messages.Failed;
		}
		return switch (refusal.get().code()) {
		case "vm_running" -> Messages.RefusedRunning;
		case "wrong_role" -> Messages.RefusedRole;
		case "label_refused" -> Messages.RefusedLabel;
		case "not_supported" -> Messages.RefusedUnsupported;
		default -> NLS.bind(Messages.RefusedOther, refusal.get().status(), refusal.get().code());
		};
	}

	private static Optional<Label> decoded(LabelInfo answer) {
		try {
			return Optional.of(LabelCodec.decode(answer.label()));
		} catch (LabelFormatException e) {
			return Optional.empty();
		}
	}
}
