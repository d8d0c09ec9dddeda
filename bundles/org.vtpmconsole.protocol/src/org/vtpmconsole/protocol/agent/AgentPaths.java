package org.vtpmconsole.protocol.agent;

import java.util.UUID;

import org.vtpmconsole.protocol.ca.CaPaths;

/** The host agent's API, version 1 (docs/api.md). Templates name the VM as {@code {uuid}}. */
public final class AgentPaths {

	/** GET: the host ({@link HostInfo}). */
	public static final String HOST = "/v1/host";
	/** GET: the fleet certificates enrolled for the host's TPM keys ({@link HostCertificates}). */
	public static final String HOST_CERTIFICATES = "/v1/host/certificates";
	/** POST {@link CertificationRequest}: the AIK's certification of RSA_local ({@link KeyCertificationInfo}). */
	public static final String RSA_LOCAL_CERTIFICATION = "/v1/host/rsa-local/certification";
	/** GET: every VM ({@link VmList}); POST {@link CreateVmRequest}: a new VM ({@link VmInfo}). */
	public static final String VMS = "/v1/vms";
	/** GET: one VM ({@link VmInfo}). */
	public static final String VM = "/v1/vms/{uuid}";
	/** POST {@code {}}: starts QEMU behind the vTPM gateway ({@link VmInfo}). */
	public static final String VM_START = "/v1/vms/{uuid}/start";
	/** POST {@code {}}: stops QEMU, which saves the vTPM ({@link VmInfo}). */
	public static final String VM_STOP = "/v1/vms/{uuid}/stop";
	/** GET: the label in the image ({@link LabelInfo}). */
	public static final String LABEL = "/v1/vms/{uuid}/label";
	/** POST {@code {}}: the agent's own check of the label ({@link LabelVerificationInfo}). */
	public static final String LABEL_VERIFY = "/v1/vms/{uuid}/label/verify";
	/** POST {@link ReissueRequest}: a new validity window ({@link LabelInfo}). */
	public static final String LABEL_REISSUE = "/v1/vms/{uuid}/label/reissue";
	/** POST {@code {}}: a new state key (refused: see docs/api.md). */
	public static final String LABEL_ROTATE = "/v1/vms/{uuid}/label/rotate";
	/** GET: the running guest's vPCRs read through the gateway ({@link PcrBanks}). */
	public static final String PCRS = "/v1/vms/{uuid}/pcrs";
	/** GET ?after=N&wait=S: state changes and refusals after event N, waiting up to S seconds ({@link EventList}). */
	public static final String EVENTS = "/v1/events";
	/** GET: the CRL the agent checks clients with, the same message as the CA's. */
	public static final String CRL = CaPaths.CRL;

	private AgentPaths() {
	}

	/** A template with the VM filled in. */
	public static String of(String template, UUID vm) {
		return template.replace("{uuid}", vm.toString());
	}
}
