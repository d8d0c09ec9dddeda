package org.vtpmconsole.agent.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.vtpmconsole.agent.vm.QemuBuild;
import org.vtpmconsole.agent.vm.VirtualMachines;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.protocol.http.JsonServer;
import org.vtpmconsole.tpm.HostTpm;
import org.vtpmconsole.tpm.TpmException;

/** The agent's API server (docs/api.md): every route, the audit log, over mutual TLS. */
public final class AgentApi implements AutoCloseable {

	/** What the routes work on. */
	public record Host(String name, HostTpm tpm, HostLabels labels, VirtualMachines vms, List<QemuBuild> approvedQemu,
			Path certificates) {
	}

	private final JsonServer server;

	private AgentApi(JsonServer server) {
		this.server = server;
	}

	public static AgentApi start(InetSocketAddress address, SSLContext context, CrlSource crls, Host host,
			EventJournal events, Path auditLog) throws IOException, TpmException {
		ApiVms vms = new ApiVms(host.vms());
		JsonServer.Builder server = JsonServer.builder(host.name(), address, context, crls)
				.onExchange(new AuditLog(auditLog, Clock.systemUTC()));
		new HostRoutes(host.name(), host.tpm(), host.certificates(), host.approvedQemu()).register(server);
		new VmRoutes(vms, events).register(server);
		new LabelRoutes(vms, host.labels(), host.approvedQemu().stream().map(QemuBuild::digest).toList(), events)
				.register(server);
		new EventRoutes(events).register(server);
		new CrlRoutes(crls).register(server);
		return new AgentApi(server.start());
	}

	public int port() {
		return server.port();
	}

	@Override
	public void close() {
		server.close();
	}
}
