package org.vtpmconsole.ui.labels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.fleet.FleetRepository;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.labels.ApprovedQemu;
import org.vtpmconsole.verify.labels.LabelReview;
import org.vtpmconsole.verify.labels.LabelTrust;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Verifies every label of the fleet in the console as soon as its bytes arrive or change (a label without bytes,
 * e.g. of a host not contacted yet, keeps whatever verdict it has: there is nothing to verify), so the explorer's
 * decorations (label invalid, expiring) do not wait for an editor: the same {@link LabelReview} the label editor runs,
 * against the same trust, in a Job off the UI thread that reads the model under the fleet writer's read lock. The
 * verdicts go into the model's transient {@code verification} and {@code verificationDetail} through the fleet
 * writer, on the UI thread, a chunk at a time. Also
 * verifies again when what a verdict depends on changes: the console's approved QEMU digests, the fleet's
 * certificates, the {@link LabelTrust} or {@link CertificateTrust} in the context.
 */
public final class LabelVerificationAddon {

	/** Job family of the verification Job, for whoever waits for the verdicts (tests, benchmarks). */
	public static final Object FAMILY = LabelVerificationAddon.class;
	/** verdicts are written in chunks between which Cancel is honoured */
	private static final int CHUNK = 1_000;

	@Inject
	private ConsoleConnections connections;

