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

import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.MigrationSession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fleet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.FleetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.FleetImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.FleetImpl#getAuditLog <em>Audit Log</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.FleetImpl#getMigrations <em>Migrations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FleetImpl extends EObjectImpl implements Fleet {
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
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * The cached value of the '{@link #getAuditLog() <em>Audit Log</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditLog()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditEntry> auditLog;

	/**
	 * The cached value of the '{@link #getMigrations() <em>Migrations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMigrations()
	 * @generated
	 * @ordered
	 */
	protected EList<MigrationSession> migrations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FleetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.FLEET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.FLEET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectContainmentEList<Host>(Host.class, this, FleetPackage.FLEET__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditEntry> getAuditLog() {
		if (auditLog == null) {
			auditLog = new EObjectContainmentEList<AuditEntry>(AuditEntry.class, this, FleetPackage.FLEET__AUDIT_LOG);
		}
		return auditLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MigrationSession> getMigrations() {
		if (migrations == null) {
			migrations = new EObjectContainmentEList<MigrationSession>(MigrationSession.class, this, FleetPackage.FLEET__MIGRATIONS);
		}
		return migrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FleetPackage.FLEET__HOSTS:
				return ((InternalEList<?>)getHosts()).basicRemove(otherEnd, msgs);
			case FleetPackage.FLEET__AUDIT_LOG:
				return ((InternalEList<?>)getAuditLog()).basicRemove(otherEnd, msgs);
			case FleetPackage.FLEET__MIGRATIONS:
				return ((InternalEList<?>)getMigrations()).basicRemove(otherEnd, msgs);
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
			case FleetPackage.FLEET__NAME:
				return getName();
			case FleetPackage.FLEET__HOSTS:
				return getHosts();
			case FleetPackage.FLEET__AUDIT_LOG:
				return getAuditLog();
			case FleetPackage.FLEET__MIGRATIONS:
				return getMigrations();
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
			case FleetPackage.FLEET__NAME:
				setName((String)newValue);
				return;
			case FleetPackage.FLEET__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case FleetPackage.FLEET__AUDIT_LOG:
				getAuditLog().clear();
				getAuditLog().addAll((Collection<? extends AuditEntry>)newValue);
				return;
			case FleetPackage.FLEET__MIGRATIONS:
				getMigrations().clear();
				getMigrations().addAll((Collection<? extends MigrationSession>)newValue);
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
			case FleetPackage.FLEET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FleetPackage.FLEET__HOSTS:
				getHosts().clear();
				return;
			case FleetPackage.FLEET__AUDIT_LOG:
				getAuditLog().clear();
				return;
			case FleetPackage.FLEET__MIGRATIONS:
				getMigrations().clear();
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
			case FleetPackage.FLEET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FleetPackage.FLEET__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case FleetPackage.FLEET__AUDIT_LOG:
				return auditLog != null && !auditLog.isEmpty();
			case FleetPackage.FLEET__MIGRATIONS:
				return migrations != null && !migrations.isEmpty();
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //FleetImpl
