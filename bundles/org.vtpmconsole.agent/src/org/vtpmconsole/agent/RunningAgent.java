package org.vtpmconsole.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.api.AgentApi;
import org.vtpmconsole.agent.api.EventJournal;
import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.agent.config.ApiTls;
import org.vtpmconsole.agent.process.HostTools;
import org.vtpmconsole.agent.unix.ProcessHardening;
import org.vtpmconsole.agent.vm.LeftoverProcesses;
import org.vtpmconsole.agent.vm.QemuBuild;
import org.vtpmconsole.agent.vm.VirtualMachines;
import org.vtpmconsole.agent.vm.Vm;
import org.vtpmconsole.agent.vm.VmIsolation;
import org.vtpmconsole.label.HostKeyMigration;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.pki.Passphrases;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.tls.CrlFile;
import org.vtpmconsole.pki.tls.CrlRefresher;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyAuthorization;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * What a serving agent holds: the host TPM, its VMs behind their vTPM gateways, and the API. Closing it closes them
 * in reverse order: the API first (no new requests), then the VMs — each QEMU is quit, which makes it shut its vTPM
 * down so swtpm saves the state — then the TPM. A restarted agent finds the same VMs in vms.dir, and after a crash
 * stops the swtpm and adopts the QEMU its predecessor left running ({@link LeftoverProcesses}; docs/gateway.md,
 * "Agent restart").
 */
public final class RunningAgent implements AutoCloseable {
	/** The validity of a new VM's label; {@code POST /v1/vms/{uuid}/label/reissue} sets another. */
	public static final Duration LABEL_VALIDITY = Duration.ofDays(90);

	private final ILog log = ILog.of(getClass());
	private final TssHostTpm tpm;
	private final VirtualMachines vms;
	private final EventJournal events;
	private AgentApi api;
	private CrlRefresher crlRefresher;

	private RunningAgent(TssHostTpm tpm, VirtualMachines vms, EventJournal events) {
		this.tpm = tpm;
		this.vms = vms;
		this.events = events;
	}

	public static RunningAgent start(AgentConfig config, ApiTls tls) throws AgentStartException {
		VmIsolation isolation = isolation(config);
		TssHostTpm tpm = openTpm(config);
		RunningAgent agent = null;
		try {
			List<QemuBuild> approved = approvedBuilds(config);
			HostLabels labels = new HostLabels(tpm, Clock.systemUTC(), new SecureRandom());
			EventJournal events = new EventJournal(Clock.systemUTC(), config.stateDirectory().resolve("events.jsonl"));
			VirtualMachines vms = new VirtualMachines(config.vmsDirectory(), labels, approved.get(0),
					approved.stream().map(QemuBuild::digest).toList(), LABEL_VALIDITY, events, config.accelerator(),
					isolation, config.firstRequestTimeout(), config.guestKernel());
			agent = new RunningAgent(tpm, vms, events);
			// before the API serves anyone, so no start can race what a killed predecessor left running
			for (LeftoverProcesses.Adopted adopted : new LeftoverProcesses(vms).recover()) {
				events.record("vm.adopted", adopted.vm(), null, "QEMU " + adopted.pid() + " outlived the previous agent"
						+ " and runs on; its vTPM was lost with the previous agent; stop and start the VM to serve it again");
			}
			// labels move off keys without authValue before anything reads them (docs/tpm-keys.md)
			moveOffLegacyKeys(tpm, labels, vms, events);
			// a rotation a crash interrupted is settled before any client or QEMU can reach a vTPM
			vms.recoverStateKeyRotations();
			ApiTrust trust = apiTrust(tls);
			agent.crlRefresher = trust.refresher();
			agent.api = AgentApi.start(resolve(config.apiListen()), trust.context(), trust.crls(),
					new AgentApi.Host(config.name(), tpm, labels, vms, approved,
							config.stateDirectory().resolve("certificates")),
					events, config.stateDirectory().resolve("audit.log"));
			agent.log.info("API on " + config.apiListen().getHostString() + ":" + agent.api.port() + "; "
					+ vms.list().size() + " VM(s) in " + config.vmsDirectory());
			return agent;
		} catch (IOException | TpmException | PkiException | RuntimeException e) {
			if (agent != null) {
				agent.close();
			} else {
				tpm.close();
			}
			throw new AgentStartException("cannot start: " + e.getMessage(), e);
		}
	}

	/**
	 * Moves a host provisioned before RSA_local and RSA_mig had an authValue onto its new keys. The new RSA_mig is a
	 * new key: its certificate must be enrolled again before this host takes part in a migration.
	 */
	static void moveOffLegacyKeys(TssHostTpm tpm, HostLabels labels, VirtualMachines vms, EventJournal events)
			throws IOException, TpmException {
		List<Vm> all = vms.list();
		List<Path> images = all.stream().map(Vm::image).toList();
		List<Path> running = all.stream().filter(vms::isRunning).map(Vm::image).toList();
		HostKeyMigration.Result result = new HostKeyMigration(tpm, labels, Clock.systemUTC()).migrate(images,
				running::contains);
		if (result.nothingToDo())
			return;
		ILog log = ILog.of(RunningAgent.class);
		log.warn("moved " + result.moved().size() + " label(s) to the RSA_local with authValue; evicted legacy "
				+ result.evicted() + (result.kept().isEmpty() ? "" : "; kept " + result.kept()) + ". RSA_mig is a new"
				+ " key: enrol it again (vtpmctl enroll --role rsa-mig) before this host sends or receives a migration;"
				+ " until then peers refuse its RSA_mig");
		result.problems().forEach(problem -> log.warn("key migration: " + problem));
		for (Vm vm : all)
			if (result.moved().contains(vm.image()))
				events.record("label.key_moved", vm.uuid(), null,
						"label re-wrapped from the legacy RSA_local to the RSA_local with authValue");
	}

