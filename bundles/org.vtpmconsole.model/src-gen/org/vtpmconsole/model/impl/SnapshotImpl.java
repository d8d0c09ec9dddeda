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
import org.eclipse.emf.ecore.util.InternalEList;

import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.TrailRegister;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.SnapshotImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.SnapshotImpl#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.SnapshotImpl#getTakenBy <em>Taken By</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.SnapshotImpl#getTrailRegisters <em>Trail Registers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnapshotImpl extends EObjectImpl implements Snapshot {
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
	 * The default value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date TAKEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected Date takenAt = TAKEN_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTakenBy() <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenBy()
	 * @generated
	 * @ordered
	 */
	protected static final String TAKEN_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenBy() <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenBy()
	 * @generated
	 * @ordered
	 */
	protected String takenBy = TAKEN_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrailRegisters() <em>Trail Registers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<TrailRegister> trailRegisters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.SNAPSHOT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.SNAPSHOT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTakenAt() {
		return takenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenAt(Date newTakenAt) {
		Date oldTakenAt = takenAt;
		takenAt = newTakenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.SNAPSHOT__TAKEN_AT, oldTakenAt, takenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTakenBy() {
		return takenBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenBy(String newTakenBy) {
		String oldTakenBy = takenBy;
		takenBy = newTakenBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.SNAPSHOT__TAKEN_BY, oldTakenBy, takenBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrailRegister> getTrailRegisters() {
		if (trailRegisters == null) {
			trailRegisters = new EObjectContainmentEList<TrailRegister>(TrailRegister.class, this, FleetPackage.SNAPSHOT__TRAIL_REGISTERS);
		}
		return trailRegisters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FleetPackage.SNAPSHOT__TRAIL_REGISTERS:
				return ((InternalEList<?>)getTrailRegisters()).basicRemove(otherEnd, msgs);
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
			case FleetPackage.SNAPSHOT__NAME:
				return getName();
			case FleetPackage.SNAPSHOT__TAKEN_AT:
				return getTakenAt();
			case FleetPackage.SNAPSHOT__TAKEN_BY:
				return getTakenBy();
			case FleetPackage.SNAPSHOT__TRAIL_REGISTERS:
				return getTrailRegisters();
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
			case FleetPackage.SNAPSHOT__NAME:
				setName((String)newValue);
				return;
			case FleetPackage.SNAPSHOT__TAKEN_AT:
				setTakenAt((Date)newValue);
				return;
			case FleetPackage.SNAPSHOT__TAKEN_BY:
				setTakenBy((String)newValue);
				return;
			case FleetPackage.SNAPSHOT__TRAIL_REGISTERS:
				getTrailRegisters().clear();
				getTrailRegisters().addAll((Collection<? extends TrailRegister>)newValue);
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
			case FleetPackage.SNAPSHOT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FleetPackage.SNAPSHOT__TAKEN_AT:
				setTakenAt(TAKEN_AT_EDEFAULT);
				return;
			case FleetPackage.SNAPSHOT__TAKEN_BY:
				setTakenBy(TAKEN_BY_EDEFAULT);
				return;
			case FleetPackage.SNAPSHOT__TRAIL_REGISTERS:
				getTrailRegisters().clear();
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
			case FleetPackage.SNAPSHOT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FleetPackage.SNAPSHOT__TAKEN_AT:
				return TAKEN_AT_EDEFAULT == null ? takenAt != null : !TAKEN_AT_EDEFAULT.equals(takenAt);
			case FleetPackage.SNAPSHOT__TAKEN_BY:
				return TAKEN_BY_EDEFAULT == null ? takenBy != null : !TAKEN_BY_EDEFAULT.equals(takenBy);
			case FleetPackage.SNAPSHOT__TRAIL_REGISTERS:
				return trailRegisters != null && !trailRegisters.isEmpty();
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
		result.append(", takenAt: "); //$NON-NLS-1$
		result.append(takenAt);
		result.append(", takenBy: "); //$NON-NLS-1$
		result.append(takenBy);
		result.append(')');
		return result.toString();
	}

} //SnapshotImpl
