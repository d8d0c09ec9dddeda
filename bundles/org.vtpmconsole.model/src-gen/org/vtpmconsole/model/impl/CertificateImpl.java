/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.CertificateRole;
import org.vtpmconsole.model.FleetPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getTpmName <em>Tpm Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getNotBefore <em>Not Before</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#isRevoked <em>Revoked</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getRevocationReason <em>Revocation Reason</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.CertificateImpl#getEncoded <em>Encoded</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CertificateImpl extends EObjectImpl implements Certificate {
	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected String issuer = ISSUER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected String serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final CertificateRole ROLE_EDEFAULT = CertificateRole.RSA_MIG;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected CertificateRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTpmName() <em>Tpm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTpmName()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] TPM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTpmName() <em>Tpm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTpmName()
	 * @generated
	 * @ordered
	 */
	protected byte[] tpmName = TPM_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected static final Date NOT_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected Date notBefore = NOT_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Date NOT_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected Date notAfter = NOT_AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #isRevoked() <em>Revoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevoked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVOKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRevoked() <em>Revoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRevoked()
	 * @generated
	 * @ordered
	 */
	protected boolean revoked = REVOKED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevocationReason() <em>Revocation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REVOCATION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevocationReason() <em>Revocation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationReason()
	 * @generated
	 * @ordered
	 */
	protected String revocationReason = REVOCATION_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoded() <em>Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoded()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] ENCODED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEncoded() <em>Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoded()
	 * @generated
	 * @ordered
	 */
	protected byte[] encoded = ENCODED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CertificateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.CERTIFICATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(String newIssuer) {
		String oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(String newSerialNumber) {
		String oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificateRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(CertificateRole newRole) {
		CertificateRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getTpmName() {
		return tpmName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTpmName(byte[] newTpmName) {
		byte[] oldTpmName = tpmName;
		tpmName = newTpmName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__TPM_NAME, oldTpmName, tpmName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNotBefore() {
		return notBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotBefore(Date newNotBefore) {
		Date oldNotBefore = notBefore;
		notBefore = newNotBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__NOT_BEFORE, oldNotBefore, notBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNotAfter() {
		return notAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotAfter(Date newNotAfter) {
		Date oldNotAfter = notAfter;
		notAfter = newNotAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__NOT_AFTER, oldNotAfter, notAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRevoked() {
		return revoked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevoked(boolean newRevoked) {
		boolean oldRevoked = revoked;
		revoked = newRevoked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__REVOKED, oldRevoked, revoked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevocationReason() {
		return revocationReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevocationReason(String newRevocationReason) {
		String oldRevocationReason = revocationReason;
		revocationReason = newRevocationReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__REVOCATION_REASON, oldRevocationReason, revocationReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getEncoded() {
		return encoded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoded(byte[] newEncoded) {
		byte[] oldEncoded = encoded;
		encoded = newEncoded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.CERTIFICATE__ENCODED, oldEncoded, encoded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.CERTIFICATE__SUBJECT:
				return getSubject();
			case FleetPackage.CERTIFICATE__ISSUER:
				return getIssuer();
			case FleetPackage.CERTIFICATE__SERIAL_NUMBER:
				return getSerialNumber();
			case FleetPackage.CERTIFICATE__ROLE:
				return getRole();
			case FleetPackage.CERTIFICATE__TPM_NAME:
				return getTpmName();
			case FleetPackage.CERTIFICATE__NOT_BEFORE:
				return getNotBefore();
			case FleetPackage.CERTIFICATE__NOT_AFTER:
				return getNotAfter();
			case FleetPackage.CERTIFICATE__REVOKED:
				return isRevoked();
			case FleetPackage.CERTIFICATE__REVOCATION_REASON:
				return getRevocationReason();
			case FleetPackage.CERTIFICATE__ENCODED:
				return getEncoded();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FleetPackage.CERTIFICATE__SUBJECT:
				setSubject((String)newValue);
				return;
			case FleetPackage.CERTIFICATE__ISSUER:
				setIssuer((String)newValue);
				return;
			case FleetPackage.CERTIFICATE__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case FleetPackage.CERTIFICATE__ROLE:
				setRole((CertificateRole)newValue);
				return;
			case FleetPackage.CERTIFICATE__TPM_NAME:
				setTpmName((byte[])newValue);
				return;
			case FleetPackage.CERTIFICATE__NOT_BEFORE:
				setNotBefore((Date)newValue);
				return;
			case FleetPackage.CERTIFICATE__NOT_AFTER:
				setNotAfter((Date)newValue);
				return;
			case FleetPackage.CERTIFICATE__REVOKED:
				setRevoked((Boolean)newValue);
				return;
			case FleetPackage.CERTIFICATE__REVOCATION_REASON:
				setRevocationReason((String)newValue);
				return;
			case FleetPackage.CERTIFICATE__ENCODED:
				setEncoded((byte[])newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FleetPackage.CERTIFICATE__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__ISSUER:
				setIssuer(ISSUER_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__TPM_NAME:
				setTpmName(TPM_NAME_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__NOT_BEFORE:
				setNotBefore(NOT_BEFORE_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__NOT_AFTER:
				setNotAfter(NOT_AFTER_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__REVOKED:
				setRevoked(REVOKED_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__REVOCATION_REASON:
				setRevocationReason(REVOCATION_REASON_EDEFAULT);
				return;
			case FleetPackage.CERTIFICATE__ENCODED:
				setEncoded(ENCODED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FleetPackage.CERTIFICATE__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case FleetPackage.CERTIFICATE__ISSUER:
				return ISSUER_EDEFAULT == null ? issuer != null : !ISSUER_EDEFAULT.equals(issuer);
			case FleetPackage.CERTIFICATE__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case FleetPackage.CERTIFICATE__ROLE:
				return role != ROLE_EDEFAULT;
			case FleetPackage.CERTIFICATE__TPM_NAME:
				return TPM_NAME_EDEFAULT == null ? tpmName != null : !TPM_NAME_EDEFAULT.equals(tpmName);
			case FleetPackage.CERTIFICATE__NOT_BEFORE:
				return NOT_BEFORE_EDEFAULT == null ? notBefore != null : !NOT_BEFORE_EDEFAULT.equals(notBefore);
			case FleetPackage.CERTIFICATE__NOT_AFTER:
				return NOT_AFTER_EDEFAULT == null ? notAfter != null : !NOT_AFTER_EDEFAULT.equals(notAfter);
			case FleetPackage.CERTIFICATE__REVOKED:
				return revoked != REVOKED_EDEFAULT;
			case FleetPackage.CERTIFICATE__REVOCATION_REASON:
				return REVOCATION_REASON_EDEFAULT == null ? revocationReason != null : !REVOCATION_REASON_EDEFAULT.equals(revocationReason);
			case FleetPackage.CERTIFICATE__ENCODED:
				return ENCODED_EDEFAULT == null ? encoded != null : !ENCODED_EDEFAULT.equals(encoded);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (subject: "); //$NON-NLS-1$
		result.append(subject);
		result.append(", issuer: "); //$NON-NLS-1$
		result.append(issuer);
		result.append(", serialNumber: "); //$NON-NLS-1$
		result.append(serialNumber);
		result.append(", role: "); //$NON-NLS-1$
		result.append(role);
		result.append(", tpmName: "); //$NON-NLS-1$
		result.append(tpmName);
		result.append(", notBefore: "); //$NON-NLS-1$
		result.append(notBefore);
		result.append(", notAfter: "); //$NON-NLS-1$
		result.append(notAfter);
		result.append(", revoked: "); //$NON-NLS-1$
		result.append(revoked);
		result.append(", revocationReason: "); //$NON-NLS-1$
		result.append(revocationReason);
		result.append(", encoded: "); //$NON-NLS-1$
		result.append(encoded);
		result.append(')');
		return result.toString();
	}

} //CertificateImpl