	/**
	 * No core dumps of the agent (its memory holds state keys), the tools found once, and the VMs' uids checked:
	 * running VMs under their own uids needs root, and a VM must never run as an account of the host. Fails closed;
	 * {@code vms.uids=agent} is the documented development setting and says so in the log.
	 */
	private static VmIsolation isolation(AgentConfig config) throws AgentStartException {
		ILog log = ILog.of(RunningAgent.class);
		try {
			ProcessHardening.noCoreDumps();
			VmIsolation isolation = new VmIsolation(config.vmUids(), HostTools.system());
			if (config.vmUids().isEmpty()) {
				log.warn(AgentConfig.KEY_VMS_UIDS + "=" + AgentConfig.AGENT_UID + ": every VM's QEMU and swtpm run "
						+ "under the agent's own uid, so one compromised QEMU can reach every vTPM; for development only");
			} else if (!ProcessHardening.isRoot()) {
				throw new AgentStartException("cannot start: the agent does not run as root, so it cannot run each VM "
						+ "under its own uids (" + AgentConfig.KEY_VMS_UIDS + "=" + config.vmUids().get().configName()
						+ "); " + AgentConfig.KEY_VMS_UIDS + "=" + AgentConfig.AGENT_UID + " is for development only");
			} else {
				config.vmUids().get().requireNoAccounts();
			}
			if (config.tpm().startsWith("swtpm:")) {
				log.warn("host TPM " + config.tpm() + " is a swtpm over TCP, which any local process can connect to; "
						+ "for development only (use swtpm-unix: with a socket of mode 0600 in a 0700 directory)");
			}
			return isolation;
		} catch (IOException e) {
			throw new AgentStartException("cannot start: " + e.getMessage(), e);
		}
	}

	private static TssHostTpm openTpm(AgentConfig config) throws AgentStartException {
		try {
			// the authValue of RSA_local and RSA_mig, readable by the agent's uid alone; made on the first start
			KeyAuthorization authorization = KeyAuthorization.loadOrCreate(
					config.stateDirectory().resolve(KeyAuthorization.FILE_NAME), new SecureRandom());
			TssHostTpm tpm = HostTpms.open(config.tpm(), authorization);
			try {
				// creates the keys of SPEC §3 that are missing; keeps the ones there
				tpm.provision();
				return tpm;
			} catch (TpmException | RuntimeException e) {
				tpm.close();
				throw e;
			}
		} catch (TpmException e) {
			throw new AgentStartException("cannot use the host TPM " + config.tpm() + ": " + e.getMessage(), e);
		}
	}

	private static List<QemuBuild> approvedBuilds(AgentConfig config) throws IOException {
		List<QemuBuild> builds = new ArrayList<>();
		for (Path executable : config.approvedQemuBinaries()) {
			builds.add(QemuBuild.of(executable));
		}
		return builds;
	}

	private static InetSocketAddress resolve(InetSocketAddress configured) {
		return new InetSocketAddress(configured.getHostString(), configured.getPort());
	}

	/** The API's TLS context, the CRL it checks clients with, and what keeps that CRL current from the CA, if set. */
	private record ApiTrust(SSLContext context, CrlFile crls, CrlRefresher refresher) {
	}

	private static ApiTrust apiTrust(ApiTls tls) throws PkiException {
		X509Certificate root = root(tls.root());
		char[] password = tls.passwordFile().isPresent() ? Passphrases.fromFile(tls.passwordFile().get())
				: Passphrases.fromEnvironment(tls.passwordEnv().orElseThrow());
		try {
			KeyStore identity = FleetTls.loadIdentity(tls.identity(), password);
			if (tls.caUrl().isEmpty()) {
				CrlFile crls = CrlFile.load(tls.crl(), root);
				return new ApiTrust(FleetTls.serverContext(identity, password, root, crls), crls, null);
			}
			// the agent's own identity fetches the CA's CRL: tls-server certificates carry clientAuth
			CrlRefresher.Fetch fetch = FleetClientContext.crlFetch(tls.caUrl().get(), identity, password, root);
			CrlFile crls = CrlFile.loadOrFetch(tls.crl(), root, fetch);
			SSLContext context = FleetTls.serverContext(identity, password, root, crls);
			return new ApiTrust(context, crls, CrlRefresher.start(tls.caUrl().get().toString(), crls, fetch,
					tls.crlRefresh()));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private static X509Certificate root(Path file) throws PkiException {
		try (InputStream in = Files.newInputStream(file)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		} catch (IOException | GeneralSecurityException | ClassCastException e) {
			throw new PkiException("the fleet root certificate " + file + " is not usable: " + e.getMessage(), e);
		}
	}

	public int apiPort() {
		return api.port();
	}

	public VirtualMachines vms() {
		return vms;
	}

	public EventJournal events() {
		return events;
	}

	@Override
	public void close() {
		if (crlRefresher != null) {
			crlRefresher.close();
		}
		if (api != null) {
			api.close();
		}
		vms.close();
		tpm.close();
	}
}
