/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtualisation host, reached through its agent. The name is unique in the fleet and serves as the XMI identifier.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.Host#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getTpmName <em>Tpm Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getConnectionState <em>Connection State</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getLastContact <em>Last Contact</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getFailureReason <em>Failure Reason</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getCertificates <em>Certificates</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getApprovedQemuDigests <em>Approved Qemu Digests</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getAttestations <em>Attestations</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Host#getRsaLocalCertification <em>Rsa Local Certification</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vtpmconsole.model.FleetPackage#getHost_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Host#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * host:port of the host's agent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.vtpmconsole.model.FleetPackage#getHost_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Host#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Tpm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host TPM the agent uses, e.g. swtpm:127.0.0.1:2321 or device:/dev/tpmrm0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tpm Name</em>' attribute.
	 * @see #setTpmName(String)
	 * @see org.vtpmconsole.model.FleetPackage#getHost_TpmName()
	 * @model
	 * @generated
	 */
	String getTpmName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Host#getTpmName <em>Tpm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpm Name</em>' attribute.
	 * @see #getTpmName()
	 * @generated
	 */
	void setTpmName(String value);

	/**
	 * Returns the value of the '<em><b>Connection State</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.ConnectionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runtime state of the console's connection to the agent; not persisted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connection State</em>' attribute.
	 * @see org.vtpmconsole.model.ConnectionState
	 * @see #setConnectionState(ConnectionState)
	 * @see org.vtpmconsole.model.FleetPackage#getHost_ConnectionState()
	 * @model default="UNKNOWN" transient="true"
	 * @generated
	 */
	ConnectionState getConnectionState();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Host#getConnectionState <em>Connection State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection State</em>' attribute.
	 * @see org.vtpmconsole.model.ConnectionState
	 * @see #getConnectionState()
	 * @generated
	 */
	void setConnectionState(ConnectionState value);

	/**
	 * Returns the value of the '<em><b>Last Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Contact</em>' attribute.
	 * @see #setLastContact(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getHost_LastContact()
	 * @model
	 * @generated
	 */
	Date getLastContact();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Host#getLastContact <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Contact</em>' attribute.
	 * @see #getLastContact()
	 * @generated
	 */
	void setLastContact(Date value);

	/**
	 * Returns the value of the '<em><b>Failure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Reason</em>' attribute.
	 * @see #setFailureReason(String)
	 * @see org.vtpmconsole.model.FleetPackage#getHost_FailureReason()
	 * @model transient="true"
	 * @generated
	 */
	String getFailureReason();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Host#getFailureReason <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Reason</em>' attribute.
	 * @see #getFailureReason()
	 * @generated
	 */
	void setFailureReason(String value);

	/**
	 * Returns the value of the '<em><b>Certificates</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.Certificate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fleet-CA certificates of this host's TPM keys (RSA_mig, AIK, VMEK) and its TLS identity (SPEC §3, §7).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificates</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getHost_Certificates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Certificate> getCertificates();

	/**
	 * Returns the value of the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Machines</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getHost_VirtualMachines()
	 * @model containment="true"
	 * @generated
	 */
	EList<VirtualMachine> getVirtualMachines();

	/**
	 * Returns the value of the '<em><b>Approved Qemu Digests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex digests of the QEMU executables this host may run (the label's qemuDigest, SPEC §4.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved Qemu Digests</em>' attribute list.
	 * @see org.vtpmconsole.model.FleetPackage#getHost_ApprovedQemuDigests()
	 * @model
	 * @generated
	 */
	EList<String> getApprovedQemuDigests();

	/**
	 * Returns the value of the '<em><b>Attestations</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.AttestationReport}.
	 * It is bidirectional and its opposite is '{@link org.vtpmconsole.model.AttestationReport#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attestations</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getHost_Attestations()
	 * @see org.vtpmconsole.model.AttestationReport#getHost
	 * @model opposite="host" containment="true"
	 * @generated
	 */
	EList<AttestationReport> getAttestations();

	/**
	 * Returns the value of the '<em><b>Rsa Local Certification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host TPM's AIK certifying RSA_local (TPM2_Certify over a nonce the console chose), as the agent last returned it; the console verifies it against the AIK's fleet certificate before it trusts a LOCAL label's signer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rsa Local Certification</em>' containment reference.
	 * @see #setRsaLocalCertification(KeyCertificationEvidence)
	 * @see org.vtpmconsole.model.FleetPackage#getHost_RsaLocalCertification()
	 * @model containment="true"
	 * @generated
	 */
	KeyCertificationEvidence getRsaLocalCertification();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Host#getRsaLocalCertification <em>Rsa Local Certification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rsa Local Certification</em>' containment reference.
	 * @see #getRsaLocalCertification()
	 * @generated
	 */
	void setRsaLocalCertification(KeyCertificationEvidence value);

} // Host
