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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vtpmconsole.model.AttestationReport;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.ConnectionState;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.KeyCertificationEvidence;
import org.vtpmconsole.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getTpmName <em>Tpm Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getConnectionState <em>Connection State</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getLastContact <em>Last Contact</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getFailureReason <em>Failure Reason</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getCertificates <em>Certificates</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getApprovedQemuDigests <em>Approved Qemu Digests</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getAttestations <em>Attestations</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.HostImpl#getRsaLocalCertification <em>Rsa Local Certification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends EObjectImpl implements Host {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTpmName() <em>Tpm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTpmName()
	 * @generated
	 * @ordered
	 */
	protected static final String TPM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTpmName() <em>Tpm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTpmName()
	 * @generated
	 * @ordered
	 */
	protected String tpmName = TPM_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectionState() <em>Connection State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionState()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionState CONNECTION_STATE_EDEFAULT = ConnectionState.UNKNOWN;

	/**
	 * The cached value of the '{@link #getConnectionState() <em>Connection State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionState()
	 * @generated
	 * @ordered
	 */
	protected ConnectionState connectionState = CONNECTION_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastContact() <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContact()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastContact() <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContact()
	 * @generated
	 * @ordered
	 */
	protected Date lastContact = LAST_CONTACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureReason() <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureReason()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureReason() <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureReason()
	 * @generated
	 * @ordered
	 */
	protected String failureReason = FAILURE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCertificates() <em>Certificates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificates()
	 * @generated
	 * @ordered
	 */
	protected EList<Certificate> certificates;

	/**
	 * The cached value of the '{@link #getVirtualMachines() <em>Virtual Machines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMachines()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> virtualMachines;

	/**
	 * The cached value of the '{@link #getApprovedQemuDigests() <em>Approved Qemu Digests</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedQemuDigests()
	 * @generated
	 * @ordered
	 */
	protected EList<String> approvedQemuDigests;

	/**
	 * The cached value of the '{@link #getAttestations() <em>Attestations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttestations()
	 * @generated
	 * @ordered
	 */
	protected EList<AttestationReport> attestations;

	/**
	 * The cached value of the '{@link #getRsaLocalCertification() <em>Rsa Local Certification</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsaLocalCertification()
	 * @generated
	 * @ordered
	 */
	protected KeyCertificationEvidence rsaLocalCertification;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTpmName() {
		return tpmName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTpmName(String newTpmName) {
		String oldTpmName = tpmName;
		tpmName = newTpmName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__TPM_NAME, oldTpmName, tpmName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionState getConnectionState() {
		return connectionState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionState(ConnectionState newConnectionState) {
		ConnectionState oldConnectionState = connectionState;
		connectionState = newConnectionState == null ? CONNECTION_STATE_EDEFAULT : newConnectionState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__CONNECTION_STATE, oldConnectionState, connectionState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastContact() {
		return lastContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastContact(Date newLastContact) {
		Date oldLastContact = lastContact;
		lastContact = newLastContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__LAST_CONTACT, oldLastContact, lastContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailureReason() {
		return failureReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureReason(String newFailureReason) {
		String oldFailureReason = failureReason;
		failureReason = newFailureReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__FAILURE_REASON, oldFailureReason, failureReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Certificate> getCertificates() {
		if (certificates == null) {
			certificates = new EObjectContainmentEList<Certificate>(Certificate.class, this, FleetPackage.HOST__CERTIFICATES);
		}
		return certificates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVirtualMachines() {
		if (virtualMachines == null) {
			virtualMachines = new EObjectContainmentEList<VirtualMachine>(VirtualMachine.class, this, FleetPackage.HOST__VIRTUAL_MACHINES);
		}
		return virtualMachines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApprovedQemuDigests() {
		if (approvedQemuDigests == null) {
			approvedQemuDigests = new EDataTypeUniqueEList<String>(String.class, this, FleetPackage.HOST__APPROVED_QEMU_DIGESTS);
		}
		return approvedQemuDigests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttestationReport> getAttestations() {
		if (attestations == null) {
			attestations = new EObjectContainmentWithInverseEList<AttestationReport>(AttestationReport.class, this, FleetPackage.HOST__ATTESTATIONS, FleetPackage.ATTESTATION_REPORT__HOST);
		}
		return attestations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyCertificationEvidence getRsaLocalCertification() {
		return rsaLocalCertification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRsaLocalCertification(KeyCertificationEvidence newRsaLocalCertification, NotificationChain msgs) {
		KeyCertificationEvidence oldRsaLocalCertification = rsaLocalCertification;
		rsaLocalCertification = newRsaLocalCertification;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__RSA_LOCAL_CERTIFICATION, oldRsaLocalCertification, newRsaLocalCertification);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRsaLocalCertification(KeyCertificationEvidence newRsaLocalCertification) {
		if (newRsaLocalCertification != rsaLocalCertification) {
			NotificationChain msgs = null;
			if (rsaLocalCertification != null)
				msgs = ((InternalEObject)rsaLocalCertification).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FleetPackage.HOST__RSA_LOCAL_CERTIFICATION, null, msgs);
			if (newRsaLocalCertification != null)
				msgs = ((InternalEObject)newRsaLocalCertification).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FleetPackage.HOST__RSA_LOCAL_CERTIFICATION, null, msgs);
			msgs = basicSetRsaLocalCertification(newRsaLocalCertification, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.HOST__RSA_LOCAL_CERTIFICATION, newRsaLocalCertification, newRsaLocalCertification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FleetPackage.HOST__ATTESTATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAttestations()).basicAdd(otherEnd, msgs);
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
			case FleetPackage.HOST__CERTIFICATES:
				return ((InternalEList<?>)getCertificates()).basicRemove(otherEnd, msgs);
			case FleetPackage.HOST__VIRTUAL_MACHINES:
				return ((InternalEList<?>)getVirtualMachines()).basicRemove(otherEnd, msgs);
			case FleetPackage.HOST__ATTESTATIONS:
				return ((InternalEList<?>)getAttestations()).basicRemove(otherEnd, msgs);
			case FleetPackage.HOST__RSA_LOCAL_CERTIFICATION:
				return basicSetRsaLocalCertification(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.HOST__NAME:
				return getName();
			case FleetPackage.HOST__ADDRESS:
				return getAddress();
			case FleetPackage.HOST__TPM_NAME:
				return getTpmName();
			case FleetPackage.HOST__CONNECTION_STATE:
				return getConnectionState();
			case FleetPackage.HOST__LAST_CONTACT:
				return getLastContact();
			case FleetPackage.HOST__FAILURE_REASON:
				return getFailureReason();
			case FleetPackage.HOST__CERTIFICATES:
				return getCertificates();
			case FleetPackage.HOST__VIRTUAL_MACHINES:
				return getVirtualMachines();
			case FleetPackage.HOST__APPROVED_QEMU_DIGESTS:
				return getApprovedQemuDigests();
			case FleetPackage.HOST__ATTESTATIONS:
				return getAttestations();
			case FleetPackage.HOST__RSA_LOCAL_CERTIFICATION:
				return getRsaLocalCertification();
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
			case FleetPackage.HOST__NAME:
				setName((String)newValue);
				return;
			case FleetPackage.HOST__ADDRESS:
				setAddress((String)newValue);
				return;
			case FleetPackage.HOST__TPM_NAME:
				setTpmName((String)newValue);
				return;
			case FleetPackage.HOST__CONNECTION_STATE:
				setConnectionState((ConnectionState)newValue);
				return;
			case FleetPackage.HOST__LAST_CONTACT:
				setLastContact((Date)newValue);
				return;
			case FleetPackage.HOST__FAILURE_REASON:
				setFailureReason((String)newValue);
				return;
			case FleetPackage.HOST__CERTIFICATES:
				getCertificates().clear();
				getCertificates().addAll((Collection<? extends Certificate>)newValue);
				return;
			case FleetPackage.HOST__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				getVirtualMachines().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case FleetPackage.HOST__APPROVED_QEMU_DIGESTS:
				getApprovedQemuDigests().clear();
				getApprovedQemuDigests().addAll((Collection<? extends String>)newValue);
				return;
			case FleetPackage.HOST__ATTESTATIONS:
				getAttestations().clear();
				getAttestations().addAll((Collection<? extends AttestationReport>)newValue);
				return;
			case FleetPackage.HOST__RSA_LOCAL_CERTIFICATION:
				setRsaLocalCertification((KeyCertificationEvidence)newValue);
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
			case FleetPackage.HOST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FleetPackage.HOST__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case FleetPackage.HOST__TPM_NAME:
				setTpmName(TPM_NAME_EDEFAULT);
				return;
			case FleetPackage.HOST__CONNECTION_STATE:
				setConnectionState(CONNECTION_STATE_EDEFAULT);
				return;
			case FleetPackage.HOST__LAST_CONTACT:
				setLastContact(LAST_CONTACT_EDEFAULT);
				return;
			case FleetPackage.HOST__FAILURE_REASON:
				setFailureReason(FAILURE_REASON_EDEFAULT);
				return;
			case FleetPackage.HOST__CERTIFICATES:
				getCertificates().clear();
				return;
			case FleetPackage.HOST__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				return;
			case FleetPackage.HOST__APPROVED_QEMU_DIGESTS:
				getApprovedQemuDigests().clear();
				return;
			case FleetPackage.HOST__ATTESTATIONS:
				getAttestations().clear();
				return;
			case FleetPackage.HOST__RSA_LOCAL_CERTIFICATION:
				setRsaLocalCertification((KeyCertificationEvidence)null);
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
			case FleetPackage.HOST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FleetPackage.HOST__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case FleetPackage.HOST__TPM_NAME:
				return TPM_NAME_EDEFAULT == null ? tpmName != null : !TPM_NAME_EDEFAULT.equals(tpmName);
			case FleetPackage.HOST__CONNECTION_STATE:
				return connectionState != CONNECTION_STATE_EDEFAULT;
			case FleetPackage.HOST__LAST_CONTACT:
				return LAST_CONTACT_EDEFAULT == null ? lastContact != null : !LAST_CONTACT_EDEFAULT.equals(lastContact);
			case FleetPackage.HOST__FAILURE_REASON:
				return FAILURE_REASON_EDEFAULT == null ? failureReason != null : !FAILURE_REASON_EDEFAULT.equals(failureReason);
			case FleetPackage.HOST__CERTIFICATES:
				return certificates != null && !certificates.isEmpty();
			case FleetPackage.HOST__VIRTUAL_MACHINES:
				return virtualMachines != null && !virtualMachines.isEmpty();
			case FleetPackage.HOST__APPROVED_QEMU_DIGESTS:
				return approvedQemuDigests != null && !approvedQemuDigests.isEmpty();
			case FleetPackage.HOST__ATTESTATIONS:
				return attestations != null && !attestations.isEmpty();
			case FleetPackage.HOST__RSA_LOCAL_CERTIFICATION:
				return rsaLocalCertification != null;
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", address: "); //$NON-NLS-1$
		result.append(address);
		result.append(", tpmName: "); //$NON-NLS-1$
		result.append(tpmName);
		result.append(", connectionState: "); //$NON-NLS-1$
		result.append(connectionState);
		result.append(", lastContact: "); //$NON-NLS-1$
		result.append(lastContact);
		result.append(", failureReason: "); //$NON-NLS-1$
		result.append(failureReason);
		result.append(", approvedQemuDigests: "); //$NON-NLS-1$
		result.append(approvedQemuDigests);
		result.append(')');
		return result.toString();
	}

} //HostImpl
