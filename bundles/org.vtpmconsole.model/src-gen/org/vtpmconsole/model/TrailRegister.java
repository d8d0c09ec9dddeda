/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trail Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.TrailRegister#getIndex <em>Index</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailRegister#getSha1 <em>Sha1</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailRegister#getSha256 <em>Sha256</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getTrailRegister()
 * @model
 * @generated
 */
public interface TrailRegister extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.vtpmconsole.model.FleetPackage#getTrailRegister_Index()
	 * @model default="24" dataType="org.vtpmconsole.model.TrailRegisterIndex"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailRegister#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Sha1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha1</em>' attribute.
	 * @see #setSha1(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getTrailRegister_Sha1()
	 * @model
	 * @generated
	 */
	byte[] getSha1();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailRegister#getSha1 <em>Sha1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha1</em>' attribute.
	 * @see #getSha1()
	 * @generated
	 */
	void setSha1(byte[] value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getTrailRegister_Sha256()
	 * @model
	 * @generated
	 */
	byte[] getSha256();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailRegister#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(byte[] value);

} // TrailRegister
