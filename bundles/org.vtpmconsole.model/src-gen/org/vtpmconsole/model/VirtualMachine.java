/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A QEMU VM on a host. During a migration the same UUID appears on the source and on the destination host, so the UUID is deliberately not an XMI identifier.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getRunState <em>Run State</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getAccelerator <em>Accelerator</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getVtpm <em>Vtpm</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getLabel <em>Label</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getSnapshots <em>Snapshots</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VirtualMachine#getTrail <em>Trail</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine()
 * @model
 * @generated
 */
public interface VirtualMachine extends EObject {
	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 36 lower-case characters, as hashed into the label's uuidHash (SPEC §4.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_Uuid()
	 * @model
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VirtualMachine#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VirtualMachine#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the qcow2 image on the host; the label lives in its header extension (SPEC §4.4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Path</em>' attribute.
	 * @see #setImagePath(String)
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_ImagePath()
	 * @model
	 * @generated
	 */
	String getImagePath();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VirtualMachine#getImagePath <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Path</em>' attribute.
	 * @see #getImagePath()
	 * @generated
	 */
	void setImagePath(String value);

	/**
	 * Returns the value of the '<em><b>Run State</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.RunState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run State</em>' attribute.
	 * @see org.vtpmconsole.model.RunState
	 * @see #setRunState(RunState)
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_RunState()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	RunState getRunState();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VirtualMachine#getRunState <em>Run State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run State</em>' attribute.
	 * @see org.vtpmconsole.model.RunState
	 * @see #getRunState()
	 * @generated
	 */
	void setRunState(RunState value);

	/**
	 * Returns the value of the '<em><b>Accelerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the running QEMU executes the guest with, as QEMU itself reports it: kvm or tcg; null when stopped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accelerator</em>' attribute.
	 * @see #setAccelerator(String)
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_Accelerator()
	 * @model
	 * @generated
	 */
	String getAccelerator();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VirtualMachine#getAccelerator <em>Accelerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accelerator</em>' attribute.
	 * @see #getAccelerator()
	 * @generated
	 */
	void setAccelerator(String value);

	/**
	 * Returns the value of the '<em><b>Vtpm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vtpm</em>' containment reference.
	 * @see #setVtpm(VTpm)
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_Vtpm()
	 * @model containment="true"
	 * @generated
	 */
	VTpm getVtpm();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VirtualMachine#getVtpm <em>Vtpm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vtpm</em>' containment reference.
	 * @see #getVtpm()
	 * @generated
	 */
	void setVtpm(VTpm value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' containment reference.
	 * @see #setLabel(Label)
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_Label()
	 * @model containment="true"
	 * @generated
	 */
	Label getLabel();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VirtualMachine#getLabel <em>Label</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' containment reference.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(Label value);

	/**
	 * Returns the value of the '<em><b>Snapshots</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.Snapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snapshots</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_Snapshots()
	 * @model containment="true"
	 * @generated
	 */
	EList<Snapshot> getSnapshots();

	/**
	 * Returns the value of the '<em><b>Trail</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.TrailEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VM's append-only trail event log, in sequence order (SPEC §8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trail</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getVirtualMachine_Trail()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrailEvent> getTrail();

} // VirtualMachine
