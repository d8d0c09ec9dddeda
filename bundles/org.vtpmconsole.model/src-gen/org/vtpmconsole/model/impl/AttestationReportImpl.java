/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vtpmconsole.model.AttestationReport;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VmAttestation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attestation Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.AttestationReportImpl#getNonce <em>Nonce</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.AttestationReportImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.AttestationReportImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.AttestationReportImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.AttestationReportImpl#getVmResults <em>Vm Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttestationReportImpl extends EObjectImpl implements AttestationReport {
	/**
	 * The default value of the '{@link #getNonce() <em>Nonce</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonce()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] NONCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNonce() <em>Nonce</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonce()
	 * @generated
	 * @ordered
	 */
	protected byte[] nonce = NONCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Date time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationState VERDICT_EDEFAULT = VerificationState.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected VerificationState verdict = VERDICT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVmResults() <em>Vm Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmResults()
	 * @generated
	 * @ordered
	 */
	protected EList<VmAttestation> vmResults;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttestationReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.ATTESTATION_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getNonce() {
		return nonce;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonce(byte[] newNonce) {
		byte[] oldNonce = nonce;
		nonce = newNonce;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.ATTESTATION_REPORT__NONCE, oldNonce, nonce));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Date newTime) {
		Date oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.ATTESTATION_REPORT__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (eContainerFeatureID() != FleetPackage.ATTESTATION_REPORT__HOST) return null;
		return (Host)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(Host newHost, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHost, FleetPackage.ATTESTATION_REPORT__HOST, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		if (newHost != eInternalContainer() || (eContainerFeatureID() != FleetPackage.ATTESTATION_REPORT__HOST && newHost != null)) {
			if (EcoreUtil.isAncestor(this, newHost))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString()); //$NON-NLS-1$
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHost != null)
				msgs = ((InternalEObject)newHost).eInverseAdd(this, FleetPackage.HOST__ATTESTATIONS, Host.class, msgs);
			msgs = basicSetHost(newHost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.ATTESTATION_REPORT__HOST, newHost, newHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationState getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(VerificationState newVerdict) {
		VerificationState oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.ATTESTATION_REPORT__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VmAttestation> getVmResults() {
		if (vmResults == null) {
			vmResults = new EObjectContainmentEList<VmAttestation>(VmAttestation.class, this, FleetPackage.ATTESTATION_REPORT__VM_RESULTS);
		}
		return vmResults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FleetPackage.ATTESTATION_REPORT__HOST:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHost((Host)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FleetPackage.ATTESTATION_REPORT__HOST:
				return basicSetHost(null, msgs);
			case FleetPackage.ATTESTATION_REPORT__VM_RESULTS:
				return ((InternalEList<?>)getVmResults()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case FleetPackage.ATTESTATION_REPORT__HOST:
				return eInternalContainer().eInverseRemove(this, FleetPackage.HOST__ATTESTATIONS, Host.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.ATTESTATION_REPORT__NONCE:
				return getNonce();
			case FleetPackage.ATTESTATION_REPORT__TIME:
				return getTime();
			case FleetPackage.ATTESTATION_REPORT__HOST:
				return getHost();
			case FleetPackage.ATTESTATION_REPORT__VERDICT:
				return getVerdict();
			case FleetPackage.ATTESTATION_REPORT__VM_RESULTS:
				return getVmResults();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FleetPackage.ATTESTATION_REPORT__NONCE:
				setNonce((byte[])newValue);
				return;
			case FleetPackage.ATTESTATION_REPORT__TIME:
				setTime((Date)newValue);
				return;
			case FleetPackage.ATTESTATION_REPORT__HOST:
				setHost((Host)newValue);
				return;
			case FleetPackage.ATTESTATION_REPORT__VERDICT:
				setVerdict((VerificationState)newValue);
				return;
			case FleetPackage.ATTESTATION_REPORT__VM_RESULTS:
				getVmResults().clear();
				getVmResults().addAll((Collection<? extends VmAttestation>)newValue);
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
			case FleetPackage.ATTESTATION_REPORT__NONCE:
				setNonce(NONCE_EDEFAULT);
				return;
			case FleetPackage.ATTESTATION_REPORT__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case FleetPackage.ATTESTATION_REPORT__HOST:
				setHost((Host)null);
				return;
			case FleetPackage.ATTESTATION_REPORT__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case FleetPackage.ATTESTATION_REPORT__VM_RESULTS:
				getVmResults().clear();
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
			case FleetPackage.ATTESTATION_REPORT__NONCE:
				return NONCE_EDEFAULT == null ? nonce != null : !NONCE_EDEFAULT.equals(nonce);
			case FleetPackage.ATTESTATION_REPORT__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case FleetPackage.ATTESTATION_REPORT__HOST:
				return getHost() != null;
			case FleetPackage.ATTESTATION_REPORT__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case FleetPackage.ATTESTATION_REPORT__VM_RESULTS:
				return vmResults != null && !vmResults.isEmpty();
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
		result.append(" (nonce: "); //$NON-NLS-1$
		result.append(nonce);
		result.append(", time: "); //$NON-NLS-1$
		result.append(time);
		result.append(", verdict: "); //$NON-NLS-1$
		result.append(verdict);
		result.append(')');
		return result.toString();
	}

} //AttestationReportImpl
