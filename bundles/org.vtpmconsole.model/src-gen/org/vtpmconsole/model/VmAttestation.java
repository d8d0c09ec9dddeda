/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vm Attestation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.VmAttestation#getVm <em>Vm</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VmAttestation#getUuidHash <em>Uuid Hash</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VmAttestation#getCompositeDigest <em>Composite Digest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VmAttestation#getPcrValues <em>Pcr Values</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VmAttestation#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VmAttestation#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getVmAttestation()
 * @model
 * @generated
 */
public interface VmAttestation extends EObject {
	/**
	 * Returns the value of the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vm</em>' reference.
	 * @see #setVm(VirtualMachine)
	 * @see org.vtpmconsole.model.FleetPackage#getVmAttestation_Vm()
	 * @model
	 * @generated
	 */
	VirtualMachine getVm();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VmAttestation#getVm <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm</em>' reference.
	 * @see #getVm()
	 * @generated
	 */
	void setVm(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Uuid Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid Hash</em>' attribute.
	 * @see #setUuidHash(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getVmAttestation_UuidHash()
	 * @model
	 * @generated
	 */
	byte[] getUuidHash();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VmAttestation#getUuidHash <em>Uuid Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid Hash</em>' attribute.
	 * @see #getUuidHash()
	 * @generated
	 */
	void setUuidHash(byte[] value);

	/**
	 * Returns the value of the '<em><b>Composite Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * H_i = H(vPCR_0 || ... || vPCR_M || H(UUID_i) || nonce), the qualifyingData of this VM's host quote (SPEC §9).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Composite Digest</em>' attribute.
	 * @see #setCompositeDigest(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getVmAttestation_CompositeDigest()
	 * @model
	 * @generated
	 */
	byte[] getCompositeDigest();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VmAttestation#getCompositeDigest <em>Composite Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Composite Digest</em>' attribute.
	 * @see #getCompositeDigest()
	 * @generated
	 */
	void setCompositeDigest(byte[] value);

	/**
	 * Returns the value of the '<em><b>Pcr Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vPCR values in index order, lower-case hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pcr Values</em>' attribute list.
	 * @see org.vtpmconsole.model.FleetPackage#getVmAttestation_PcrValues()
	 * @model
	 * @generated
	 */
	EList<String> getPcrValues();

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.VerificationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.vtpmconsole.model.VerificationState
	 * @see #setVerdict(VerificationState)
	 * @see org.vtpmconsole.model.FleetPackage#getVmAttestation_Verdict()
	 * @model
	 * @generated
	 */
	VerificationState getVerdict();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VmAttestation#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.vtpmconsole.model.VerificationState
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(VerificationState value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.vtpmconsole.model.FleetPackage#getVmAttestation_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VmAttestation#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

} // VmAttestation
