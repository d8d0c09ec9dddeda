/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import java.util.Collection;

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
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.RunState;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.TrailEvent;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getRunState <em>Run State</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getAccelerator <em>Accelerator</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getVtpm <em>Vtpm</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getSnapshots <em>Snapshots</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.VirtualMachineImpl#getTrail <em>Trail</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualMachineImpl extends EObjectImpl implements VirtualMachine {
	/**
	 * The default value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected static final String UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected String uuid = UUID_EDEFAULT;

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
	 * The default value of the '{@link #getImagePath() <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePath()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImagePath() <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePath()
	 * @generated
	 * @ordered
	 */
	protected String imagePath = IMAGE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunState() <em>Run State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunState()
	 * @generated
	 * @ordered
	 */
	protected static final RunState RUN_STATE_EDEFAULT = RunState.UNKNOWN;

	/**
	 * The cached value of the '{@link #getRunState() <em>Run State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunState()
	 * @generated
	 * @ordered
	 */
	protected RunState runState = RUN_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccelerator() <em>Accelerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccelerator()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCELERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccelerator() <em>Accelerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccelerator()
	 * @generated
	 * @ordered
	 */
	protected String accelerator = ACCELERATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVtpm() <em>Vtpm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVtpm()
	 * @generated
	 * @ordered
	 */
	protected VTpm vtpm;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected Label label;

	/**
	 * The cached value of the '{@link #getSnapshots() <em>Snapshots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshots()
	 * @generated
	 * @ordered
	 */
	protected EList<Snapshot> snapshots;

	/**
	 * The cached value of the '{@link #getTrail() <em>Trail</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrail()
	 * @generated
	 * @ordered
	 */
	protected EList<TrailEvent> trail;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualMachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.VIRTUAL_MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return uuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		String oldUuid = uuid;
		uuid = newUuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__UUID, oldUuid, uuid));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImagePath() {
		return imagePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImagePath(String newImagePath) {
		String oldImagePath = imagePath;
		imagePath = newImagePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__IMAGE_PATH, oldImagePath, imagePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunState getRunState() {
		return runState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunState(RunState newRunState) {
		RunState oldRunState = runState;
		runState = newRunState == null ? RUN_STATE_EDEFAULT : newRunState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__RUN_STATE, oldRunState, runState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccelerator() {
		return accelerator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccelerator(String newAccelerator) {
		String oldAccelerator = accelerator;
		accelerator = newAccelerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__ACCELERATOR, oldAccelerator, accelerator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VTpm getVtpm() {
		return vtpm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVtpm(VTpm newVtpm, NotificationChain msgs) {
		VTpm oldVtpm = vtpm;
		vtpm = newVtpm;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__VTPM, oldVtpm, newVtpm);
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
	public void setVtpm(VTpm newVtpm) {
		if (newVtpm != vtpm) {
			NotificationChain msgs = null;
			if (vtpm != null)
				msgs = ((InternalEObject)vtpm).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FleetPackage.VIRTUAL_MACHINE__VTPM, null, msgs);
			if (newVtpm != null)
				msgs = ((InternalEObject)newVtpm).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FleetPackage.VIRTUAL_MACHINE__VTPM, null, msgs);
			msgs = basicSetVtpm(newVtpm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__VTPM, newVtpm, newVtpm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Label getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabel(Label newLabel, NotificationChain msgs) {
		Label oldLabel = label;
		label = newLabel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__LABEL, oldLabel, newLabel);
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
	public void setLabel(Label newLabel) {
		if (newLabel != label) {
			NotificationChain msgs = null;
			if (label != null)
				msgs = ((InternalEObject)label).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FleetPackage.VIRTUAL_MACHINE__LABEL, null, msgs);
			if (newLabel != null)
				msgs = ((InternalEObject)newLabel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FleetPackage.VIRTUAL_MACHINE__LABEL, null, msgs);
			msgs = basicSetLabel(newLabel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.VIRTUAL_MACHINE__LABEL, newLabel, newLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Snapshot> getSnapshots() {
		if (snapshots == null) {
			snapshots = new EObjectContainmentEList<Snapshot>(Snapshot.class, this, FleetPackage.VIRTUAL_MACHINE__SNAPSHOTS);
		}
		return snapshots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrailEvent> getTrail() {
		if (trail == null) {
			trail = new EObjectContainmentEList<TrailEvent>(TrailEvent.class, this, FleetPackage.VIRTUAL_MACHINE__TRAIL);
		}
		return trail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FleetPackage.VIRTUAL_MACHINE__VTPM:
				return basicSetVtpm(null, msgs);
			case FleetPackage.VIRTUAL_MACHINE__LABEL:
				return basicSetLabel(null, msgs);
			case FleetPackage.VIRTUAL_MACHINE__SNAPSHOTS:
				return ((InternalEList<?>)getSnapshots()).basicRemove(otherEnd, msgs);
			case FleetPackage.VIRTUAL_MACHINE__TRAIL:
				return ((InternalEList<?>)getTrail()).basicRemove(otherEnd, msgs);
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
			case FleetPackage.VIRTUAL_MACHINE__UUID:
				return getUuid();
			case FleetPackage.VIRTUAL_MACHINE__NAME:
				return getName();
			case FleetPackage.VIRTUAL_MACHINE__IMAGE_PATH:
				return getImagePath();
			case FleetPackage.VIRTUAL_MACHINE__RUN_STATE:
				return getRunState();
			case FleetPackage.VIRTUAL_MACHINE__ACCELERATOR:
				return getAccelerator();
			case FleetPackage.VIRTUAL_MACHINE__VTPM:
				return getVtpm();
			case FleetPackage.VIRTUAL_MACHINE__LABEL:
				return getLabel();
			case FleetPackage.VIRTUAL_MACHINE__SNAPSHOTS:
				return getSnapshots();
			case FleetPackage.VIRTUAL_MACHINE__TRAIL:
				return getTrail();
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
			case FleetPackage.VIRTUAL_MACHINE__UUID:
				setUuid((String)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__NAME:
				setName((String)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__IMAGE_PATH:
				setImagePath((String)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__RUN_STATE:
				setRunState((RunState)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__ACCELERATOR:
				setAccelerator((String)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__VTPM:
				setVtpm((VTpm)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__LABEL:
				setLabel((Label)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__SNAPSHOTS:
				getSnapshots().clear();
				getSnapshots().addAll((Collection<? extends Snapshot>)newValue);
				return;
			case FleetPackage.VIRTUAL_MACHINE__TRAIL:
				getTrail().clear();
				getTrail().addAll((Collection<? extends TrailEvent>)newValue);
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
			case FleetPackage.VIRTUAL_MACHINE__UUID:
				setUuid(UUID_EDEFAULT);
				return;
			case FleetPackage.VIRTUAL_MACHINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FleetPackage.VIRTUAL_MACHINE__IMAGE_PATH:
				setImagePath(IMAGE_PATH_EDEFAULT);
				return;
			case FleetPackage.VIRTUAL_MACHINE__RUN_STATE:
				setRunState(RUN_STATE_EDEFAULT);
				return;
			case FleetPackage.VIRTUAL_MACHINE__ACCELERATOR:
				setAccelerator(ACCELERATOR_EDEFAULT);
				return;
			case FleetPackage.VIRTUAL_MACHINE__VTPM:
				setVtpm((VTpm)null);
				return;
			case FleetPackage.VIRTUAL_MACHINE__LABEL:
				setLabel((Label)null);
				return;
			case FleetPackage.VIRTUAL_MACHINE__SNAPSHOTS:
				getSnapshots().clear();
				return;
			case FleetPackage.VIRTUAL_MACHINE__TRAIL:
				getTrail().clear();
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
			case FleetPackage.VIRTUAL_MACHINE__UUID:
				return UUID_EDEFAULT == null ? uuid != null : !UUID_EDEFAULT.equals(uuid);
			case FleetPackage.VIRTUAL_MACHINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FleetPackage.VIRTUAL_MACHINE__IMAGE_PATH:
				return IMAGE_PATH_EDEFAULT == null ? imagePath != null : !IMAGE_PATH_EDEFAULT.equals(imagePath);
			case FleetPackage.VIRTUAL_MACHINE__RUN_STATE:
				return runState != RUN_STATE_EDEFAULT;
			case FleetPackage.VIRTUAL_MACHINE__ACCELERATOR:
				return ACCELERATOR_EDEFAULT == null ? accelerator != null : !ACCELERATOR_EDEFAULT.equals(accelerator);
			case FleetPackage.VIRTUAL_MACHINE__VTPM:
				return vtpm != null;
			case FleetPackage.VIRTUAL_MACHINE__LABEL:
				return label != null;
			case FleetPackage.VIRTUAL_MACHINE__SNAPSHOTS:
				return snapshots != null && !snapshots.isEmpty();
			case FleetPackage.VIRTUAL_MACHINE__TRAIL:
				return trail != null && !trail.isEmpty();
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
		result.append(" (uuid: "); //$NON-NLS-1$
		result.append(uuid);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", imagePath: "); //$NON-NLS-1$
		result.append(imagePath);
		result.append(", runState: "); //$NON-NLS-1$
		result.append(runState);
		result.append(", accelerator: "); //$NON-NLS-1$
		result.append(accelerator);
		result.append(')');
		return result.toString();
	}

} //VirtualMachineImpl
