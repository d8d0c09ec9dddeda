/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trail Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One extend of a trail register, as written to the event log: R = H(R || H(data)) in each bank (SPEC §8). The digests are H(data) per bank.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getTime <em>Time</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getRegister <em>Register</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getEventType <em>Event Type</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getUser <em>User</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getData <em>Data</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getSha1Digest <em>Sha1 Digest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.TrailEvent#getSha256Digest <em>Sha256 Digest</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent()
 * @model
 * @generated
 */
public interface TrailEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(long)
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_Sequence()
	 * @model
	 * @generated
	 */
	long getSequence();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(long value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Register</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Register</em>' attribute.
	 * @see #setRegister(int)
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_Register()
	 * @model default="24" dataType="org.vtpmconsole.model.TrailRegisterIndex"
	 * @generated
	 */
	int getRegister();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getRegister <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Register</em>' attribute.
	 * @see #getRegister()
	 * @generated
	 */
	void setRegister(int value);

	/**
	 * Returns the value of the '<em><b>Event Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.TrailEventType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Type</em>' attribute.
	 * @see org.vtpmconsole.model.TrailEventType
	 * @see #setEventType(TrailEventType)
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_EventType()
	 * @model
	 * @generated
	 */
	TrailEventType getEventType();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getEventType <em>Event Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Type</em>' attribute.
	 * @see org.vtpmconsole.model.TrailEventType
	 * @see #getEventType()
	 * @generated
	 */
	void setEventType(TrailEventType value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_Data()
	 * @model
	 * @generated
	 */
	byte[] getData();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(byte[] value);

	/**
	 * Returns the value of the '<em><b>Sha1 Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha1 Digest</em>' attribute.
	 * @see #setSha1Digest(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_Sha1Digest()
	 * @model
	 * @generated
	 */
	byte[] getSha1Digest();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getSha1Digest <em>Sha1 Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha1 Digest</em>' attribute.
	 * @see #getSha1Digest()
	 * @generated
	 */
	void setSha1Digest(byte[] value);

	/**
	 * Returns the value of the '<em><b>Sha256 Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256 Digest</em>' attribute.
	 * @see #setSha256Digest(byte[])
	 * @see org.vtpmconsole.model.FleetPackage#getTrailEvent_Sha256Digest()
	 * @model
	 * @generated
	 */
	byte[] getSha256Digest();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.TrailEvent#getSha256Digest <em>Sha256 Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256 Digest</em>' attribute.
	 * @see #getSha256Digest()
	 * @generated
	 */
	void setSha256Digest(byte[] value);

} // TrailEvent
