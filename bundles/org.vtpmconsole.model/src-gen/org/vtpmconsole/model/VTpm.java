/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>VTpm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.VTpm#getStateDirectory <em>State Directory</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VTpm#isRunning <em>Running</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VTpm#isLost <em>Lost</em>}</li>
 *   <li>{@link org.vtpmconsole.model.VTpm#getPcrBanks <em>Pcr Banks</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getVTpm()
 * @model
 * @generated
 */
public interface VTpm extends EObject {
	/**
	 * Returns the value of the '<em><b>State Directory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State Directory</em>' attribute.
	 * @see #setStateDirectory(String)
	 * @see org.vtpmconsole.model.FleetPackage#getVTpm_StateDirectory()
	 * @model
	 * @generated
	 */
	String getStateDirectory();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VTpm#getStateDirectory <em>State Directory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Directory</em>' attribute.
	 * @see #getStateDirectory()
	 * @generated
	 */
	void setStateDirectory(String value);

	/**
	 * Returns the value of the '<em><b>Running</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Running</em>' attribute.
	 * @see #setRunning(boolean)
	 * @see org.vtpmconsole.model.FleetPackage#getVTpm_Running()
	 * @model
	 * @generated
	 */
	boolean isRunning();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VTpm#isRunning <em>Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Running</em>' attribute.
	 * @see #isRunning()
	 * @generated
	 */
	void setRunning(boolean value);

	/**
	 * Returns the value of the '<em><b>Lost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VM runs on but its vTPM went with an agent that was killed (QEMU cannot reconnect its TPM channel); stopping and starting the VM serves it again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lost</em>' attribute.
	 * @see #setLost(boolean)
	 * @see org.vtpmconsole.model.FleetPackage#getVTpm_Lost()
	 * @model
	 * @generated
	 */
	boolean isLost();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.VTpm#isLost <em>Lost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lost</em>' attribute.
	 * @see #isLost()
	 * @generated
	 */
	void setLost(boolean value);

	/**
	 * Returns the value of the '<em><b>Pcr Banks</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active PCR banks of the vTPM, e.g. sha1, sha256.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pcr Banks</em>' attribute list.
	 * @see org.vtpmconsole.model.FleetPackage#getVTpm_PcrBanks()
	 * @model
	 * @generated
	 */
	EList<String> getPcrBanks();

} // VTpm
