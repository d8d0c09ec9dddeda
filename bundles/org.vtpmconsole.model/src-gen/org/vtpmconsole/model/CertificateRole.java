/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Certificate Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vtpmconsole.model.FleetPackage#getCertificateRole()
 * @model
 * @generated
 */
public enum CertificateRole implements Enumerator {
	/**
	 * The '<em><b>RSA MIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RSA_MIG_VALUE
	 * @generated
	 * @ordered
	 */
	RSA_MIG(0, "RSA_MIG", "RSA_MIG"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AIK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIK_VALUE
	 * @generated
	 * @ordered
	 */
	AIK(1, "AIK", "AIK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VMEK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMEK_VALUE
	 * @generated
	 * @ordered
	 */
	VMEK(2, "VMEK", "VMEK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TLS SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	TLS_SERVER(3, "TLS_SERVER", "TLS_SERVER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ADMIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMIN_VALUE
	 * @generated
	 * @ordered
	 */
	ADMIN(4, "ADMIN", "ADMIN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>APPROVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVER_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVER(5, "APPROVER", "APPROVER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AUDITOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUDITOR_VALUE
	 * @generated
	 * @ordered
	 */
	AUDITOR(6, "AUDITOR", "AUDITOR"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ROOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROOT_VALUE
	 * @generated
	 * @ordered
	 */
	ROOT(7, "ROOT", "ROOT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RSA MIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RSA_MIG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RSA_MIG_VALUE = 0;

	/**
	 * The '<em><b>AIK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AIK_VALUE = 1;

	/**
	 * The '<em><b>VMEK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMEK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VMEK_VALUE = 2;

	/**
	 * The '<em><b>TLS SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_SERVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TLS_SERVER_VALUE = 3;

	/**
	 * The '<em><b>ADMIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMIN_VALUE = 4;

	/**
	 * The '<em><b>APPROVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPROVER_VALUE = 5;

	/**
	 * The '<em><b>AUDITOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUDITOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUDITOR_VALUE = 6;

	/**
	 * The '<em><b>ROOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROOT_VALUE = 7;

	/**
	 * An array of all the '<em><b>Certificate Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CertificateRole[] VALUES_ARRAY =
		new CertificateRole[] {
			RSA_MIG,
			AIK,
			VMEK,
			TLS_SERVER,
			ADMIN,
			APPROVER,
			AUDITOR,
			ROOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Certificate Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CertificateRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Certificate Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CertificateRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CertificateRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Certificate Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CertificateRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CertificateRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Certificate Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CertificateRole get(int value) {
		switch (value) {
			case RSA_MIG_VALUE: return RSA_MIG;
			case AIK_VALUE: return AIK;
			case VMEK_VALUE: return VMEK;
			case TLS_SERVER_VALUE: return TLS_SERVER;
			case ADMIN_VALUE: return ADMIN;
			case APPROVER_VALUE: return APPROVER;
			case AUDITOR_VALUE: return AUDITOR;
			case ROOT_VALUE: return ROOT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CertificateRole(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CertificateRole
