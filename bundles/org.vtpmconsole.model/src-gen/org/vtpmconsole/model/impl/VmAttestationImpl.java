/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.model.VmAttestation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vm Attestation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.VmAttestationImpl#getVm <em>Vm</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VmAttestationImpl#getUuidHash <em>Uuid Hash</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VmAttestationImpl#getCompositeDigest <em>Composite Digest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VmAttestationImpl#getPcrValues <em>Pcr Values</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VmAttestationImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VmAttestationImpl#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VmAttestationImpl extends EObjectImpl implements VmAttestation {
	/**
	 * The cached value of the '{@link #getVm() <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVm()
	 * @generated
	 * @ordered
	 */
	protected VirtualMachine vm;

	/**
	 * The default value of the '{@link #getUuidHash() <em>Uuid Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuidHash()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] UUID_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUuidHash() <em>Uuid Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuidHash()
	 * @generated
	 * @ordered
	 */
	protected byte[] uuidHash = UUID_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompositeDigest() <em>Composite Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompositeDigest()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] COMPOSITE_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompositeDigest() <em>Composite Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompositeDigest()
	 * @generated
	 * @ordered
	 */
	protected byte[] compositeDigest = COMPOSITE_DIGEST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPcrValues() <em>Pcr Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPcrValues()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pcrValues;

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
	 * The default value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected String detail = DETAIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VmAttestationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.VM_ATTESTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getVm() {
		if (vm != null && vm.eIsProxy()) {
			InternalEObject oldVm = (InternalEObject)vm;
			vm = (VirtualMachine)eResolveProxy(oldVm);
			if (vm != oldVm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FleetPackage.VM_ATTESTATION__VM, oldVm, vm));
			}
		}
		return vm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachine basicGetVm() {
		return vm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVm(VirtualMachine newVm) {
		VirtualMachine oldVm = vm;
		vm = newVm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VM_ATTESTATION__VM, oldVm, vm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getUuidHash() {
		return uuidHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuidHash(byte[] newUuidHash) {
		byte[] oldUuidHash = uuidHash;
		uuidHash = newUuidHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VM_ATTESTATION__UUID_HASH, oldUuidHash, uuidHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getCompositeDigest() {
		return compositeDigest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompositeDigest(byte[] newCompositeDigest) {
		byte[] oldCompositeDigest = compositeDigest;
		compositeDigest = newCompositeDigest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VM_ATTESTATION__COMPOSITE_DIGEST, oldCompositeDigest, compositeDigest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPcrValues() {
		if (pcrValues == null) {
			pcrValues = new EDataTypeUniqueEList<String>(String.class, this, FleetPackage.VM_ATTESTATION__PCR_VALUES);
		}
		return pcrValues;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VM_ATTESTATION__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetail() {
		return detail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetail(String newDetail) {
		String oldDetail = detail;
		detail = newDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VM_ATTESTATION__DETAIL, oldDetail, detail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.VM_ATTESTATION__VM:
				if (resolve) return getVm();
				return basicGetVm();
			case FleetPackage.VM_ATTESTATION__UUID_HASH:
				return getUuidHash();
			case FleetPackage.VM_ATTESTATION__COMPOSITE_DIGEST:
				return getCompositeDigest();
			case FleetPackage.VM_ATTESTATION__PCR_VALUES:
				return getPcrValues();
			case FleetPackage.VM_ATTESTATION__VERDICT:
				return getVerdict();
			case FleetPackage.VM_ATTESTATION__DETAIL:
				return getDetail();
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
			case FleetPackage.VM_ATTESTATION__VM:
				setVm((VirtualMachine)newValue);
				return;
			case FleetPackage.VM_ATTESTATION__UUID_HASH:
				setUuidHash((byte[])newValue);
				return;
			case FleetPackage.VM_ATTESTATION__COMPOSITE_DIGEST:
				setCompositeDigest((byte[])newValue);
				return;
			case FleetPackage.VM_ATTESTATION__PCR_VALUES:
				getPcrValues().clear();
				getPcrValues().addAll((Collection<? extends String>)newValue);
				return;
			case FleetPackage.VM_ATTESTATION__VERDICT:
				setVerdict((VerificationState)newValue);
				return;
			case FleetPackage.VM_ATTESTATION__DETAIL:
				setDetail((String)newValue);
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
			case FleetPackage.VM_ATTESTATION__VM:
				setVm((VirtualMachine)null);
				return;
			case FleetPackage.VM_ATTESTATION__UUID_HASH:
				setUuidHash(UUID_HASH_EDEFAULT);
				return;
			case FleetPackage.VM_ATTESTATION__COMPOSITE_DIGEST:
				setCompositeDigest(COMPOSITE_DIGEST_EDEFAULT);
				return;
			case FleetPackage.VM_ATTESTATION__PCR_VALUES:
				getPcrValues().clear();
				return;
			case FleetPackage.VM_ATTESTATION__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case FleetPackage.VM_ATTESTATION__DETAIL:
				setDetail(DETAIL_EDEFAULT);
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
			case FleetPackage.VM_ATTESTATION__VM:
				return vm != null;
			case FleetPackage.VM_ATTESTATION__UUID_HASH:
				return UUID_HASH_EDEFAULT == null ? uuidHash != null : !UUID_HASH_EDEFAULT.equals(uuidHash);
			case FleetPackage.VM_ATTESTATION__COMPOSITE_DIGEST:
				return COMPOSITE_DIGEST_EDEFAULT == null ? compositeDigest != null : !COMPOSITE_DIGEST_EDEFAULT.equals(compositeDigest);
			case FleetPackage.VM_ATTESTATION__PCR_VALUES:
				return pcrValues != null && !pcrValues.isEmpty();
			case FleetPackage.VM_ATTESTATION__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case FleetPackage.VM_ATTESTATION__DETAIL:
				return DETAIL_EDEFAULT == null ? detail != null : !DETAIL_EDEFAULT.equals(detail);
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
		result.append(" (uuidHash: "); //$NON-NLS-1$
		result.append(uuidHash);
		result.append(", compositeDigest: "); //$NON-NLS-1$
		result.append(compositeDigest);
		result.append(", pcrValues: "); //$NON-NLS-1$
		result.append(pcrValues);
		result.append(", verdict: "); //$NON-NLS-1$
		result.append(verdict);
		result.append(", detail: "); //$NON-NLS-1$
		result.append(detail);
		result.append(')');
		return result.toString();
	}

} //VmAttestationImpl
