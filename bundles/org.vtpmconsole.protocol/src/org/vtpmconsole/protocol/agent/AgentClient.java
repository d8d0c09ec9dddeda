package org.vtpmconsole.protocol.agent;

import java.util.Map;
import java.util.UUID;

import org.vtpmconsole.protocol.ca.CrlResponse;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.protocol.http.JsonClient;

/** The host agent's API, typed (docs/api.md). */
public final class AgentClient {

	private final JsonClient client;

	public AgentClient(JsonClient client) {
		this.client = client;
	}

	public HostInfo host() throws ApiCallException {
		return client.get(AgentPaths.HOST, Map.of(), HostInfo.class);
	}

	public HostCertificates hostCertificates() throws ApiCallException {
		return client.get(AgentPaths.HOST_CERTIFICATES, Map.of(), HostCertificates.class);
	}

	public KeyCertificationInfo certifyRsaLocal(byte[] nonce) throws ApiCallException {
		return client.post(AgentPaths.RSA_LOCAL_CERTIFICATION, new CertificationRequest(nonce),
				KeyCertificationInfo.class);
	}

	public VmList vms() throws ApiCallException {
		return client.get(AgentPaths.VMS, Map.of(), VmList.class);
	}

	public VmInfo create(String diskSize) throws ApiCallException {
		return create(diskSize, null);
	}

	/** @param name null for a VM without a name */
	public VmInfo create(String diskSize, String name) throws ApiCallException {
		return create(diskSize, name, null);
	}

	/**
	 * @param name null for a VM without a name
	 * @param boot {@link CreateVmRequest#BOOT_GUEST} for the agent's guest kernel; null for the default (firmware)
	 */
	public VmInfo create(String diskSize, String name, String boot) throws ApiCallException {
		return client.post(AgentPaths.VMS, new CreateVmRequest(diskSize, name, boot), VmInfo.class);
	}

	public VmInfo vm(UUID vm) throws ApiCallException {
		return client.get(AgentPaths.of(AgentPaths.VM, vm), Map.of(), VmInfo.class);
	}

	public VmInfo start(UUID vm) throws ApiCallException {
		return client.post(AgentPaths.of(AgentPaths.VM_START, vm), new NoArguments(), VmInfo.class);
	}

	public VmInfo stop(UUID vm) throws ApiCallException {
		return client.post(AgentPaths.of(AgentPaths.VM_STOP, vm), new NoArguments(), VmInfo.class);
	}

	public LabelInfo label(UUID vm) throws ApiCallException {
		return client.get(AgentPaths.of(AgentPaths.LABEL, vm), Map.of(), LabelInfo.class);
	}

	public LabelVerificationInfo verifyLabel(UUID vm) throws ApiCallException {
		return client.post(AgentPaths.of(AgentPaths.LABEL_VERIFY, vm), new NoArguments(), LabelVerificationInfo.class);
	}

	public LabelInfo reissueLabel(UUID vm, int days) throws ApiCallException {
		return client.post(AgentPaths.of(AgentPaths.LABEL_REISSUE, vm), new ReissueRequest(days), LabelInfo.class);
	}

	/** A new state key; the agent refuses this for now (501 not_supported, docs/api.md). */
	public LabelInfo rotateLabel(UUID vm) throws ApiCallException {
		return client.post(AgentPaths.of(AgentPaths.LABEL_ROTATE, vm), new NoArguments(), LabelInfo.class);
	}

	public PcrBanks pcrs(UUID vm) throws ApiCallException {
		return client.get(AgentPaths.of(AgentPaths.PCRS, vm), Map.of(), PcrBanks.class);
	}

	/** The events after {@code after}, waiting up to {@code waitSeconds} (at most 30) for the first one. */
	public EventList events(long after, int waitSeconds) throws ApiCallException {
		return client.get(AgentPaths.EVENTS, Map.of("after", Long.toString(after), "wait", Integer.toString(waitSeconds)),
				EventList.class);
	}

	public CrlResponse crl() throws ApiCallException {
		return client.get(AgentPaths.CRL, Map.of(), CrlResponse.class);
	}
}
