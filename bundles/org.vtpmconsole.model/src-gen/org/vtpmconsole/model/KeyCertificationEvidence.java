/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Certification Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Evidence that a key lives in a TPM: a TPM2_Certify of the key by a certified signing key of the same TPM.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.KeyCertificationEvidence#getPublicArea <em>Public Area</em>}</li>
 *   <li>{@link org.vtpmconsole.model.KeyCertificationEvidence#getQualifyingData <em>Qualifying Data</em>}</li>
 *   <li>{@link org.vtpmconsole.model.KeyCertificationEvidence#getAttest <em>Attest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.KeyCertificationEvidence#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getKeyCertificationEvidence()
 * @model
 * @generated
 */
public interface KeyCertificationEvidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Public Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The certified key's TPMT_PUBLIC; its TPM name must be the certified name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Area</em>' attribute.
	 * @see #setPublicArea(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getKeyCertificationEvidence_PublicArea()
	 * @model
	 * @generated
	 */
	byte[] getPublicArea();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.KeyCertificationEvidence#getPublicArea <em>Public Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Area</em>' attribute.
	 * @see #getPublicArea()
	 * @generated
	 */
	void setPublicArea(byte[] value);

	/**
	 * Returns the value of the '<em><b>Qualifying Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The nonce the console sent; the attestation's extraData must equal it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qualifying Data</em>' attribute.
	 * @see #setQualifyingData(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getKeyCertificationEvidence_QualifyingData()
	 * @model
	 * @generated
	 */
	byte[] getQualifyingData();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.KeyCertificationEvidence#getQualifyingData <em>Qualifying Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qualifying Data</em>' attribute.
	 * @see #getQualifyingData()
	 * @generated
	 */
	void setQualifyingData(byte[] value);

	/**
	 * Returns the value of the '<em><b>Attest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signed TPMS_ATTEST (TPM_ST_ATTEST_CERTIFY).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attest</em>' attribute.
	 * @see #setAttest(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getKeyCertificationEvidence_Attest()
	 * @model
	 * @generated
	 */
	byte[] getAttest();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.KeyCertificationEvidence#getAttest <em>Attest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attest</em>' attribute.
	 * @see #getAttest()
	 * @generated
	 */
	void setAttest(byte[] value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RSASSA-PKCS1-v1_5 / SHA-256 signature of the certifying key over attest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature</em>' attribute.
	 * @see #setSignature(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getKeyCertificationEvidence_Signature()
	 * @model
	 * @generated
	 */
	byte[] getSignature();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.KeyCertificationEvidence#getSignature <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' attribute.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(byte[] value);

} // KeyCertificationEvidence
