/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.KeyCertificationEvidence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Certification Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl#getPublicArea <em>Public Area</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl#getQualifyingData <em>Qualifying Data</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl#getAttest <em>Attest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl#getSignature <em>Signature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyCertificationEvidenceImpl extends EObjectImpl implements KeyCertificationEvidence {
	/**
	 * The default value of the '{@link #getPublicArea() <em>Public Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicArea()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] PUBLIC_AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicArea() <em>Public Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicArea()
	 * @generated
	 * @ordered
	 */
	protected byte[] publicArea = PUBLIC_AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getQualifyingData() <em>Qualifying Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifyingData()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] QUALIFYING_DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQualifyingData() <em>Qualifying Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifyingData()
	 * @generated
	 * @ordered
	 */
	protected byte[] qualifyingData = QUALIFYING_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttest() <em>Attest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttest()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] ATTEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttest() <em>Attest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttest()
	 * @generated
	 * @ordered
	 */
	protected byte[] attest = ATTEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected byte[] signature = SIGNATURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KeyCertificationEvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.KEY_CERTIFICATION_EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getPublicArea() {
		return publicArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicArea(byte[] newPublicArea) {
		byte[] oldPublicArea = publicArea;
		publicArea = newPublicArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA, oldPublicArea, publicArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getQualifyingData() {
		return qualifyingData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQualifyingData(byte[] newQualifyingData) {
		byte[] oldQualifyingData = qualifyingData;
		qualifyingData = newQualifyingData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA, oldQualifyingData, qualifyingData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getAttest() {
		return attest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttest(byte[] newAttest) {
		byte[] oldAttest = attest;
		attest = newAttest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.KEY_CERTIFICATION_EVIDENCE__ATTEST, oldAttest, attest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(byte[] newSignature) {
		byte[] oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.KEY_CERTIFICATION_EVIDENCE__SIGNATURE, oldSignature, signature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA:
				return getPublicArea();
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA:
				return getQualifyingData();
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__ATTEST:
				return getAttest();
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__SIGNATURE:
				return getSignature();
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
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA:
				setPublicArea((byte[])newValue);
				return;
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA:
				setQualifyingData((byte[])newValue);
				return;
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__ATTEST:
				setAttest((byte[])newValue);
				return;
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__SIGNATURE:
				setSignature((byte[])newValue);
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
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA:
				setPublicArea(PUBLIC_AREA_EDEFAULT);
				return;
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA:
				setQualifyingData(QUALIFYING_DATA_EDEFAULT);
				return;
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__ATTEST:
				setAttest(ATTEST_EDEFAULT);
				return;
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__SIGNATURE:
				setSignature(SIGNATURE_EDEFAULT);
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
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA:
				return PUBLIC_AREA_EDEFAULT == null ? publicArea != null : !PUBLIC_AREA_EDEFAULT.equals(publicArea);
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA:
				return QUALIFYING_DATA_EDEFAULT == null ? qualifyingData != null : !QUALIFYING_DATA_EDEFAULT.equals(qualifyingData);
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__ATTEST:
				return ATTEST_EDEFAULT == null ? attest != null : !ATTEST_EDEFAULT.equals(attest);
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE__SIGNATURE:
				return SIGNATURE_EDEFAULT == null ? signature != null : !SIGNATURE_EDEFAULT.equals(signature);
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
		result.append(" (publicArea: "); //$NON-NLS-1$
		result.append(publicArea);
		result.append(", qualifyingData: "); //$NON-NLS-1$
		result.append(qualifyingData);
		result.append(", attest: "); //$NON-NLS-1$
		result.append(attest);
		result.append(", signature: "); //$NON-NLS-1$
		result.append(signature);
		result.append(')');
		return result.toString();
	}

} //KeyCertificationEvidenceImpl
