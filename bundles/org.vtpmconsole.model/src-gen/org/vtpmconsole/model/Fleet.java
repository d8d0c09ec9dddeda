/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fleet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.Fleet#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Fleet#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Fleet#getAuditLog <em>Audit Log</em>}</li>
 *   <li>{@link org.vtpmconsole.model.Fleet#getMigrations <em>Migrations</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getFleet()
 * @model
 * @generated
 */
public interface Fleet extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vtpmconsole.model.FleetPackage#getFleet_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.Fleet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getFleet_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Audit Log</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.AuditEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audit Log</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getFleet_AuditLog()
	 * @model containment="true"
	 * @generated
	 */
	EList<AuditEntry> getAuditLog();

	/**
	 * Returns the value of the '<em><b>Migrations</b></em>' containment reference list.
	 * The list contents are of type {@link org.vtpmconsole.model.MigrationSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Migrations</em>' containment reference list.
	 * @see org.vtpmconsole.model.FleetPackage#getFleet_Migrations()
	 * @model containment="true"
	 * @generated
	 */
	EList<MigrationSession> getMigrations();

} // Fleet
