/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.TrailEvent;
import org.vtpmconsole.model.TrailEventType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trail Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getRegister <em>Register</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getEventType <em>Event Type</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getData <em>Data</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getSha1Digest <em>Sha1 Digest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.TrailEventImpl#getSha256Digest <em>Sha256 Digest</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrailEventImpl extends EObjectImpl implements TrailEvent {
	/**
	 * The default value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected static final long SEQUENCE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected long sequence = SEQUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Date time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegister() <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegister()
	 * @generated
	 * @ordered
	 */
	protected static final int REGISTER_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getRegister() <em>Register</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegister()
	 * @generated
	 * @ordered
	 */
	protected int register = REGISTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventType() <em>Event Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventType()
	 * @generated
	 * @ordered
	 */
	protected static final TrailEventType EVENT_TYPE_EDEFAULT = TrailEventType.SNAPSHOT;

	/**
	 * The cached value of the '{@link #getEventType() <em>Event Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventType()
	 * @generated
	 * @ordered
	 */
	protected TrailEventType eventType = EVENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected byte[] data = DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha1Digest() <em>Sha1 Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha1Digest()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SHA1_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha1Digest() <em>Sha1 Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha1Digest()
	 * @generated
	 * @ordered
	 */
	protected byte[] sha1Digest = SHA1_DIGEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256Digest() <em>Sha256 Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256Digest()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SHA256_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256Digest() <em>Sha256 Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256Digest()
	 * @generated
	 * @ordered
	 */
	protected byte[] sha256Digest = SHA256_DIGEST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrailEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.TRAIL_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(long newSequence) {
		long oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Date newTime) {
		Date oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRegister() {
		return register;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegister(int newRegister) {
		int oldRegister = register;
		register = newRegister;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__REGISTER, oldRegister, register));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrailEventType getEventType() {
		return eventType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventType(TrailEventType newEventType) {
		TrailEventType oldEventType = eventType;
		eventType = newEventType == null ? EVENT_TYPE_EDEFAULT : newEventType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__EVENT_TYPE, oldEventType, eventType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getData() {
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(byte[] newData) {
		byte[] oldData = data;
		data = newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__DATA, oldData, data));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSha1Digest() {
		return sha1Digest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha1Digest(byte[] newSha1Digest) {
		byte[] oldSha1Digest = sha1Digest;
		sha1Digest = newSha1Digest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__SHA1_DIGEST, oldSha1Digest, sha1Digest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSha256Digest() {
		return sha256Digest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256Digest(byte[] newSha256Digest) {
		byte[] oldSha256Digest = sha256Digest;
		sha256Digest = newSha256Digest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.TRAIL_EVENT__SHA256_DIGEST, oldSha256Digest, sha256Digest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.TRAIL_EVENT__SEQUENCE:
				return getSequence();
			case FleetPackage.TRAIL_EVENT__TIME:
				return getTime();
			case FleetPackage.TRAIL_EVENT__REGISTER:
				return getRegister();
			case FleetPackage.TRAIL_EVENT__EVENT_TYPE:
				return getEventType();
			case FleetPackage.TRAIL_EVENT__USER:
				return getUser();
			case FleetPackage.TRAIL_EVENT__DATA:
				return getData();
			case FleetPackage.TRAIL_EVENT__SHA1_DIGEST:
				return getSha1Digest();
			case FleetPackage.TRAIL_EVENT__SHA256_DIGEST:
				return getSha256Digest();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FleetPackage.TRAIL_EVENT__SEQUENCE:
				setSequence((Long)newValue);
				return;
			case FleetPackage.TRAIL_EVENT__TIME:
				setTime((Date)newValue);
				return;
			case FleetPackage.TRAIL_EVENT__REGISTER:
				setRegister((Integer)newValue);
				return;
			case FleetPackage.TRAIL_EVENT__EVENT_TYPE:
				setEventType((TrailEventType)newValue);
				return;
			case FleetPackage.TRAIL_EVENT__USER:
				setUser((String)newValue);
				return;
			case FleetPackage.TRAIL_EVENT__DATA:
				setData((byte[])newValue);
				return;
			case FleetPackage.TRAIL_EVENT__SHA1_DIGEST:
				setSha1Digest((byte[])newValue);
				return;
			case FleetPackage.TRAIL_EVENT__SHA256_DIGEST:
				setSha256Digest((byte[])newValue);
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
			case FleetPackage.TRAIL_EVENT__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case FleetPackage.TRAIL_EVENT__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case FleetPackage.TRAIL_EVENT__REGISTER:
				setRegister(REGISTER_EDEFAULT);
				return;
			case FleetPackage.TRAIL_EVENT__EVENT_TYPE:
				setEventType(EVENT_TYPE_EDEFAULT);
				return;
			case FleetPackage.TRAIL_EVENT__USER:
				setUser(USER_EDEFAULT);
				return;
			case FleetPackage.TRAIL_EVENT__DATA:
				setData(DATA_EDEFAULT);
				return;
			case FleetPackage.TRAIL_EVENT__SHA1_DIGEST:
				setSha1Digest(SHA1_DIGEST_EDEFAULT);
				return;
			case FleetPackage.TRAIL_EVENT__SHA256_DIGEST:
				setSha256Digest(SHA256_DIGEST_EDEFAULT);
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
			case FleetPackage.TRAIL_EVENT__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
			case FleetPackage.TRAIL_EVENT__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case FleetPackage.TRAIL_EVENT__REGISTER:
				return register != REGISTER_EDEFAULT;
			case FleetPackage.TRAIL_EVENT__EVENT_TYPE:
				return eventType != EVENT_TYPE_EDEFAULT;
			case FleetPackage.TRAIL_EVENT__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case FleetPackage.TRAIL_EVENT__DATA:
				return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
			case FleetPackage.TRAIL_EVENT__SHA1_DIGEST:
				return SHA1_DIGEST_EDEFAULT == null ? sha1Digest != null : !SHA1_DIGEST_EDEFAULT.equals(sha1Digest);
			case FleetPackage.TRAIL_EVENT__SHA256_DIGEST:
				return SHA256_DIGEST_EDEFAULT == null ? sha256Digest != null : !SHA256_DIGEST_EDEFAULT.equals(sha256Digest);
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
		result.append(" (sequence: "); //$NON-NLS-1$
		result.append(sequence);
		result.append(", time: "); //$NON-NLS-1$
		result.append(time);
		result.append(", register: "); //$NON-NLS-1$
		result.append(register);
		result.append(", eventType: "); //$NON-NLS-1$
		result.append(eventType);
		result.append(", user: "); //$NON-NLS-1$
		result.append(user);
		result.append(", data: "); //$NON-NLS-1$
		result.append(data);
		result.append(", sha1Digest: "); //$NON-NLS-1$
		result.append(sha1Digest);
		result.append(", sha256Digest: "); //$NON-NLS-1$
		result.append(sha256Digest);
		result.append(')');
		return result.toString();
	}

} //TrailEventImpl
