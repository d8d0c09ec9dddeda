/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The fleet as the console sees it: hosts with their agents, TPM certificates, VMs with their vTPM, label, snapshots and trail,
 * attestation reports, migrations and the audit log. Values that come from an agent are evidence; the console re-verifies them
 * (ARCHITECTURE.md principle 1) and records its own verdict in the transient verification attributes.
 * <!-- end-model-doc -->
 * @see org.vtpmconsole.model.FleetFactory
 * @model kind="package"
 * @generated
 */
public interface FleetPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://vtpmconsole.org/model/fleet/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "fleet"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FleetPackage eINSTANCE = org.vtpmconsole.model.impl.FleetPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.FleetImpl <em>Fleet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.FleetImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getFleet()
	 * @generated
	 */
	int FLEET = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__HOSTS = 1;

	/**
	 * The feature id for the '<em><b>Audit Log</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__AUDIT_LOG = 2;

	/**
	 * The feature id for the '<em><b>Migrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET__MIGRATIONS = 3;

	/**
	 * The number of structural features of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Fleet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLEET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.HostImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Tpm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__TPM_NAME = 2;

	/**
	 * The feature id for the '<em><b>Connection State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CONNECTION_STATE = 3;

	/**
	 * The feature id for the '<em><b>Last Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LAST_CONTACT = 4;

	/**
	 * The feature id for the '<em><b>Failure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__FAILURE_REASON = 5;

	/**
	 * The feature id for the '<em><b>Certificates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CERTIFICATES = 6;

	/**
	 * The feature id for the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__VIRTUAL_MACHINES = 7;

	/**
	 * The feature id for the '<em><b>Approved Qemu Digests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__APPROVED_QEMU_DIGESTS = 8;

	/**
	 * The feature id for the '<em><b>Attestations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ATTESTATIONS = 9;

	/**
	 * The feature id for the '<em><b>Rsa Local Certification</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__RSA_LOCAL_CERTIFICATION = 10;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl <em>Key Certification Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getKeyCertificationEvidence()
	 * @generated
	 */
	int KEY_CERTIFICATION_EVIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Public Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA = 0;

	/**
	 * The feature id for the '<em><b>Qualifying Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA = 1;

	/**
	 * The feature id for the '<em><b>Attest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_CERTIFICATION_EVIDENCE__ATTEST = 2;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_CERTIFICATION_EVIDENCE__SIGNATURE = 3;

	/**
	 * The number of structural features of the '<em>Key Certification Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_CERTIFICATION_EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Key Certification Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_CERTIFICATION_EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.VirtualMachineImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVirtualMachine()
	 * @generated
	 */
	int VIRTUAL_MACHINE = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__UUID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__IMAGE_PATH = 2;

	/**
	 * The feature id for the '<em><b>Run State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__RUN_STATE = 3;

	/**
	 * The feature id for the '<em><b>Accelerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ACCELERATOR = 4;

	/**
	 * The feature id for the '<em><b>Vtpm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__VTPM = 5;

	/**
	 * The feature id for the '<em><b>Label</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__LABEL = 6;

	/**
	 * The feature id for the '<em><b>Snapshots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__SNAPSHOTS = 7;

	/**
	 * The feature id for the '<em><b>Trail</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__TRAIL = 8;

	/**
	 * The number of structural features of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.VTpmImpl <em>VTpm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.VTpmImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVTpm()
	 * @generated
	 */
	int VTPM = 4;

	/**
	 * The feature id for the '<em><b>State Directory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTPM__STATE_DIRECTORY = 0;

	/**
	 * The feature id for the '<em><b>Running</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTPM__RUNNING = 1;

	/**
	 * The feature id for the '<em><b>Lost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTPM__LOST = 2;

	/**
	 * The feature id for the '<em><b>Pcr Banks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTPM__PCR_BANKS = 3;

	/**
	 * The number of structural features of the '<em>VTpm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTPM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>VTpm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VTPM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.LabelImpl <em>Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.LabelImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 5;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__VERSION = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__NOT_BEFORE = 2;

	/**
	 * The feature id for the '<em><b>Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__NOT_AFTER = 3;

	/**
	 * The feature id for the '<em><b>Secret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__SECRET = 4;

	/**
	 * The feature id for the '<em><b>Digest Alg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__DIGEST_ALG = 5;

	/**
	 * The feature id for the '<em><b>Uuid Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__UUID_HASH = 6;

	/**
	 * The feature id for the '<em><b>Qemu Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__QEMU_DIGEST = 7;

	/**
	 * The feature id for the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__SIGNER_NAME = 8;

	/**
	 * The feature id for the '<em><b>Recipient Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__RECIPIENT_NAME = 9;

	/**
	 * The feature id for the '<em><b>Sig Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__SIG_SCHEME = 10;

	/**
	 * The feature id for the '<em><b>Sig Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__SIG_HASH = 11;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__SIGNATURE = 12;

	/**
	 * The feature id for the '<em><b>Encoded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__ENCODED = 13;

	/**
	 * The feature id for the '<em><b>Verification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__VERIFICATION = 14;

	/**
	 * The feature id for the '<em><b>Verification Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__VERIFICATION_DETAIL = 15;

	/**
	 * The number of structural features of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.CertificateImpl <em>Certificate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.CertificateImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getCertificate()
	 * @generated
	 */
	int CERTIFICATE = 6;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SUBJECT = 0;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ISSUER = 1;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__SERIAL_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ROLE = 3;

	/**
	 * The feature id for the '<em><b>Tpm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__TPM_NAME = 4;

	/**
	 * The feature id for the '<em><b>Not Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__NOT_BEFORE = 5;

	/**
	 * The feature id for the '<em><b>Not After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__NOT_AFTER = 6;

	/**
	 * The feature id for the '<em><b>Revoked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__REVOKED = 7;

	/**
	 * The feature id for the '<em><b>Revocation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__REVOCATION_REASON = 8;

	/**
	 * The feature id for the '<em><b>Encoded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ENCODED = 9;

	/**
	 * The number of structural features of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.SnapshotImpl <em>Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.SnapshotImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getSnapshot()
	 * @generated
	 */
	int SNAPSHOT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__TAKEN_AT = 1;

	/**
	 * The feature id for the '<em><b>Taken By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__TAKEN_BY = 2;

	/**
	 * The feature id for the '<em><b>Trail Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__TRAIL_REGISTERS = 3;

	/**
	 * The number of structural features of the '<em>Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.TrailRegisterImpl <em>Trail Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.TrailRegisterImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailRegister()
	 * @generated
	 */
	int TRAIL_REGISTER = 8;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_REGISTER__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Sha1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_REGISTER__SHA1 = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_REGISTER__SHA256 = 2;

	/**
	 * The number of structural features of the '<em>Trail Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_REGISTER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Trail Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_REGISTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.TrailEventImpl <em>Trail Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.TrailEventImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailEvent()
	 * @generated
	 */
	int TRAIL_EVENT = 9;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__SEQUENCE = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__TIME = 1;

	/**
	 * The feature id for the '<em><b>Register</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__REGISTER = 2;

	/**
	 * The feature id for the '<em><b>Event Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__EVENT_TYPE = 3;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__USER = 4;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__DATA = 5;

	/**
	 * The feature id for the '<em><b>Sha1 Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__SHA1_DIGEST = 6;

	/**
	 * The feature id for the '<em><b>Sha256 Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT__SHA256_DIGEST = 7;

	/**
	 * The number of structural features of the '<em>Trail Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Trail Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAIL_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.MigrationSessionImpl <em>Migration Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.MigrationSessionImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationSession()
	 * @generated
	 */
	int MIGRATION_SESSION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION__ID = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION__DESTINATION = 2;

	/**
	 * The feature id for the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION__VM = 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION__STATE = 4;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION__STARTED_AT = 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION__STEPS = 6;

	/**
	 * The number of structural features of the '<em>Migration Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Migration Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.MigrationStepImpl <em>Migration Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.MigrationStepImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationStep()
	 * @generated
	 */
	int MIGRATION_STEP = 11;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP__OUTCOME = 2;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP__STARTED_AT = 3;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP__FINISHED_AT = 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP__EVIDENCE = 5;

	/**
	 * The feature id for the '<em><b>Approval Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP__APPROVAL_REQUIRED = 6;

	/**
	 * The number of structural features of the '<em>Migration Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Migration Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIGRATION_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.AttestationReportImpl <em>Attestation Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.AttestationReportImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getAttestationReport()
	 * @generated
	 */
	int ATTESTATION_REPORT = 12;

	/**
	 * The feature id for the '<em><b>Nonce</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTESTATION_REPORT__NONCE = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTESTATION_REPORT__TIME = 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTESTATION_REPORT__HOST = 2;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTESTATION_REPORT__VERDICT = 3;

	/**
	 * The feature id for the '<em><b>Vm Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTESTATION_REPORT__VM_RESULTS = 4;

	/**
	 * The number of structural features of the '<em>Attestation Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTESTATION_REPORT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Attestation Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTESTATION_REPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.VmAttestationImpl <em>Vm Attestation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.VmAttestationImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVmAttestation()
	 * @generated
	 */
	int VM_ATTESTATION = 13;

	/**
	 * The feature id for the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION__VM = 0;

	/**
	 * The feature id for the '<em><b>Uuid Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION__UUID_HASH = 1;

	/**
	 * The feature id for the '<em><b>Composite Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION__COMPOSITE_DIGEST = 2;

	/**
	 * The feature id for the '<em><b>Pcr Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION__PCR_VALUES = 3;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION__VERDICT = 4;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION__DETAIL = 5;

	/**
	 * The number of structural features of the '<em>Vm Attestation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Vm Attestation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VM_ATTESTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.AuditEntryImpl
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getAuditEntry()
	 * @generated
	 */
	int AUDIT_ENTRY = 14;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TIME = 0;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__USER = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__OUTCOME = 4;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__DETAIL = 5;

	/**
	 * The number of structural features of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.ConnectionState <em>Connection State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.ConnectionState
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getConnectionState()
	 * @generated
	 */
	int CONNECTION_STATE = 15;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.RunState <em>Run State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.RunState
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getRunState()
	 * @generated
	 */
	int RUN_STATE = 16;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.LabelStatus <em>Label Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.LabelStatus
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getLabelStatus()
	 * @generated
	 */
	int LABEL_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.VerificationState <em>Verification State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.VerificationState
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVerificationState()
	 * @generated
	 */
	int VERIFICATION_STATE = 18;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.CertificateRole <em>Certificate Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.CertificateRole
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getCertificateRole()
	 * @generated
	 */
	int CERTIFICATE_ROLE = 19;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.TrailEventType <em>Trail Event Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.TrailEventType
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailEventType()
	 * @generated
	 */
	int TRAIL_EVENT_TYPE = 20;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.MigrationState <em>Migration State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.MigrationState
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationState()
	 * @generated
	 */
	int MIGRATION_STATE = 21;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.StepOutcome <em>Step Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.StepOutcome
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getStepOutcome()
	 * @generated
	 */
	int STEP_OUTCOME = 22;

	/**
	 * The meta object id for the '{@link org.vtpmconsole.model.AuditOutcome <em>Audit Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.AuditOutcome
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getAuditOutcome()
	 * @generated
	 */
	int AUDIT_OUTCOME = 23;

	/**
	 * The meta object id for the '<em>Tpm Alg Id</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTpmAlgId()
	 * @generated
	 */
	int TPM_ALG_ID = 24;

	/**
	 * The meta object id for the '<em>Trail Register Index</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailRegisterIndex()
	 * @generated
	 */
	int TRAIL_REGISTER_INDEX = 25;

	/**
	 * The meta object id for the '<em>Migration Step Number</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationStepNumber()
	 * @generated
	 */
	int MIGRATION_STEP_NUMBER = 26;


	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.Fleet <em>Fleet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fleet</em>'.
	 * @see org.vtpmconsole.model.Fleet
	 * @generated
	 */
	EClass getFleet();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Fleet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vtpmconsole.model.Fleet#getName()
	 * @see #getFleet()
	 * @generated
	 */
	EAttribute getFleet_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.Fleet#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.vtpmconsole.model.Fleet#getHosts()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.Fleet#getAuditLog <em>Audit Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audit Log</em>'.
	 * @see org.vtpmconsole.model.Fleet#getAuditLog()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_AuditLog();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.Fleet#getMigrations <em>Migrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Migrations</em>'.
	 * @see org.vtpmconsole.model.Fleet#getMigrations()
	 * @see #getFleet()
	 * @generated
	 */
	EReference getFleet_Migrations();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.vtpmconsole.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vtpmconsole.model.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Host#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.vtpmconsole.model.Host#getAddress()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Host#getTpmName <em>Tpm Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpm Name</em>'.
	 * @see org.vtpmconsole.model.Host#getTpmName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_TpmName();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Host#getConnectionState <em>Connection State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection State</em>'.
	 * @see org.vtpmconsole.model.Host#getConnectionState()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_ConnectionState();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Host#getLastContact <em>Last Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Contact</em>'.
	 * @see org.vtpmconsole.model.Host#getLastContact()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_LastContact();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Host#getFailureReason <em>Failure Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Reason</em>'.
	 * @see org.vtpmconsole.model.Host#getFailureReason()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_FailureReason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.Host#getCertificates <em>Certificates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certificates</em>'.
	 * @see org.vtpmconsole.model.Host#getCertificates()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Certificates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.Host#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Virtual Machines</em>'.
	 * @see org.vtpmconsole.model.Host#getVirtualMachines()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_VirtualMachines();

	/**
	 * Returns the meta object for the attribute list '{@link org.vtpmconsole.model.Host#getApprovedQemuDigests <em>Approved Qemu Digests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Approved Qemu Digests</em>'.
	 * @see org.vtpmconsole.model.Host#getApprovedQemuDigests()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_ApprovedQemuDigests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.Host#getAttestations <em>Attestations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attestations</em>'.
	 * @see org.vtpmconsole.model.Host#getAttestations()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Attestations();

	/**
	 * Returns the meta object for the containment reference '{@link org.vtpmconsole.model.Host#getRsaLocalCertification <em>Rsa Local Certification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rsa Local Certification</em>'.
	 * @see org.vtpmconsole.model.Host#getRsaLocalCertification()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_RsaLocalCertification();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.KeyCertificationEvidence <em>Key Certification Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Certification Evidence</em>'.
	 * @see org.vtpmconsole.model.KeyCertificationEvidence
	 * @generated
	 */
	EClass getKeyCertificationEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.KeyCertificationEvidence#getPublicArea <em>Public Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Area</em>'.
	 * @see org.vtpmconsole.model.KeyCertificationEvidence#getPublicArea()
	 * @see #getKeyCertificationEvidence()
	 * @generated
	 */
	EAttribute getKeyCertificationEvidence_PublicArea();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.KeyCertificationEvidence#getQualifyingData <em>Qualifying Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qualifying Data</em>'.
	 * @see org.vtpmconsole.model.KeyCertificationEvidence#getQualifyingData()
	 * @see #getKeyCertificationEvidence()
	 * @generated
	 */
	EAttribute getKeyCertificationEvidence_QualifyingData();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.KeyCertificationEvidence#getAttest <em>Attest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attest</em>'.
	 * @see org.vtpmconsole.model.KeyCertificationEvidence#getAttest()
	 * @see #getKeyCertificationEvidence()
	 * @generated
	 */
	EAttribute getKeyCertificationEvidence_Attest();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.KeyCertificationEvidence#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature</em>'.
	 * @see org.vtpmconsole.model.KeyCertificationEvidence#getSignature()
	 * @see #getKeyCertificationEvidence()
	 * @generated
	 */
	EAttribute getKeyCertificationEvidence_Signature();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Machine</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine
	 * @generated
	 */
	EClass getVirtualMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VirtualMachine#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getUuid()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VirtualMachine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getName()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VirtualMachine#getImagePath <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Path</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getImagePath()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_ImagePath();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VirtualMachine#getRunState <em>Run State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run State</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getRunState()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_RunState();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VirtualMachine#getAccelerator <em>Accelerator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accelerator</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getAccelerator()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Accelerator();

	/**
	 * Returns the meta object for the containment reference '{@link org.vtpmconsole.model.VirtualMachine#getVtpm <em>Vtpm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Vtpm</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getVtpm()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Vtpm();

	/**
	 * Returns the meta object for the containment reference '{@link org.vtpmconsole.model.VirtualMachine#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Label</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getLabel()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.VirtualMachine#getSnapshots <em>Snapshots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Snapshots</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getSnapshots()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Snapshots();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.VirtualMachine#getTrail <em>Trail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trail</em>'.
	 * @see org.vtpmconsole.model.VirtualMachine#getTrail()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Trail();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.VTpm <em>VTpm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>VTpm</em>'.
	 * @see org.vtpmconsole.model.VTpm
	 * @generated
	 */
	EClass getVTpm();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VTpm#getStateDirectory <em>State Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Directory</em>'.
	 * @see org.vtpmconsole.model.VTpm#getStateDirectory()
	 * @see #getVTpm()
	 * @generated
	 */
	EAttribute getVTpm_StateDirectory();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VTpm#isRunning <em>Running</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Running</em>'.
	 * @see org.vtpmconsole.model.VTpm#isRunning()
	 * @see #getVTpm()
	 * @generated
	 */
	EAttribute getVTpm_Running();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VTpm#isLost <em>Lost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lost</em>'.
	 * @see org.vtpmconsole.model.VTpm#isLost()
	 * @see #getVTpm()
	 * @generated
	 */
	EAttribute getVTpm_Lost();

	/**
	 * Returns the meta object for the attribute list '{@link org.vtpmconsole.model.VTpm#getPcrBanks <em>Pcr Banks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pcr Banks</em>'.
	 * @see org.vtpmconsole.model.VTpm#getPcrBanks()
	 * @see #getVTpm()
	 * @generated
	 */
	EAttribute getVTpm_PcrBanks();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.Label <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label</em>'.
	 * @see org.vtpmconsole.model.Label
	 * @generated
	 */
	EClass getLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.vtpmconsole.model.Label#getVersion()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.vtpmconsole.model.Label#getStatus()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getNotBefore <em>Not Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Before</em>'.
	 * @see org.vtpmconsole.model.Label#getNotBefore()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_NotBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getNotAfter <em>Not After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not After</em>'.
	 * @see org.vtpmconsole.model.Label#getNotAfter()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_NotAfter();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getSecret <em>Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secret</em>'.
	 * @see org.vtpmconsole.model.Label#getSecret()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Secret();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getDigestAlg <em>Digest Alg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digest Alg</em>'.
	 * @see org.vtpmconsole.model.Label#getDigestAlg()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_DigestAlg();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getUuidHash <em>Uuid Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid Hash</em>'.
	 * @see org.vtpmconsole.model.Label#getUuidHash()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_UuidHash();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getQemuDigest <em>Qemu Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qemu Digest</em>'.
	 * @see org.vtpmconsole.model.Label#getQemuDigest()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_QemuDigest();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see org.vtpmconsole.model.Label#getSignerName()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getRecipientName <em>Recipient Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient Name</em>'.
	 * @see org.vtpmconsole.model.Label#getRecipientName()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_RecipientName();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getSigScheme <em>Sig Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sig Scheme</em>'.
	 * @see org.vtpmconsole.model.Label#getSigScheme()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_SigScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getSigHash <em>Sig Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sig Hash</em>'.
	 * @see org.vtpmconsole.model.Label#getSigHash()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_SigHash();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature</em>'.
	 * @see org.vtpmconsole.model.Label#getSignature()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Signature();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getEncoded <em>Encoded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoded</em>'.
	 * @see org.vtpmconsole.model.Label#getEncoded()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Encoded();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getVerification <em>Verification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification</em>'.
	 * @see org.vtpmconsole.model.Label#getVerification()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Verification();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Label#getVerificationDetail <em>Verification Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Detail</em>'.
	 * @see org.vtpmconsole.model.Label#getVerificationDetail()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_VerificationDetail();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate</em>'.
	 * @see org.vtpmconsole.model.Certificate
	 * @generated
	 */
	EClass getCertificate();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.vtpmconsole.model.Certificate#getSubject()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.vtpmconsole.model.Certificate#getIssuer()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see org.vtpmconsole.model.Certificate#getSerialNumber()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.vtpmconsole.model.Certificate#getRole()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getTpmName <em>Tpm Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpm Name</em>'.
	 * @see org.vtpmconsole.model.Certificate#getTpmName()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_TpmName();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getNotBefore <em>Not Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Before</em>'.
	 * @see org.vtpmconsole.model.Certificate#getNotBefore()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_NotBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getNotAfter <em>Not After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not After</em>'.
	 * @see org.vtpmconsole.model.Certificate#getNotAfter()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_NotAfter();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#isRevoked <em>Revoked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revoked</em>'.
	 * @see org.vtpmconsole.model.Certificate#isRevoked()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Revoked();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getRevocationReason <em>Revocation Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revocation Reason</em>'.
	 * @see org.vtpmconsole.model.Certificate#getRevocationReason()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_RevocationReason();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Certificate#getEncoded <em>Encoded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoded</em>'.
	 * @see org.vtpmconsole.model.Certificate#getEncoded()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Encoded();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.Snapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snapshot</em>'.
	 * @see org.vtpmconsole.model.Snapshot
	 * @generated
	 */
	EClass getSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Snapshot#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vtpmconsole.model.Snapshot#getName()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Snapshot#getTakenAt <em>Taken At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken At</em>'.
	 * @see org.vtpmconsole.model.Snapshot#getTakenAt()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_TakenAt();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.Snapshot#getTakenBy <em>Taken By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken By</em>'.
	 * @see org.vtpmconsole.model.Snapshot#getTakenBy()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_TakenBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.Snapshot#getTrailRegisters <em>Trail Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trail Registers</em>'.
	 * @see org.vtpmconsole.model.Snapshot#getTrailRegisters()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_TrailRegisters();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.TrailRegister <em>Trail Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trail Register</em>'.
	 * @see org.vtpmconsole.model.TrailRegister
	 * @generated
	 */
	EClass getTrailRegister();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailRegister#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.vtpmconsole.model.TrailRegister#getIndex()
	 * @see #getTrailRegister()
	 * @generated
	 */
	EAttribute getTrailRegister_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailRegister#getSha1 <em>Sha1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha1</em>'.
	 * @see org.vtpmconsole.model.TrailRegister#getSha1()
	 * @see #getTrailRegister()
	 * @generated
	 */
	EAttribute getTrailRegister_Sha1();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailRegister#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.vtpmconsole.model.TrailRegister#getSha256()
	 * @see #getTrailRegister()
	 * @generated
	 */
	EAttribute getTrailRegister_Sha256();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.TrailEvent <em>Trail Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trail Event</em>'.
	 * @see org.vtpmconsole.model.TrailEvent
	 * @generated
	 */
	EClass getTrailEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getSequence()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getTime()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getRegister <em>Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Register</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getRegister()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_Register();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getEventType <em>Event Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Type</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getEventType()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_EventType();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getUser()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_User();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getData()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_Data();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getSha1Digest <em>Sha1 Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha1 Digest</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getSha1Digest()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_Sha1Digest();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.TrailEvent#getSha256Digest <em>Sha256 Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256 Digest</em>'.
	 * @see org.vtpmconsole.model.TrailEvent#getSha256Digest()
	 * @see #getTrailEvent()
	 * @generated
	 */
	EAttribute getTrailEvent_Sha256Digest();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.MigrationSession <em>Migration Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration Session</em>'.
	 * @see org.vtpmconsole.model.MigrationSession
	 * @generated
	 */
	EClass getMigrationSession();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationSession#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vtpmconsole.model.MigrationSession#getId()
	 * @see #getMigrationSession()
	 * @generated
	 */
	EAttribute getMigrationSession_Id();

	/**
	 * Returns the meta object for the reference '{@link org.vtpmconsole.model.MigrationSession#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.vtpmconsole.model.MigrationSession#getSource()
	 * @see #getMigrationSession()
	 * @generated
	 */
	EReference getMigrationSession_Source();

	/**
	 * Returns the meta object for the reference '{@link org.vtpmconsole.model.MigrationSession#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see org.vtpmconsole.model.MigrationSession#getDestination()
	 * @see #getMigrationSession()
	 * @generated
	 */
	EReference getMigrationSession_Destination();

	/**
	 * Returns the meta object for the reference '{@link org.vtpmconsole.model.MigrationSession#getVm <em>Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vm</em>'.
	 * @see org.vtpmconsole.model.MigrationSession#getVm()
	 * @see #getMigrationSession()
	 * @generated
	 */
	EReference getMigrationSession_Vm();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationSession#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.vtpmconsole.model.MigrationSession#getState()
	 * @see #getMigrationSession()
	 * @generated
	 */
	EAttribute getMigrationSession_State();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationSession#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.vtpmconsole.model.MigrationSession#getStartedAt()
	 * @see #getMigrationSession()
	 * @generated
	 */
	EAttribute getMigrationSession_StartedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.MigrationSession#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.vtpmconsole.model.MigrationSession#getSteps()
	 * @see #getMigrationSession()
	 * @generated
	 */
	EReference getMigrationSession_Steps();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.MigrationStep <em>Migration Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Migration Step</em>'.
	 * @see org.vtpmconsole.model.MigrationStep
	 * @generated
	 */
	EClass getMigrationStep();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationStep#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.vtpmconsole.model.MigrationStep#getNumber()
	 * @see #getMigrationStep()
	 * @generated
	 */
	EAttribute getMigrationStep_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationStep#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.vtpmconsole.model.MigrationStep#getTitle()
	 * @see #getMigrationStep()
	 * @generated
	 */
	EAttribute getMigrationStep_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationStep#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.vtpmconsole.model.MigrationStep#getOutcome()
	 * @see #getMigrationStep()
	 * @generated
	 */
	EAttribute getMigrationStep_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationStep#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.vtpmconsole.model.MigrationStep#getStartedAt()
	 * @see #getMigrationStep()
	 * @generated
	 */
	EAttribute getMigrationStep_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationStep#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.vtpmconsole.model.MigrationStep#getFinishedAt()
	 * @see #getMigrationStep()
	 * @generated
	 */
	EAttribute getMigrationStep_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationStep#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.vtpmconsole.model.MigrationStep#getEvidence()
	 * @see #getMigrationStep()
	 * @generated
	 */
	EAttribute getMigrationStep_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.MigrationStep#isApprovalRequired <em>Approval Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Required</em>'.
	 * @see org.vtpmconsole.model.MigrationStep#isApprovalRequired()
	 * @see #getMigrationStep()
	 * @generated
	 */
	EAttribute getMigrationStep_ApprovalRequired();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.AttestationReport <em>Attestation Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attestation Report</em>'.
	 * @see org.vtpmconsole.model.AttestationReport
	 * @generated
	 */
	EClass getAttestationReport();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AttestationReport#getNonce <em>Nonce</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nonce</em>'.
	 * @see org.vtpmconsole.model.AttestationReport#getNonce()
	 * @see #getAttestationReport()
	 * @generated
	 */
	EAttribute getAttestationReport_Nonce();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AttestationReport#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.vtpmconsole.model.AttestationReport#getTime()
	 * @see #getAttestationReport()
	 * @generated
	 */
	EAttribute getAttestationReport_Time();

	/**
	 * Returns the meta object for the container reference '{@link org.vtpmconsole.model.AttestationReport#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Host</em>'.
	 * @see org.vtpmconsole.model.AttestationReport#getHost()
	 * @see #getAttestationReport()
	 * @generated
	 */
	EReference getAttestationReport_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AttestationReport#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.vtpmconsole.model.AttestationReport#getVerdict()
	 * @see #getAttestationReport()
	 * @generated
	 */
	EAttribute getAttestationReport_Verdict();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vtpmconsole.model.AttestationReport#getVmResults <em>Vm Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vm Results</em>'.
	 * @see org.vtpmconsole.model.AttestationReport#getVmResults()
	 * @see #getAttestationReport()
	 * @generated
	 */
	EReference getAttestationReport_VmResults();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.VmAttestation <em>Vm Attestation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vm Attestation</em>'.
	 * @see org.vtpmconsole.model.VmAttestation
	 * @generated
	 */
	EClass getVmAttestation();

	/**
	 * Returns the meta object for the reference '{@link org.vtpmconsole.model.VmAttestation#getVm <em>Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vm</em>'.
	 * @see org.vtpmconsole.model.VmAttestation#getVm()
	 * @see #getVmAttestation()
	 * @generated
	 */
	EReference getVmAttestation_Vm();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VmAttestation#getUuidHash <em>Uuid Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid Hash</em>'.
	 * @see org.vtpmconsole.model.VmAttestation#getUuidHash()
	 * @see #getVmAttestation()
	 * @generated
	 */
	EAttribute getVmAttestation_UuidHash();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VmAttestation#getCompositeDigest <em>Composite Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Composite Digest</em>'.
	 * @see org.vtpmconsole.model.VmAttestation#getCompositeDigest()
	 * @see #getVmAttestation()
	 * @generated
	 */
	EAttribute getVmAttestation_CompositeDigest();

	/**
	 * Returns the meta object for the attribute list '{@link org.vtpmconsole.model.VmAttestation#getPcrValues <em>Pcr Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pcr Values</em>'.
	 * @see org.vtpmconsole.model.VmAttestation#getPcrValues()
	 * @see #getVmAttestation()
	 * @generated
	 */
	EAttribute getVmAttestation_PcrValues();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VmAttestation#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.vtpmconsole.model.VmAttestation#getVerdict()
	 * @see #getVmAttestation()
	 * @generated
	 */
	EAttribute getVmAttestation_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.VmAttestation#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.vtpmconsole.model.VmAttestation#getDetail()
	 * @see #getVmAttestation()
	 * @generated
	 */
	EAttribute getVmAttestation_Detail();

	/**
	 * Returns the meta object for class '{@link org.vtpmconsole.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Entry</em>'.
	 * @see org.vtpmconsole.model.AuditEntry
	 * @generated
	 */
	EClass getAuditEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AuditEntry#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.vtpmconsole.model.AuditEntry#getTime()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AuditEntry#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.vtpmconsole.model.AuditEntry#getUser()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_User();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AuditEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.vtpmconsole.model.AuditEntry#getAction()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AuditEntry#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.vtpmconsole.model.AuditEntry#getTarget()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AuditEntry#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.vtpmconsole.model.AuditEntry#getOutcome()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.vtpmconsole.model.AuditEntry#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.vtpmconsole.model.AuditEntry#getDetail()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Detail();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.ConnectionState <em>Connection State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection State</em>'.
	 * @see org.vtpmconsole.model.ConnectionState
	 * @generated
	 */
	EEnum getConnectionState();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.RunState <em>Run State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run State</em>'.
	 * @see org.vtpmconsole.model.RunState
	 * @generated
	 */
	EEnum getRunState();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.LabelStatus <em>Label Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Label Status</em>'.
	 * @see org.vtpmconsole.model.LabelStatus
	 * @generated
	 */
	EEnum getLabelStatus();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.VerificationState <em>Verification State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification State</em>'.
	 * @see org.vtpmconsole.model.VerificationState
	 * @generated
	 */
	EEnum getVerificationState();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.CertificateRole <em>Certificate Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Certificate Role</em>'.
	 * @see org.vtpmconsole.model.CertificateRole
	 * @generated
	 */
	EEnum getCertificateRole();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.TrailEventType <em>Trail Event Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trail Event Type</em>'.
	 * @see org.vtpmconsole.model.TrailEventType
	 * @generated
	 */
	EEnum getTrailEventType();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.MigrationState <em>Migration State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Migration State</em>'.
	 * @see org.vtpmconsole.model.MigrationState
	 * @generated
	 */
	EEnum getMigrationState();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.StepOutcome <em>Step Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Outcome</em>'.
	 * @see org.vtpmconsole.model.StepOutcome
	 * @generated
	 */
	EEnum getStepOutcome();

	/**
	 * Returns the meta object for enum '{@link org.vtpmconsole.model.AuditOutcome <em>Audit Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Audit Outcome</em>'.
	 * @see org.vtpmconsole.model.AuditOutcome
	 * @generated
	 */
	EEnum getAuditOutcome();

	/**
	 * Returns the meta object for data type '<em>Tpm Alg Id</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A TPM_ALG_ID (UINT16), e.g. 0x000B SHA-256, 0x0004 SHA-1, 0x0014 RSASSA.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Tpm Alg Id</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="minInclusive='0' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getTpmAlgId();

	/**
	 * Returns the meta object for data type '<em>Trail Register Index</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Index of a trail register, 24 to 31 (SPEC §8).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Trail Register Index</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="minInclusive='24' maxInclusive='31'"
	 * @generated
	 */
	EDataType getTrailRegisterIndex();

	/**
	 * Returns the meta object for data type '<em>Migration Step Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Number of a secure live migration step, 1 to 20 (SPEC §6).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Migration Step Number</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="minInclusive='1' maxInclusive='20'"
	 * @generated
	 */
	EDataType getMigrationStepNumber();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FleetFactory getFleetFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.FleetImpl <em>Fleet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.FleetImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getFleet()
		 * @generated
		 */
		EClass FLEET = eINSTANCE.getFleet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLEET__NAME = eINSTANCE.getFleet_Name();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__HOSTS = eINSTANCE.getFleet_Hosts();

		/**
		 * The meta object literal for the '<em><b>Audit Log</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__AUDIT_LOG = eINSTANCE.getFleet_AuditLog();

		/**
		 * The meta object literal for the '<em><b>Migrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLEET__MIGRATIONS = eINSTANCE.getFleet_Migrations();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.HostImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ADDRESS = eINSTANCE.getHost_Address();

		/**
		 * The meta object literal for the '<em><b>Tpm Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__TPM_NAME = eINSTANCE.getHost_TpmName();

		/**
		 * The meta object literal for the '<em><b>Connection State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CONNECTION_STATE = eINSTANCE.getHost_ConnectionState();

		/**
		 * The meta object literal for the '<em><b>Last Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LAST_CONTACT = eINSTANCE.getHost_LastContact();

		/**
		 * The meta object literal for the '<em><b>Failure Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__FAILURE_REASON = eINSTANCE.getHost_FailureReason();

		/**
		 * The meta object literal for the '<em><b>Certificates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__CERTIFICATES = eINSTANCE.getHost_Certificates();

		/**
		 * The meta object literal for the '<em><b>Virtual Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__VIRTUAL_MACHINES = eINSTANCE.getHost_VirtualMachines();

		/**
		 * The meta object literal for the '<em><b>Approved Qemu Digests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__APPROVED_QEMU_DIGESTS = eINSTANCE.getHost_ApprovedQemuDigests();

		/**
		 * The meta object literal for the '<em><b>Attestations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__ATTESTATIONS = eINSTANCE.getHost_Attestations();

		/**
		 * The meta object literal for the '<em><b>Rsa Local Certification</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__RSA_LOCAL_CERTIFICATION = eINSTANCE.getHost_RsaLocalCertification();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl <em>Key Certification Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.KeyCertificationEvidenceImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getKeyCertificationEvidence()
		 * @generated
		 */
		EClass KEY_CERTIFICATION_EVIDENCE = eINSTANCE.getKeyCertificationEvidence();

		/**
		 * The meta object literal for the '<em><b>Public Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA = eINSTANCE.getKeyCertificationEvidence_PublicArea();

		/**
		 * The meta object literal for the '<em><b>Qualifying Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA = eINSTANCE.getKeyCertificationEvidence_QualifyingData();

		/**
		 * The meta object literal for the '<em><b>Attest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_CERTIFICATION_EVIDENCE__ATTEST = eINSTANCE.getKeyCertificationEvidence_Attest();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_CERTIFICATION_EVIDENCE__SIGNATURE = eINSTANCE.getKeyCertificationEvidence_Signature();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.VirtualMachineImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVirtualMachine()
		 * @generated
		 */
		EClass VIRTUAL_MACHINE = eINSTANCE.getVirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__UUID = eINSTANCE.getVirtualMachine_Uuid();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__NAME = eINSTANCE.getVirtualMachine_Name();

		/**
		 * The meta object literal for the '<em><b>Image Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__IMAGE_PATH = eINSTANCE.getVirtualMachine_ImagePath();

		/**
		 * The meta object literal for the '<em><b>Run State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__RUN_STATE = eINSTANCE.getVirtualMachine_RunState();

		/**
		 * The meta object literal for the '<em><b>Accelerator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__ACCELERATOR = eINSTANCE.getVirtualMachine_Accelerator();

		/**
		 * The meta object literal for the '<em><b>Vtpm</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__VTPM = eINSTANCE.getVirtualMachine_Vtpm();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__LABEL = eINSTANCE.getVirtualMachine_Label();

		/**
		 * The meta object literal for the '<em><b>Snapshots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__SNAPSHOTS = eINSTANCE.getVirtualMachine_Snapshots();

		/**
		 * The meta object literal for the '<em><b>Trail</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__TRAIL = eINSTANCE.getVirtualMachine_Trail();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.VTpmImpl <em>VTpm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.VTpmImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVTpm()
		 * @generated
		 */
		EClass VTPM = eINSTANCE.getVTpm();

		/**
		 * The meta object literal for the '<em><b>State Directory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VTPM__STATE_DIRECTORY = eINSTANCE.getVTpm_StateDirectory();

		/**
		 * The meta object literal for the '<em><b>Running</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VTPM__RUNNING = eINSTANCE.getVTpm_Running();

		/**
		 * The meta object literal for the '<em><b>Lost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VTPM__LOST = eINSTANCE.getVTpm_Lost();

		/**
		 * The meta object literal for the '<em><b>Pcr Banks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VTPM__PCR_BANKS = eINSTANCE.getVTpm_PcrBanks();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.LabelImpl <em>Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.LabelImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getLabel()
		 * @generated
		 */
		EClass LABEL = eINSTANCE.getLabel();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__VERSION = eINSTANCE.getLabel_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__STATUS = eINSTANCE.getLabel_Status();

		/**
		 * The meta object literal for the '<em><b>Not Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__NOT_BEFORE = eINSTANCE.getLabel_NotBefore();

		/**
		 * The meta object literal for the '<em><b>Not After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__NOT_AFTER = eINSTANCE.getLabel_NotAfter();

		/**
		 * The meta object literal for the '<em><b>Secret</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__SECRET = eINSTANCE.getLabel_Secret();

		/**
		 * The meta object literal for the '<em><b>Digest Alg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__DIGEST_ALG = eINSTANCE.getLabel_DigestAlg();

		/**
		 * The meta object literal for the '<em><b>Uuid Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__UUID_HASH = eINSTANCE.getLabel_UuidHash();

		/**
		 * The meta object literal for the '<em><b>Qemu Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__QEMU_DIGEST = eINSTANCE.getLabel_QemuDigest();

		/**
		 * The meta object literal for the '<em><b>Signer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__SIGNER_NAME = eINSTANCE.getLabel_SignerName();

		/**
		 * The meta object literal for the '<em><b>Recipient Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__RECIPIENT_NAME = eINSTANCE.getLabel_RecipientName();

		/**
		 * The meta object literal for the '<em><b>Sig Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__SIG_SCHEME = eINSTANCE.getLabel_SigScheme();

		/**
		 * The meta object literal for the '<em><b>Sig Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__SIG_HASH = eINSTANCE.getLabel_SigHash();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__SIGNATURE = eINSTANCE.getLabel_Signature();

		/**
		 * The meta object literal for the '<em><b>Encoded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__ENCODED = eINSTANCE.getLabel_Encoded();

		/**
		 * The meta object literal for the '<em><b>Verification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__VERIFICATION = eINSTANCE.getLabel_Verification();

		/**
		 * The meta object literal for the '<em><b>Verification Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__VERIFICATION_DETAIL = eINSTANCE.getLabel_VerificationDetail();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.CertificateImpl <em>Certificate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.CertificateImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getCertificate()
		 * @generated
		 */
		EClass CERTIFICATE = eINSTANCE.getCertificate();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SUBJECT = eINSTANCE.getCertificate_Subject();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__ISSUER = eINSTANCE.getCertificate_Issuer();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__SERIAL_NUMBER = eINSTANCE.getCertificate_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__ROLE = eINSTANCE.getCertificate_Role();

		/**
		 * The meta object literal for the '<em><b>Tpm Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__TPM_NAME = eINSTANCE.getCertificate_TpmName();

		/**
		 * The meta object literal for the '<em><b>Not Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__NOT_BEFORE = eINSTANCE.getCertificate_NotBefore();

		/**
		 * The meta object literal for the '<em><b>Not After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__NOT_AFTER = eINSTANCE.getCertificate_NotAfter();

		/**
		 * The meta object literal for the '<em><b>Revoked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__REVOKED = eINSTANCE.getCertificate_Revoked();

		/**
		 * The meta object literal for the '<em><b>Revocation Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__REVOCATION_REASON = eINSTANCE.getCertificate_RevocationReason();

		/**
		 * The meta object literal for the '<em><b>Encoded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__ENCODED = eINSTANCE.getCertificate_Encoded();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.SnapshotImpl <em>Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.SnapshotImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getSnapshot()
		 * @generated
		 */
		EClass SNAPSHOT = eINSTANCE.getSnapshot();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__NAME = eINSTANCE.getSnapshot_Name();

		/**
		 * The meta object literal for the '<em><b>Taken At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__TAKEN_AT = eINSTANCE.getSnapshot_TakenAt();

		/**
		 * The meta object literal for the '<em><b>Taken By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__TAKEN_BY = eINSTANCE.getSnapshot_TakenBy();

		/**
		 * The meta object literal for the '<em><b>Trail Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__TRAIL_REGISTERS = eINSTANCE.getSnapshot_TrailRegisters();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.TrailRegisterImpl <em>Trail Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.TrailRegisterImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailRegister()
		 * @generated
		 */
		EClass TRAIL_REGISTER = eINSTANCE.getTrailRegister();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_REGISTER__INDEX = eINSTANCE.getTrailRegister_Index();

		/**
		 * The meta object literal for the '<em><b>Sha1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_REGISTER__SHA1 = eINSTANCE.getTrailRegister_Sha1();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_REGISTER__SHA256 = eINSTANCE.getTrailRegister_Sha256();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.TrailEventImpl <em>Trail Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.TrailEventImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailEvent()
		 * @generated
		 */
		EClass TRAIL_EVENT = eINSTANCE.getTrailEvent();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__SEQUENCE = eINSTANCE.getTrailEvent_Sequence();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__TIME = eINSTANCE.getTrailEvent_Time();

		/**
		 * The meta object literal for the '<em><b>Register</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__REGISTER = eINSTANCE.getTrailEvent_Register();

		/**
		 * The meta object literal for the '<em><b>Event Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__EVENT_TYPE = eINSTANCE.getTrailEvent_EventType();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__USER = eINSTANCE.getTrailEvent_User();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__DATA = eINSTANCE.getTrailEvent_Data();

		/**
		 * The meta object literal for the '<em><b>Sha1 Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__SHA1_DIGEST = eINSTANCE.getTrailEvent_Sha1Digest();

		/**
		 * The meta object literal for the '<em><b>Sha256 Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAIL_EVENT__SHA256_DIGEST = eINSTANCE.getTrailEvent_Sha256Digest();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.MigrationSessionImpl <em>Migration Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.MigrationSessionImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationSession()
		 * @generated
		 */
		EClass MIGRATION_SESSION = eINSTANCE.getMigrationSession();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_SESSION__ID = eINSTANCE.getMigrationSession_Id();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MIGRATION_SESSION__SOURCE = eINSTANCE.getMigrationSession_Source();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MIGRATION_SESSION__DESTINATION = eINSTANCE.getMigrationSession_Destination();

		/**
		 * The meta object literal for the '<em><b>Vm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MIGRATION_SESSION__VM = eINSTANCE.getMigrationSession_Vm();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_SESSION__STATE = eINSTANCE.getMigrationSession_State();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_SESSION__STARTED_AT = eINSTANCE.getMigrationSession_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MIGRATION_SESSION__STEPS = eINSTANCE.getMigrationSession_Steps();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.MigrationStepImpl <em>Migration Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.MigrationStepImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationStep()
		 * @generated
		 */
		EClass MIGRATION_STEP = eINSTANCE.getMigrationStep();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_STEP__NUMBER = eINSTANCE.getMigrationStep_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_STEP__TITLE = eINSTANCE.getMigrationStep_Title();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_STEP__OUTCOME = eINSTANCE.getMigrationStep_Outcome();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_STEP__STARTED_AT = eINSTANCE.getMigrationStep_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_STEP__FINISHED_AT = eINSTANCE.getMigrationStep_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_STEP__EVIDENCE = eINSTANCE.getMigrationStep_Evidence();

		/**
		 * The meta object literal for the '<em><b>Approval Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIGRATION_STEP__APPROVAL_REQUIRED = eINSTANCE.getMigrationStep_ApprovalRequired();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.AttestationReportImpl <em>Attestation Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.AttestationReportImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getAttestationReport()
		 * @generated
		 */
		EClass ATTESTATION_REPORT = eINSTANCE.getAttestationReport();

		/**
		 * The meta object literal for the '<em><b>Nonce</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTESTATION_REPORT__NONCE = eINSTANCE.getAttestationReport_Nonce();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTESTATION_REPORT__TIME = eINSTANCE.getAttestationReport_Time();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTESTATION_REPORT__HOST = eINSTANCE.getAttestationReport_Host();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTESTATION_REPORT__VERDICT = eINSTANCE.getAttestationReport_Verdict();

		/**
		 * The meta object literal for the '<em><b>Vm Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTESTATION_REPORT__VM_RESULTS = eINSTANCE.getAttestationReport_VmResults();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.VmAttestationImpl <em>Vm Attestation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.VmAttestationImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVmAttestation()
		 * @generated
		 */
		EClass VM_ATTESTATION = eINSTANCE.getVmAttestation();

		/**
		 * The meta object literal for the '<em><b>Vm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VM_ATTESTATION__VM = eINSTANCE.getVmAttestation_Vm();

		/**
		 * The meta object literal for the '<em><b>Uuid Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_ATTESTATION__UUID_HASH = eINSTANCE.getVmAttestation_UuidHash();

		/**
		 * The meta object literal for the '<em><b>Composite Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_ATTESTATION__COMPOSITE_DIGEST = eINSTANCE.getVmAttestation_CompositeDigest();

		/**
		 * The meta object literal for the '<em><b>Pcr Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_ATTESTATION__PCR_VALUES = eINSTANCE.getVmAttestation_PcrValues();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_ATTESTATION__VERDICT = eINSTANCE.getVmAttestation_Verdict();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VM_ATTESTATION__DETAIL = eINSTANCE.getVmAttestation_Detail();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.AuditEntryImpl
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getAuditEntry()
		 * @generated
		 */
		EClass AUDIT_ENTRY = eINSTANCE.getAuditEntry();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TIME = eINSTANCE.getAuditEntry_Time();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__USER = eINSTANCE.getAuditEntry_User();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ACTION = eINSTANCE.getAuditEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TARGET = eINSTANCE.getAuditEntry_Target();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__OUTCOME = eINSTANCE.getAuditEntry_Outcome();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__DETAIL = eINSTANCE.getAuditEntry_Detail();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.ConnectionState <em>Connection State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.ConnectionState
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getConnectionState()
		 * @generated
		 */
		EEnum CONNECTION_STATE = eINSTANCE.getConnectionState();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.RunState <em>Run State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.RunState
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getRunState()
		 * @generated
		 */
		EEnum RUN_STATE = eINSTANCE.getRunState();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.LabelStatus <em>Label Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.LabelStatus
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getLabelStatus()
		 * @generated
		 */
		EEnum LABEL_STATUS = eINSTANCE.getLabelStatus();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.VerificationState <em>Verification State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.VerificationState
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getVerificationState()
		 * @generated
		 */
		EEnum VERIFICATION_STATE = eINSTANCE.getVerificationState();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.CertificateRole <em>Certificate Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.CertificateRole
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getCertificateRole()
		 * @generated
		 */
		EEnum CERTIFICATE_ROLE = eINSTANCE.getCertificateRole();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.TrailEventType <em>Trail Event Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.TrailEventType
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailEventType()
		 * @generated
		 */
		EEnum TRAIL_EVENT_TYPE = eINSTANCE.getTrailEventType();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.MigrationState <em>Migration State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.MigrationState
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationState()
		 * @generated
		 */
		EEnum MIGRATION_STATE = eINSTANCE.getMigrationState();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.StepOutcome <em>Step Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.StepOutcome
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getStepOutcome()
		 * @generated
		 */
		EEnum STEP_OUTCOME = eINSTANCE.getStepOutcome();

		/**
		 * The meta object literal for the '{@link org.vtpmconsole.model.AuditOutcome <em>Audit Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.AuditOutcome
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getAuditOutcome()
		 * @generated
		 */
		EEnum AUDIT_OUTCOME = eINSTANCE.getAuditOutcome();

		/**
		 * The meta object literal for the '<em>Tpm Alg Id</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTpmAlgId()
		 * @generated
		 */
		EDataType TPM_ALG_ID = eINSTANCE.getTpmAlgId();

		/**
		 * The meta object literal for the '<em>Trail Register Index</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getTrailRegisterIndex()
		 * @generated
		 */
		EDataType TRAIL_REGISTER_INDEX = eINSTANCE.getTrailRegisterIndex();

		/**
		 * The meta object literal for the '<em>Migration Step Number</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vtpmconsole.model.impl.FleetPackageImpl#getMigrationStepNumber()
		 * @generated
		 */
		EDataType MIGRATION_STEP_NUMBER = eINSTANCE.getMigrationStepNumber();

	}

} //FleetPackage
