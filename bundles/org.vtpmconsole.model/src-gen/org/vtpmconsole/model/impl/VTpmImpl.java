/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.VTpm;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>VTpm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.VTpmImpl#getStateDirectory <em>State Directory</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VTpmImpl#isRunning <em>Running</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VTpmImpl#isLost <em>Lost</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VTpmImpl#getPcrBanks <em>Pcr Banks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VTpmImpl extends EObjectImpl implements VTpm {
	/**
	 * The default value of the '{@link #getStateDirectory() <em>State Directory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateDirectory()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_DIRECTORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateDirectory() <em>State Directory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateDirectory()
	 * @generated
	 * @ordered
	 */
	protected String stateDirectory = STATE_DIRECTORY_EDEFAULT;

	/**
	 * The default value of the '{@link #isRunning() <em>Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRunning()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RUNNING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRunning() <em>Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRunning()
	 * @generated
	 * @ordered
	 */
	protected boolean running = RUNNING_EDEFAULT;

	/**
	 * The default value of the '{@link #isLost() <em>Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLost()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLost() <em>Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLost()
	 * @generated
	 * @ordered
	 */
	protected boolean lost = LOST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPcrBanks() <em>Pcr Banks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPcrBanks()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pcrBanks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VTpmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.VTPM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateDirectory() {
		return stateDirectory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateDirectory(String newStateDirectory) {
		String oldStateDirectory = stateDirectory;
		stateDirectory = newStateDirectory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VTPM__STATE_DIRECTORY, oldStateDirectory, stateDirectory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunning(boolean newRunning) {
		boolean oldRunning = running;
		running = newRunning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VTPM__RUNNING, oldRunning, running));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLost() {
		return lost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLost(boolean newLost) {
		boolean oldLost = lost;
		lost = newLost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VTPM__LOST, oldLost, lost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPcrBanks() {
		if (pcrBanks == null) {
			pcrBanks = new EDataTypeUniqueEList<String>(String.class, this, FleetPackage.VTPM__PCR_BANKS);
		}
		return pcrBanks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.VTPM__STATE_DIRECTORY:
				return getStateDirectory();
			case FleetPackage.VTPM__RUNNING:
				return isRunning();
			case FleetPackage.VTPM__LOST:
				return isLost();
			case FleetPackage.VTPM__PCR_BANKS:
				return getPcrBanks();
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
			case FleetPackage.VTPM__STATE_DIRECTORY:
				setStateDirectory((String)newValue);
				return;
			case FleetPackage.VTPM__RUNNING:
				setRunning((Boolean)newValue);
				return;
			case FleetPackage.VTPM__LOST:
				setLost((Boolean)newValue);
				return;
			case FleetPackage.VTPM__PCR_BANKS:
				getPcrBanks().clear();
				getPcrBanks().addAll((Collection<? extends String>)newValue);
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
			case FleetPackage.VTPM__STATE_DIRECTORY:
				setStateDirectory(STATE_DIRECTORY_EDEFAULT);
				return;
			case FleetPackage.VTPM__RUNNING:
				setRunning(RUNNING_EDEFAULT);
				return;
			case FleetPackage.VTPM__LOST:
				setLost(LOST_EDEFAULT);
				return;
			case FleetPackage.VTPM__PCR_BANKS:
				getPcrBanks().clear();
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
			case FleetPackage.VTPM__STATE_DIRECTORY:
				return STATE_DIRECTORY_EDEFAULT == null ? stateDirectory != null : !STATE_DIRECTORY_EDEFAULT.equals(stateDirectory);
			case FleetPackage.VTPM__RUNNING:
				return running != RUNNING_EDEFAULT;
			case FleetPackage.VTPM__LOST:
				return lost != LOST_EDEFAULT;
			case FleetPackage.VTPM__PCR_BANKS:
				return pcrBanks != null && !pcrBanks.isEmpty();
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
		result.append(" (stateDirectory: "); //$NON-NLS-1$
		result.append(stateDirectory);
		result.append(", running: "); //$NON-NLS-1$
		result.append(running);
		result.append(", lost: "); //$NON-NLS-1$
		result.append(lost);
		result.append(", pcrBanks: "); //$NON-NLS-1$
		result.append(pcrBanks);
		result.append(')');
		return result.toString();
	}

} //VTpmImpl
