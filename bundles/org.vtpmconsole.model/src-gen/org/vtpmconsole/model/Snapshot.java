/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.Snapshot#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Snapshot#getTakenAt <em>Taken At</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Snapshot#getTakenBy <em>Taken By</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Snapshot#getTrailRegisters <em>Trail Registers</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getSnapshot()
 * @model
 * @generated
 */
public interface Snapshot extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vtpmconsole.model.FleetPackage#getSnapshot_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Snapshot#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken At</em>' attribute.
	 * @see #setTakenAt(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getSnapshot_TakenAt()
	 * @model
	 * @generated
	 */
	Date getTakenAt();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Snapshot#getTakenAt <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken At</em>' attribute.
	 * @see #getTakenAt()
	 * @generated
	 */
	void setTakenAt(Date value);

	/**
	 * Returns the value of the '<em><b>Taken By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken By</em>' attribute.
	 * @see #setTakenBy(String)
	 * @see org.vtpmconsole.model.FleetPackage#getSnapshot_TakenBy()
	 * @model
	 * @generated
	 */
	String getTakenBy();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Snapshot#getTakenBy <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken By</em>' attribute.
	 * @see #getTakenBy()
	 * @generated
	 */
	void setTakenBy(String value);

	/**
	 * Returns the value of the '<em><b>Trail Registers</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.TrailRegister}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registers 24-27 as stored with the snapshot (SPEC §8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trail Registers</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getSnapshot_TrailRegisters()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrailRegister> getTrailRegisters();

} // Snapshot
