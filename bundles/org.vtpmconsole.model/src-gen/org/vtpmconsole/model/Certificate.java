/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.Certificate#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getRole <em>Role</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getTpmName <em>Tpm Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getNotBefore <em>Not Before</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#isRevoked <em>Revoked</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getRevocationReason <em>Revocation Reason</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Certificate#getEncoded <em>Encoded</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getCertificate()
 * @model
 * @generated
 */
public interface Certificate extends EObject {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_Issuer()
	 * @model
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.CertificateRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.vtpmconsole.model.CertificateRole
	 * @see #setRole(CertificateRole)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_Role()
	 * @model
	 * @generated
	 */
	CertificateRole getRole();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.vtpmconsole.model.CertificateRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(CertificateRole value);

	/**
	 * Returns the value of the '<em><b>Tpm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TPM name (nameAlg || H(TPMT_PUBLIC)) of the certified key, for roles that certify a TPM key; compared with a label's signerName and recipientName.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tpm Name</em>' attribute.
	 * @see #setTpmName(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_TpmName()
	 * @model
	 * @generated
	 */
	byte[] getTpmName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getTpmName <em>Tpm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpm Name</em>' attribute.
	 * @see #getTpmName()
	 * @generated
	 */
	void setTpmName(byte[] value);

	/**
	 * Returns the value of the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Before</em>' attribute.
	 * @see #setNotBefore(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_NotBefore()
	 * @model
	 * @generated
	 */
	Date getNotBefore();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getNotBefore <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Before</em>' attribute.
	 * @see #getNotBefore()
	 * @generated
	 */
	void setNotBefore(Date value);

	/**
	 * Returns the value of the '<em><b>Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not After</em>' attribute.
	 * @see #setNotAfter(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_NotAfter()
	 * @model
	 * @generated
	 */
	Date getNotAfter();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getNotAfter <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not After</em>' attribute.
	 * @see #getNotAfter()
	 * @generated
	 */
	void setNotAfter(Date value);

	/**
	 * Returns the value of the '<em><b>Revoked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revoked</em>' attribute.
	 * @see #setRevoked(boolean)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_Revoked()
	 * @model
	 * @generated
	 */
	boolean isRevoked();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#isRevoked <em>Revoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revoked</em>' attribute.
	 * @see #isRevoked()
	 * @generated
	 */
	void setRevoked(boolean value);

	/**
	 * Returns the value of the '<em><b>Revocation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revocation Reason</em>' attribute.
	 * @see #setRevocationReason(String)
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_RevocationReason()
	 * @model
	 * @generated
	 */
	String getRevocationReason();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getRevocationReason <em>Revocation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revocation Reason</em>' attribute.
	 * @see #getRevocationReason()
	 * @generated
	 */
	void setRevocationReason(String value);

	/**
	 * Returns the value of the '<em><b>Encoded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The DER encoding; the other attributes are decoded from it for display.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Encoded</em>' attribute.
	 * @see #setEncoded(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getCertificate_Encoded()
	 * @model
	 * @generated
	 */
	byte[] getEncoded();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Certificate#getEncoded <em>Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoded</em>' attribute.
	 * @see #getEncoded()
	 * @generated
	 */
	void setEncoded(byte[] value);

} // Certificate
