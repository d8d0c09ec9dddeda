/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One secure live migration of a VM from a source to a destination host, step by step (SPEC §6).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.MigrationSession#getId <em>Id</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationSession#getSource <em>Source</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationSession#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationSession#getVm <em>Vm</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationSession#getState <em>State</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationSession#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationSession#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession()
 * @model
 * @generated
 */
public interface MigrationSession extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationSession#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Host)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession_Source()
	 * @model
	 * @generated
	 */
	Host getSource();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationSession#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Host value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Destination</em>' reference.
	 * @see #setDestination(Host)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession_Destination()
	 * @model
	 * @generated
	 */
	Host getDestination();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationSession#getDestination <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' reference.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(Host value);

	/**
	 * Returns the value of the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vm</em>' reference.
	 * @see #setVm(VirtualMachine)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession_Vm()
	 * @model
	 * @generated
	 */
	VirtualMachine getVm();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationSession#getVm <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm</em>' reference.
	 * @see #getVm()
	 * @generated
	 */
	void setVm(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.MigrationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.vtpmconsole.model.MigrationState
	 * @see #setState(MigrationState)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession_State()
	 * @model
	 * @generated
	 */
	MigrationState getState();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationSession#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.vtpmconsole.model.MigrationState
	 * @see #getState()
	 * @generated
	 */
	void setState(MigrationState value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationSession#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.MigrationStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationSession_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<MigrationStep> getSteps();

} // MigrationSession
