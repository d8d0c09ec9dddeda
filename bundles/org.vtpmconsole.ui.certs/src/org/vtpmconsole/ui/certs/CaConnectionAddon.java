package org.vtpmconsole.ui.certs;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.vtpmconsole.client.CaSession;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.FleetTrustMaterial;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.fleet.FleetRepository;
import org.vtpmconsole.verify.CertificateTrust;

import jakarta.inject.Inject;

/**
 * Puts what a live CA session knows into the application context: the {@link CaDirectory} for the CA view and the
 * {@link CertificateTrust} (fleet root, newest CRL) for the certificate editors, which re-verify at once; and takes
 * them out again when the CA connection is removed.
 */
public class CaConnectionAddon {

	@Inject
	private MApplication application;
	@Inject
	private FleetRepository repository;
	@Inject
	private ConsoleConnections connections;
	@Inject
	private UISynchronize sync;

	@Inject
	@Optional
	void caSessionChanged(@UIEventTopic(ConsoleConnections.CA_SESSION_TOPIC) CaSession session) {
		Job.create("Reading the fleet CA's directory", monitor -> {
			try {
				LiveCaDirectory directory = LiveCaDirectory.load(session, monitor, repository, connections::announce);
				CertificateTrust trust = CertificateTrust.of(session.root(), session.crl());
				sync.asyncExec(() -> {
					application.getContext().set(CertificateTrust.class, trust);
					application.getContext().set(CaDirectory.class, directory);
				});
				return Status.OK_STATUS;
			} catch (ClientException | PkiException e) {
				return Status.error("Reading the fleet CA's directory failed: " + e.getMessage(), e);
			}
		}).schedule();
	}

	/** The removed CA's directory and trust leave the context, so nothing shows or checks with them any longer. */
	@Inject
	@Optional
	void caRemoved(@UIEventTopic(ConsoleConnections.CA_REMOVED_TOPIC) String connectionId) {
		application.getContext().remove(CaDirectory.class);
		application.getContext().remove(CertificateTrust.class);
		connections.manager().agentTrustMaterial().ifPresent(this::agentConnected);
	}

	/**
	 * Without a CA session, chains are checked with what an agent session holds: the fleet root from the user's own
	 * identity and the root-signed CRL the agent served (the same root anchors both; the CRL may be older than the
	 * CA's, which is why a CA session's trust wins).
	 */
	@Inject
	@Optional
	void agentConnected(@UIEventTopic(ConsoleConnections.AGENT_TRUST_TOPIC) FleetTrustMaterial material) {
		if (connections.caSession().isEmpty()) {
			application.getContext().set(CertificateTrust.class, CertificateTrust.of(material.root(), material.crl()));
		}
	}
}
