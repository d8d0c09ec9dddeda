/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attestation Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The result of one batch attestation of a host and its VMs for one nonce (SPEC §9).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.AttestationReport#getNonce <em>Nonce</em>}</li>
 *   <li>{@link org.vtpmconsole.model.AttestationReport#getTime <em>Time</em>}</li>
 *   <li>{@link org.vtpmconsole.model.AttestationReport#getHost <em>Host</em>}</li>
 *   <li>{@link org.vtpmconsole.model.AttestationReport#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.vtpmconsole.model.AttestationReport#getVmResults <em>Vm Results</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getAttestationReport()
 * @model
 * @generated
 */
public interface AttestationReport extends EObject {
	/**
	 * Returns the value of the '<em><b>Nonce</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nonce</em>' attribute.
	 * @see #setNonce(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getAttestationReport_Nonce()
	 * @model
	 * @generated
	 */
	byte[] getNonce();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.AttestationReport#getNonce <em>Nonce</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nonce</em>' attribute.
	 * @see #getNonce()
	 * @generated
	 */
	void setNonce(byte[] value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getAttestationReport_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.AttestationReport#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.vtpmconsole.model.Host#getAttestations <em>Attestations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' container reference.
	 * @see #setHost(Host)
	 * @see org.vtpmconsole.model.FleetPackage#getAttestationReport_Host()
	 * @see org.vtpmconsole.model.Host#getAttestations
	 * @model opposite="attestations"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.AttestationReport#getHost <em>Host</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' container reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.VerificationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.vtpmconsole.model.VerificationState
	 * @see #setVerdict(VerificationState)
	 * @see org.vtpmconsole.model.FleetPackage#getAttestationReport_Verdict()
	 * @model
	 * @generated
	 */
	VerificationState getVerdict();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.AttestationReport#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.vtpmconsole.model.VerificationState
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(VerificationState value);

	/**
	 * Returns the value of the '<em><b>Vm Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.VmAttestation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vm Results</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getAttestationReport_VmResults()
	 * @model containment="true"
	 * @generated
	 */
	EList<VmAttestation> getVmResults();

} // AttestationReport
