/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The decoded fields of a vTPM label, binary format version 1 (SPEC §4.1, §4.2). encoded holds the raw bytes as read; verification and verificationDetail hold the console's own verdict and are not persisted.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.Label#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getStatus <em>Status</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getNotBefore <em>Not Before</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getSecret <em>Secret</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getDigestAlg <em>Digest Alg</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getUuidHash <em>Uuid Hash</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getQemuDigest <em>Qemu Digest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getRecipientName <em>Recipient Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getSigScheme <em>Sig Scheme</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getSigHash <em>Sig Hash</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getSignature <em>Signature</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getEncoded <em>Encoded</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getVerification <em>Verification</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Label#getVerificationDetail <em>Verification Detail</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getLabel()
 * @model
 * @generated
 */
public interface Label extends EObject {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.LabelStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.vtpmconsole.model.LabelStatus
	 * @see #setStatus(LabelStatus)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_Status()
	 * @model
	 * @generated
	 */
	LabelStatus getStatus();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.vtpmconsole.model.LabelStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(LabelStatus value);

	/**
	 * Returns the value of the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Before</em>' attribute.
	 * @see #setNotBefore(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_NotBefore()
	 * @model
	 * @generated
	 */
	Date getNotBefore();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getNotBefore <em>Not Before</em>}' attribute.
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
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_NotAfter()
	 * @model
	 * @generated
	 */
	Date getNotAfter();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getNotAfter <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not After</em>' attribute.
	 * @see #getNotAfter()
	 * @generated
	 */
	void setNotAfter(Date value);

	/**
	 * Returns the value of the '<em><b>Secret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wrapped vTPM state key: RSA-OAEP(SHA-256) ciphertext, never the plain key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secret</em>' attribute.
	 * @see #setSecret(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_Secret()
	 * @model
	 * @generated
	 */
	byte[] getSecret();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getSecret <em>Secret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret</em>' attribute.
	 * @see #getSecret()
	 * @generated
	 */
	void setSecret(byte[] value);

	/**
	 * Returns the value of the '<em><b>Digest Alg</b></em>' attribute.
	 * The default value is <code>"11"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digest Alg</em>' attribute.
	 * @see #setDigestAlg(int)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_DigestAlg()
	 * @model default="11" dataType="org.vtpmconsole.model.TpmAlgId"
	 * @generated
	 */
	int getDigestAlg();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getDigestAlg <em>Digest Alg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digest Alg</em>' attribute.
	 * @see #getDigestAlg()
	 * @generated
	 */
	void setDigestAlg(int value);

	/**
	 * Returns the value of the '<em><b>Uuid Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid Hash</em>' attribute.
	 * @see #setUuidHash(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_UuidHash()
	 * @model
	 * @generated
	 */
	byte[] getUuidHash();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getUuidHash <em>Uuid Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid Hash</em>' attribute.
	 * @see #getUuidHash()
	 * @generated
	 */
	void setUuidHash(byte[] value);

	/**
	 * Returns the value of the '<em><b>Qemu Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qemu Digest</em>' attribute.
	 * @see #setQemuDigest(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_QemuDigest()
	 * @model
	 * @generated
	 */
	byte[] getQemuDigest();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getQemuDigest <em>Qemu Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qemu Digest</em>' attribute.
	 * @see #getQemuDigest()
	 * @generated
	 */
	void setQemuDigest(byte[] value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_SignerName()
	 * @model
	 * @generated
	 */
	byte[] getSignerName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(byte[] value);

	/**
	 * Returns the value of the '<em><b>Recipient Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient Name</em>' attribute.
	 * @see #setRecipientName(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_RecipientName()
	 * @model
	 * @generated
	 */
	byte[] getRecipientName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getRecipientName <em>Recipient Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient Name</em>' attribute.
	 * @see #getRecipientName()
	 * @generated
	 */
	void setRecipientName(byte[] value);

	/**
	 * Returns the value of the '<em><b>Sig Scheme</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sig Scheme</em>' attribute.
	 * @see #setSigScheme(int)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_SigScheme()
	 * @model default="20" dataType="org.vtpmconsole.model.TpmAlgId"
	 * @generated
	 */
	int getSigScheme();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getSigScheme <em>Sig Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sig Scheme</em>' attribute.
	 * @see #getSigScheme()
	 * @generated
	 */
	void setSigScheme(int value);

	/**
	 * Returns the value of the '<em><b>Sig Hash</b></em>' attribute.
	 * The default value is <code>"11"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sig Hash</em>' attribute.
	 * @see #setSigHash(int)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_SigHash()
	 * @model default="11" dataType="org.vtpmconsole.model.TpmAlgId"
	 * @generated
	 */
	int getSigHash();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getSigHash <em>Sig Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sig Hash</em>' attribute.
	 * @see #getSigHash()
	 * @generated
	 */
	void setSigHash(int value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature</em>' attribute.
	 * @see #setSignature(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_Signature()
	 * @model
	 * @generated
	 */
	byte[] getSignature();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getSignature <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' attribute.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(byte[] value);

	/**
	 * Returns the value of the '<em><b>Encoded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoded</em>' attribute.
	 * @see #setEncoded(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_Encoded()
	 * @model
	 * @generated
	 */
	byte[] getEncoded();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getEncoded <em>Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoded</em>' attribute.
	 * @see #getEncoded()
	 * @generated
	 */
	void setEncoded(byte[] value);

	/**
	 * Returns the value of the '<em><b>Verification</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.VerificationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verification</em>' attribute.
	 * @see org.vtpmconsole.model.VerificationState
	 * @see #setVerification(VerificationState)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_Verification()
	 * @model transient="true"
	 * @generated
	 */
	VerificationState getVerification();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getVerification <em>Verification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification</em>' attribute.
	 * @see org.vtpmconsole.model.VerificationState
	 * @see #getVerification()
	 * @generated
	 */
	void setVerification(VerificationState value);

	/**
	 * Returns the value of the '<em><b>Verification Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verification Detail</em>' attribute.
	 * @see #setVerificationDetail(String)
	 * @see org.vtpmconsole.model.FleetPackage#getLabel_VerificationDetail()
	 * @model transient="true"
	 * @generated
	 */
	String getVerificationDetail();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Label#getVerificationDetail <em>Verification Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Detail</em>' attribute.
	 * @see #getVerificationDetail()
	 * @generated
	 */
	void setVerificationDetail(String value);

} // Label