	private final Set<Label> pending = new LinkedHashSet<>();
	private volatile LabelTrust customTrust;
	private volatile CertificateTrust certificateTrust = CertificateTrust.NONE;
	private volatile ApprovedQemu approvedQemu = ApprovedQemu.NONE;
	private Fleet fleet;
	private final Job job = new Job("Verifying the fleet's labels") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return verifyPending(monitor);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				modelChanged(notification);
			}
		}
	};

	@PostConstruct
	void start() {
		job.setSystem(true);
		fleet = connections.fleet().fleet();
		fleet.eAdapters().add(listener);
		queue(labelsUnder(fleet));
	}

	@PreDestroy
	void stop() {
		if (fleet != null) {
			fleet.eAdapters().remove(listener);
		}
		job.cancel();
	}

	@Inject
	@Optional
	void labelTrustChanged(@Optional LabelTrust trust) {
		customTrust = trust;
		queueAll();
	}

	@Inject
	@Optional
	void certificateTrustChanged(@Optional CertificateTrust trust) {
		certificateTrust = trust == null ? CertificateTrust.NONE : trust;
		queueAll();
	}

	@Inject
	@Optional
	void approvedQemuChanged(@Optional ApprovedQemu approved) {
		approvedQemu = approved == null ? ApprovedQemu.NONE : approved;
		queueAll();
	}

	private void queueAll() {
		if (fleet != null) {
			queue(labelsUnder(fleet));
		}
	}

	private void modelChanged(Notification notification) {
		Object feature = notification.getFeature();
		Object notifier = notification.getNotifier();
		if (feature == FleetPackage.Literals.LABEL__ENCODED && notifier instanceof Label label) {
			queue(List.of(label));
		} else if ((feature == FleetPackage.Literals.HOST__APPROVED_QEMU_DIGESTS
				|| feature == FleetPackage.Literals.HOST__RSA_LOCAL_CERTIFICATION) && notifier instanceof Host host) {
			// the AIK's certification of RSA_local decides whether this host's LOCAL labels have a trusted signer
			queue(labelsUnder(host));
		} else if (feature == FleetPackage.Literals.VIRTUAL_MACHINE__UUID && notifier instanceof VirtualMachine vm) {
			queue(labelsUnder(vm));
		} else if (feature == FleetPackage.Literals.HOST__CERTIFICATES || notifier instanceof Certificate) {
			// a MIGRATING label may be signed by any host's RSA_mig: every label depends on every certificate
			queueAll();
		} else if (feature instanceof EReference reference && reference.isContainment()) {
			queue(labelsUnder(added(notification)));
		}
	}

	/** What a containment change brought into the fleet: a new host, VM or label, with what it contains. */
	private static List<EObject> added(Notification notification) {
		List<EObject> added = new ArrayList<>();
		switch (notification.getEventType()) {
		case Notification.ADD, Notification.SET -> {
			if (notification.getNewValue() instanceof EObject object) {
				added.add(object);
			}
		}
		case Notification.ADD_MANY -> {
			if (notification.getNewValue() instanceof Collection<?> objects) {
				objects.stream().filter(EObject.class::isInstance).map(EObject.class::cast).forEach(added::add);
			}
		}
		default -> {
			// removals and moves bring no new label
		}
		}
		return added;
	}

	private static List<Label> labelsUnder(EObject root) {
		return labelsUnder(List.of(root));
	}

	private static List<Label> labelsUnder(List<EObject> roots) {
		List<Label> labels = new ArrayList<>();
		for (EObject root : roots) {
			if (root instanceof Label label) {
				labels.add(label);
			} else if (root instanceof VirtualMachine vm) {
				add(labels, vm);
			} else if (root instanceof Host host) {
				host.getVirtualMachines().forEach(vm -> add(labels, vm));
			} else if (root instanceof Fleet all) {
				all.getHosts().forEach(host -> host.getVirtualMachines().forEach(vm -> add(labels, vm)));
			}
		}
		return labels;
	}

	private static void add(List<Label> labels, VirtualMachine vm) {
		if (vm.getLabel() != null) {
			labels.add(vm.getLabel());
		}
	}

	private void queue(Collection<Label> labels) {
		if (labels.isEmpty()) {
			return;
		}
		synchronized (pending) {
			pending.addAll(labels);
		}
		job.schedule();
	}

	/**
	 * One pass over everything queued, at one time and with one trust (asked once per host). A label queued again
	 * while the pass runs is verified by the next pass, which {@link #queue} has scheduled.
	 */
	private IStatus verifyPending(IProgressMonitor monitor) {
		List<Label> labels;
		synchronized (pending) {
			labels = new ArrayList<>(pending);
			pending.clear();
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + labels.size() + " labels", labels.size());
		Instant now = Instant.now();
		FleetRepository writer = connections.fleet();
		FleetEvidence evidence = writer.read(() -> FleetEvidence.of(fleet));
		LabelTrust trust = LabelTrust.memoized(LabelReview.trust(customTrust, certificateTrust, evidence.hosts(), now));
		ApprovedQemu approved = approvedQemu;
		for (Iterator<Label> next = labels.iterator(); next.hasNext();) {
			List<Runnable> verdicts = new ArrayList<>();
			for (int i = 0; i < CHUNK && next.hasNext(); i++) {
				Label label = next.next();
				// read while no change runs; the verdicts of a chunk go to the model thread in one hand-over
				writer.read(() -> verdict(label, evidence, trust, approved, now)).ifPresent(verdicts::add);
			}
			if (!verdicts.isEmpty()) {
				writer.update(() -> verdicts.forEach(Runnable::run));
			}
			progress.worked(CHUNK);
			if (progress.isCanceled()) {
				next.forEachRemaining(this::requeueQuietly);
				return Status.CANCEL_STATUS;
			}
		}
		return Status.OK_STATUS;
	}

	private void requeueQuietly(Label label) {
		synchronized (pending) {
			pending.add(label);
		}
	}

	/**
	 * The change that writes the label's verdict, if it changed: every write is a model change the explorer redraws
	 * a row for.
	 */
	private static java.util.Optional<Runnable> verdict(Label label, FleetEvidence evidence, LabelTrust trust,
			ApprovedQemu approved, Instant now) {
		if (!(label.eContainer() instanceof VirtualMachine) || label.getEncoded() == null) {
			// removed from the fleet since it was queued, or no bytes from an agent yet: nothing to verify
			return java.util.Optional.empty();
		}
		LabelReview review = evidence.review(label, trust, approved, now);
		String detail = review.verification().summary();
		VerificationState state = FleetEvidence.state(review.verdict());
		if (label.getVerification() == state && Objects.equals(label.getVerificationDetail(), detail)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(() -> {
			label.setVerification(state);
			label.setVerificationDetail(detail);
		});
	}
}
