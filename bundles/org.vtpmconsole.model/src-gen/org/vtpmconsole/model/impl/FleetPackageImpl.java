/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.vtpmconsole.model.AttestationReport;
import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.CertificateRole;
import org.vtpmconsole.model.ConnectionState;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.FleetPackage;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.KeyCertificationEvidence;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.LabelStatus;
import org.vtpmconsole.model.MigrationSession;
import org.vtpmconsole.model.MigrationState;
import org.vtpmconsole.model.MigrationStep;
import org.vtpmconsole.model.RunState;
import org.vtpmconsole.model.Snapshot;
import org.vtpmconsole.model.StepOutcome;
import org.vtpmconsole.model.TrailEvent;
import org.vtpmconsole.model.TrailEventType;
import org.vtpmconsole.model.TrailRegister;
import org.vtpmconsole.model.VTpm;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.model.VmAttestation;

import org.vtpmconsole.model.util.FleetValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FleetPackageImpl extends EPackageImpl implements FleetPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fleetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyCertificationEvidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualMachineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vTpmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass certificateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trailRegisterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trailEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass migrationStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attestationReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vmAttestationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auditEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum labelStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verificationStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum certificateRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trailEventTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum migrationStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum auditOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType tpmAlgIdEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType trailRegisterIndexEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType migrationStepNumberEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.vtpmconsole.model.FleetPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FleetPackageImpl() {
		super(eNS_URI, FleetFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FleetPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FleetPackage init() {
		if (isInited) return (FleetPackage)EPackage.Registry.INSTANCE.getEPackage(FleetPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFleetPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FleetPackageImpl theFleetPackage = registeredFleetPackage instanceof FleetPackageImpl ? (FleetPackageImpl)registeredFleetPackage : new FleetPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFleetPackage.createPackageContents();

		// Initialize created meta-data
		theFleetPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theFleetPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return FleetValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theFleetPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FleetPackage.eNS_URI, theFleetPackage);
		return theFleetPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFleet() {
		return fleetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFleet_Name() {
		return (EAttribute)fleetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFleet_Hosts() {
		return (EReference)fleetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFleet_AuditLog() {
		return (EReference)fleetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFleet_Migrations() {
		return (EReference)fleetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Name() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Address() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_TpmName() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_ConnectionState() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_LastContact() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_FailureReason() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Certificates() {
		return (EReference)hostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_VirtualMachines() {
		return (EReference)hostEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_ApprovedQemuDigests() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Attestations() {
		return (EReference)hostEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_RsaLocalCertification() {
		return (EReference)hostEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyCertificationEvidence() {
		return keyCertificationEvidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyCertificationEvidence_PublicArea() {
		return (EAttribute)keyCertificationEvidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyCertificationEvidence_QualifyingData() {
		return (EAttribute)keyCertificationEvidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyCertificationEvidence_Attest() {
		return (EAttribute)keyCertificationEvidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyCertificationEvidence_Signature() {
		return (EAttribute)keyCertificationEvidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualMachine() {
		return virtualMachineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Uuid() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Name() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_ImagePath() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_RunState() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Accelerator() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Vtpm() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Label() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Snapshots() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Trail() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVTpm() {
		return vTpmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVTpm_StateDirectory() {
		return (EAttribute)vTpmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVTpm_Running() {
		return (EAttribute)vTpmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVTpm_Lost() {
		return (EAttribute)vTpmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVTpm_PcrBanks() {
		return (EAttribute)vTpmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabel() {
		return labelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_Version() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_Status() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_NotBefore() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_NotAfter() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_Secret() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_DigestAlg() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_UuidHash() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_QemuDigest() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_SignerName() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_RecipientName() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_SigScheme() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_SigHash() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_Signature() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_Encoded() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_Verification() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabel_VerificationDetail() {
		return (EAttribute)labelEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCertificate() {
		return certificateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Subject() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Issuer() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_SerialNumber() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Role() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_TpmName() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_NotBefore() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_NotAfter() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Revoked() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_RevocationReason() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Encoded() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnapshot() {
		return snapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_Name() {
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_TakenAt() {
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_TakenBy() {
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_TrailRegisters() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrailRegister() {
		return trailRegisterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailRegister_Index() {
		return (EAttribute)trailRegisterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailRegister_Sha1() {
		return (EAttribute)trailRegisterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailRegister_Sha256() {
		return (EAttribute)trailRegisterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrailEvent() {
		return trailEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_Sequence() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_Time() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_Register() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_EventType() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_User() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_Data() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_Sha1Digest() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailEvent_Sha256Digest() {
		return (EAttribute)trailEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigrationSession() {
		return migrationSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationSession_Id() {
		return (EAttribute)migrationSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMigrationSession_Source() {
		return (EReference)migrationSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMigrationSession_Destination() {
		return (EReference)migrationSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMigrationSession_Vm() {
		return (EReference)migrationSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationSession_State() {
		return (EAttribute)migrationSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationSession_StartedAt() {
		return (EAttribute)migrationSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMigrationSession_Steps() {
		return (EReference)migrationSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMigrationStep() {
		return migrationStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationStep_Number() {
		return (EAttribute)migrationStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationStep_Title() {
		return (EAttribute)migrationStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationStep_Outcome() {
		return (EAttribute)migrationStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationStep_StartedAt() {
		return (EAttribute)migrationStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationStep_FinishedAt() {
		return (EAttribute)migrationStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationStep_Evidence() {
		return (EAttribute)migrationStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMigrationStep_ApprovalRequired() {
		return (EAttribute)migrationStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttestationReport() {
		return attestationReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttestationReport_Nonce() {
		return (EAttribute)attestationReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttestationReport_Time() {
		return (EAttribute)attestationReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttestationReport_Host() {
		return (EReference)attestationReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttestationReport_Verdict() {
		return (EAttribute)attestationReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttestationReport_VmResults() {
		return (EReference)attestationReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVmAttestation() {
		return vmAttestationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmAttestation_Vm() {
		return (EReference)vmAttestationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmAttestation_UuidHash() {
		return (EAttribute)vmAttestationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmAttestation_CompositeDigest() {
		return (EAttribute)vmAttestationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmAttestation_PcrValues() {
		return (EAttribute)vmAttestationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmAttestation_Verdict() {
		return (EAttribute)vmAttestationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmAttestation_Detail() {
		return (EAttribute)vmAttestationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuditEntry() {
		return auditEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_Time() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_User() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_Action() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_Target() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_Outcome() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditEntry_Detail() {
		return (EAttribute)auditEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionState() {
		return connectionStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunState() {
		return runStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLabelStatus() {
		return labelStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerificationState() {
		return verificationStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCertificateRole() {
		return certificateRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrailEventType() {
		return trailEventTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMigrationState() {
		return migrationStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepOutcome() {
		return stepOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuditOutcome() {
		return auditOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTpmAlgId() {
		return tpmAlgIdEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTrailRegisterIndex() {
		return trailRegisterIndexEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMigrationStepNumber() {
		return migrationStepNumberEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FleetFactory getFleetFactory() {
		return (FleetFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		fleetEClass = createEClass(FLEET);
		createEAttribute(fleetEClass, FLEET__NAME);
		createEReference(fleetEClass, FLEET__HOSTS);
		createEReference(fleetEClass, FLEET__AUDIT_LOG);
		createEReference(fleetEClass, FLEET__MIGRATIONS);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__NAME);
		createEAttribute(hostEClass, HOST__ADDRESS);
		createEAttribute(hostEClass, HOST__TPM_NAME);
		createEAttribute(hostEClass, HOST__CONNECTION_STATE);
		createEAttribute(hostEClass, HOST__LAST_CONTACT);
		createEAttribute(hostEClass, HOST__FAILURE_REASON);
		createEReference(hostEClass, HOST__CERTIFICATES);
		createEReference(hostEClass, HOST__VIRTUAL_MACHINES);
		createEAttribute(hostEClass, HOST__APPROVED_QEMU_DIGESTS);
		createEReference(hostEClass, HOST__ATTESTATIONS);
		createEReference(hostEClass, HOST__RSA_LOCAL_CERTIFICATION);

		keyCertificationEvidenceEClass = createEClass(KEY_CERTIFICATION_EVIDENCE);
		createEAttribute(keyCertificationEvidenceEClass, KEY_CERTIFICATION_EVIDENCE__PUBLIC_AREA);
		createEAttribute(keyCertificationEvidenceEClass, KEY_CERTIFICATION_EVIDENCE__QUALIFYING_DATA);
		createEAttribute(keyCertificationEvidenceEClass, KEY_CERTIFICATION_EVIDENCE__ATTEST);
		createEAttribute(keyCertificationEvidenceEClass, KEY_CERTIFICATION_EVIDENCE__SIGNATURE);

		virtualMachineEClass = createEClass(VIRTUAL_MACHINE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__UUID);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__NAME);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__IMAGE_PATH);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__RUN_STATE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__ACCELERATOR);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__VTPM);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__LABEL);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__SNAPSHOTS);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__TRAIL);

		vTpmEClass = createEClass(VTPM);
		createEAttribute(vTpmEClass, VTPM__STATE_DIRECTORY);
		createEAttribute(vTpmEClass, VTPM__RUNNING);
		createEAttribute(vTpmEClass, VTPM__LOST);
		createEAttribute(vTpmEClass, VTPM__PCR_BANKS);

		labelEClass = createEClass(LABEL);
		createEAttribute(labelEClass, LABEL__VERSION);
		createEAttribute(labelEClass, LABEL__STATUS);
		createEAttribute(labelEClass, LABEL__NOT_BEFORE);
		createEAttribute(labelEClass, LABEL__NOT_AFTER);
		createEAttribute(labelEClass, LABEL__SECRET);
		createEAttribute(labelEClass, LABEL__DIGEST_ALG);
		createEAttribute(labelEClass, LABEL__UUID_HASH);
		createEAttribute(labelEClass, LABEL__QEMU_DIGEST);
		createEAttribute(labelEClass, LABEL__SIGNER_NAME);
		createEAttribute(labelEClass, LABEL__RECIPIENT_NAME);
		createEAttribute(labelEClass, LABEL__SIG_SCHEME);
		createEAttribute(labelEClass, LABEL__SIG_HASH);
		createEAttribute(labelEClass, LABEL__SIGNATURE);
		createEAttribute(labelEClass, LABEL__ENCODED);
		createEAttribute(labelEClass, LABEL__VERIFICATION);
		createEAttribute(labelEClass, LABEL__VERIFICATION_DETAIL);

		certificateEClass = createEClass(CERTIFICATE);
		createEAttribute(certificateEClass, CERTIFICATE__SUBJECT);
		createEAttribute(certificateEClass, CERTIFICATE__ISSUER);
		createEAttribute(certificateEClass, CERTIFICATE__SERIAL_NUMBER);
		createEAttribute(certificateEClass, CERTIFICATE__ROLE);
		createEAttribute(certificateEClass, CERTIFICATE__TPM_NAME);
		createEAttribute(certificateEClass, CERTIFICATE__NOT_BEFORE);
		createEAttribute(certificateEClass, CERTIFICATE__NOT_AFTER);
		createEAttribute(certificateEClass, CERTIFICATE__REVOKED);
		createEAttribute(certificateEClass, CERTIFICATE__REVOCATION_REASON);
		createEAttribute(certificateEClass, CERTIFICATE__ENCODED);

		snapshotEClass = createEClass(SNAPSHOT);
		createEAttribute(snapshotEClass, SNAPSHOT__NAME);
		createEAttribute(snapshotEClass, SNAPSHOT__TAKEN_AT);
		createEAttribute(snapshotEClass, SNAPSHOT__TAKEN_BY);
		createEReference(snapshotEClass, SNAPSHOT__TRAIL_REGISTERS);

		trailRegisterEClass = createEClass(TRAIL_REGISTER);
		createEAttribute(trailRegisterEClass, TRAIL_REGISTER__INDEX);
		createEAttribute(trailRegisterEClass, TRAIL_REGISTER__SHA1);
		createEAttribute(trailRegisterEClass, TRAIL_REGISTER__SHA256);

		trailEventEClass = createEClass(TRAIL_EVENT);
		createEAttribute(trailEventEClass, TRAIL_EVENT__SEQUENCE);
		createEAttribute(trailEventEClass, TRAIL_EVENT__TIME);
		createEAttribute(trailEventEClass, TRAIL_EVENT__REGISTER);
		createEAttribute(trailEventEClass, TRAIL_EVENT__EVENT_TYPE);
		createEAttribute(trailEventEClass, TRAIL_EVENT__USER);
		createEAttribute(trailEventEClass, TRAIL_EVENT__DATA);
		createEAttribute(trailEventEClass, TRAIL_EVENT__SHA1_DIGEST);
		createEAttribute(trailEventEClass, TRAIL_EVENT__SHA256_DIGEST);

		migrationSessionEClass = createEClass(MIGRATION_SESSION);
		createEAttribute(migrationSessionEClass, MIGRATION_SESSION__ID);
		createEReference(migrationSessionEClass, MIGRATION_SESSION__SOURCE);
		createEReference(migrationSessionEClass, MIGRATION_SESSION__DESTINATION);
		createEReference(migrationSessionEClass, MIGRATION_SESSION__VM);
		createEAttribute(migrationSessionEClass, MIGRATION_SESSION__STATE);
		createEAttribute(migrationSessionEClass, MIGRATION_SESSION__STARTED_AT);
		createEReference(migrationSessionEClass, MIGRATION_SESSION__STEPS);

		migrationStepEClass = createEClass(MIGRATION_STEP);
		createEAttribute(migrationStepEClass, MIGRATION_STEP__NUMBER);
		createEAttribute(migrationStepEClass, MIGRATION_STEP__TITLE);
		createEAttribute(migrationStepEClass, MIGRATION_STEP__OUTCOME);
		createEAttribute(migrationStepEClass, MIGRATION_STEP__STARTED_AT);
		createEAttribute(migrationStepEClass, MIGRATION_STEP__FINISHED_AT);
		createEAttribute(migrationStepEClass, MIGRATION_STEP__EVIDENCE);
		createEAttribute(migrationStepEClass, MIGRATION_STEP__APPROVAL_REQUIRED);

		attestationReportEClass = createEClass(ATTESTATION_REPORT);
		createEAttribute(attestationReportEClass, ATTESTATION_REPORT__NONCE);
		createEAttribute(attestationReportEClass, ATTESTATION_REPORT__TIME);
		createEReference(attestationReportEClass, ATTESTATION_REPORT__HOST);
		createEAttribute(attestationReportEClass, ATTESTATION_REPORT__VERDICT);
		createEReference(attestationReportEClass, ATTESTATION_REPORT__VM_RESULTS);

		vmAttestationEClass = createEClass(VM_ATTESTATION);
		createEReference(vmAttestationEClass, VM_ATTESTATION__VM);
		createEAttribute(vmAttestationEClass, VM_ATTESTATION__UUID_HASH);
		createEAttribute(vmAttestationEClass, VM_ATTESTATION__COMPOSITE_DIGEST);
		createEAttribute(vmAttestationEClass, VM_ATTESTATION__PCR_VALUES);
		createEAttribute(vmAttestationEClass, VM_ATTESTATION__VERDICT);
		createEAttribute(vmAttestationEClass, VM_ATTESTATION__DETAIL);

		auditEntryEClass = createEClass(AUDIT_ENTRY);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__TIME);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__USER);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__ACTION);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__TARGET);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__OUTCOME);
		createEAttribute(auditEntryEClass, AUDIT_ENTRY__DETAIL);

		// Create enums
		connectionStateEEnum = createEEnum(CONNECTION_STATE);
		runStateEEnum = createEEnum(RUN_STATE);
		labelStatusEEnum = createEEnum(LABEL_STATUS);
		verificationStateEEnum = createEEnum(VERIFICATION_STATE);
		certificateRoleEEnum = createEEnum(CERTIFICATE_ROLE);
		trailEventTypeEEnum = createEEnum(TRAIL_EVENT_TYPE);
		migrationStateEEnum = createEEnum(MIGRATION_STATE);
		stepOutcomeEEnum = createEEnum(STEP_OUTCOME);
		auditOutcomeEEnum = createEEnum(AUDIT_OUTCOME);

		// Create data types
		tpmAlgIdEDataType = createEDataType(TPM_ALG_ID);
		trailRegisterIndexEDataType = createEDataType(TRAIL_REGISTER_INDEX);
		migrationStepNumberEDataType = createEDataType(MIGRATION_STEP_NUMBER);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(fleetEClass, Fleet.class, "Fleet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFleet_Name(), ecorePackage.getEString(), "name", null, 0, 1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFleet_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFleet_AuditLog(), this.getAuditEntry(), null, "auditLog", null, 0, -1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFleet_Migrations(), this.getMigrationSession(), null, "migrations", null, 0, -1, Fleet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getHost_Name(), ecorePackage.getEString(), "name", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHost_Address(), ecorePackage.getEString(), "address", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHost_TpmName(), ecorePackage.getEString(), "tpmName", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHost_ConnectionState(), this.getConnectionState(), "connectionState", "UNKNOWN", 0, 1, Host.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHost_LastContact(), ecorePackage.getEDate(), "lastContact", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHost_FailureReason(), ecorePackage.getEString(), "failureReason", null, 0, 1, Host.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getHost_Certificates(), this.getCertificate(), null, "certificates", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getHost_VirtualMachines(), this.getVirtualMachine(), null, "virtualMachines", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHost_ApprovedQemuDigests(), ecorePackage.getEString(), "approvedQemuDigests", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getHost_Attestations(), this.getAttestationReport(), this.getAttestationReport_Host(), "attestations", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getHost_RsaLocalCertification(), this.getKeyCertificationEvidence(), null, "rsaLocalCertification", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(keyCertificationEvidenceEClass, KeyCertificationEvidence.class, "KeyCertificationEvidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKeyCertificationEvidence_PublicArea(), ecorePackage.getEByteArray(), "publicArea", null, 0, 1, KeyCertificationEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKeyCertificationEvidence_QualifyingData(), ecorePackage.getEByteArray(), "qualifyingData", null, 0, 1, KeyCertificationEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKeyCertificationEvidence_Attest(), ecorePackage.getEByteArray(), "attest", null, 0, 1, KeyCertificationEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKeyCertificationEvidence_Signature(), ecorePackage.getEByteArray(), "signature", null, 0, 1, KeyCertificationEvidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(virtualMachineEClass, VirtualMachine.class, "VirtualMachine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getVirtualMachine_Uuid(), ecorePackage.getEString(), "uuid", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVirtualMachine_Name(), ecorePackage.getEString(), "name", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVirtualMachine_ImagePath(), ecorePackage.getEString(), "imagePath", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVirtualMachine_RunState(), this.getRunState(), "runState", "UNKNOWN", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getVirtualMachine_Accelerator(), ecorePackage.getEString(), "accelerator", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVirtualMachine_Vtpm(), this.getVTpm(), null, "vtpm", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVirtualMachine_Label(), this.getLabel(), null, "label", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVirtualMachine_Snapshots(), this.getSnapshot(), null, "snapshots", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVirtualMachine_Trail(), this.getTrailEvent(), null, "trail", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(vTpmEClass, VTpm.class, "VTpm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getVTpm_StateDirectory(), ecorePackage.getEString(), "stateDirectory", null, 0, 1, VTpm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVTpm_Running(), ecorePackage.getEBoolean(), "running", null, 0, 1, VTpm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVTpm_Lost(), ecorePackage.getEBoolean(), "lost", null, 0, 1, VTpm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVTpm_PcrBanks(), ecorePackage.getEString(), "pcrBanks", null, 0, -1, VTpm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(labelEClass, Label.class, "Label", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLabel_Version(), ecorePackage.getEInt(), "version", "1", 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLabel_Status(), this.getLabelStatus(), "status", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_NotBefore(), ecorePackage.getEDate(), "notBefore", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_NotAfter(), ecorePackage.getEDate(), "notAfter", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_Secret(), ecorePackage.getEByteArray(), "secret", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_DigestAlg(), this.getTpmAlgId(), "digestAlg", "11", 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLabel_UuidHash(), ecorePackage.getEByteArray(), "uuidHash", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_QemuDigest(), ecorePackage.getEByteArray(), "qemuDigest", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_SignerName(), ecorePackage.getEByteArray(), "signerName", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_RecipientName(), ecorePackage.getEByteArray(), "recipientName", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_SigScheme(), this.getTpmAlgId(), "sigScheme", "20", 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLabel_SigHash(), this.getTpmAlgId(), "sigHash", "11", 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLabel_Signature(), ecorePackage.getEByteArray(), "signature", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_Encoded(), ecorePackage.getEByteArray(), "encoded", null, 0, 1, Label.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_Verification(), this.getVerificationState(), "verification", null, 0, 1, Label.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLabel_VerificationDetail(), ecorePackage.getEString(), "verificationDetail", null, 0, 1, Label.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(certificateEClass, Certificate.class, "Certificate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCertificate_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_SerialNumber(), ecorePackage.getEString(), "serialNumber", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_Role(), this.getCertificateRole(), "role", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_TpmName(), ecorePackage.getEByteArray(), "tpmName", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_NotBefore(), ecorePackage.getEDate(), "notBefore", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_NotAfter(), ecorePackage.getEDate(), "notAfter", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_Revoked(), ecorePackage.getEBoolean(), "revoked", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_RevocationReason(), ecorePackage.getEString(), "revocationReason", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCertificate_Encoded(), ecorePackage.getEByteArray(), "encoded", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(snapshotEClass, Snapshot.class, "Snapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSnapshot_Name(), ecorePackage.getEString(), "name", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSnapshot_TakenAt(), ecorePackage.getEDate(), "takenAt", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSnapshot_TakenBy(), ecorePackage.getEString(), "takenBy", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSnapshot_TrailRegisters(), this.getTrailRegister(), null, "trailRegisters", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(trailRegisterEClass, TrailRegister.class, "TrailRegister", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTrailRegister_Index(), this.getTrailRegisterIndex(), "index", "24", 0, 1, TrailRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getTrailRegister_Sha1(), ecorePackage.getEByteArray(), "sha1", null, 0, 1, TrailRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrailRegister_Sha256(), ecorePackage.getEByteArray(), "sha256", null, 0, 1, TrailRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(trailEventEClass, TrailEvent.class, "TrailEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTrailEvent_Sequence(), ecorePackage.getELong(), "sequence", null, 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrailEvent_Time(), ecorePackage.getEDate(), "time", null, 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrailEvent_Register(), this.getTrailRegisterIndex(), "register", "24", 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getTrailEvent_EventType(), this.getTrailEventType(), "eventType", null, 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrailEvent_User(), ecorePackage.getEString(), "user", null, 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrailEvent_Data(), ecorePackage.getEByteArray(), "data", null, 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrailEvent_Sha1Digest(), ecorePackage.getEByteArray(), "sha1Digest", null, 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrailEvent_Sha256Digest(), ecorePackage.getEByteArray(), "sha256Digest", null, 0, 1, TrailEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(migrationSessionEClass, MigrationSession.class, "MigrationSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMigrationSession_Id(), ecorePackage.getEString(), "id", null, 0, 1, MigrationSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMigrationSession_Source(), this.getHost(), null, "source", null, 0, 1, MigrationSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMigrationSession_Destination(), this.getHost(), null, "destination", null, 0, 1, MigrationSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMigrationSession_Vm(), this.getVirtualMachine(), null, "vm", null, 0, 1, MigrationSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMigrationSession_State(), this.getMigrationState(), "state", null, 0, 1, MigrationSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMigrationSession_StartedAt(), ecorePackage.getEDate(), "startedAt", null, 0, 1, MigrationSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMigrationSession_Steps(), this.getMigrationStep(), null, "steps", null, 0, -1, MigrationSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(migrationStepEClass, MigrationStep.class, "MigrationStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMigrationStep_Number(), this.getMigrationStepNumber(), "number", "1", 0, 1, MigrationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getMigrationStep_Title(), ecorePackage.getEString(), "title", null, 0, 1, MigrationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMigrationStep_Outcome(), this.getStepOutcome(), "outcome", null, 0, 1, MigrationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMigrationStep_StartedAt(), ecorePackage.getEDate(), "startedAt", null, 0, 1, MigrationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMigrationStep_FinishedAt(), ecorePackage.getEDate(), "finishedAt", null, 0, 1, MigrationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMigrationStep_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, MigrationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMigrationStep_ApprovalRequired(), ecorePackage.getEBoolean(), "approvalRequired", null, 0, 1, MigrationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(attestationReportEClass, AttestationReport.class, "AttestationReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAttestationReport_Nonce(), ecorePackage.getEByteArray(), "nonce", null, 0, 1, AttestationReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttestationReport_Time(), ecorePackage.getEDate(), "time", null, 0, 1, AttestationReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAttestationReport_Host(), this.getHost(), this.getHost_Attestations(), "host", null, 0, 1, AttestationReport.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttestationReport_Verdict(), this.getVerificationState(), "verdict", null, 0, 1, AttestationReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAttestationReport_VmResults(), this.getVmAttestation(), null, "vmResults", null, 0, -1, AttestationReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(vmAttestationEClass, VmAttestation.class, "VmAttestation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getVmAttestation_Vm(), this.getVirtualMachine(), null, "vm", null, 0, 1, VmAttestation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVmAttestation_UuidHash(), ecorePackage.getEByteArray(), "uuidHash", null, 0, 1, VmAttestation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVmAttestation_CompositeDigest(), ecorePackage.getEByteArray(), "compositeDigest", null, 0, 1, VmAttestation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVmAttestation_PcrValues(), ecorePackage.getEString(), "pcrValues", null, 0, -1, VmAttestation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVmAttestation_Verdict(), this.getVerificationState(), "verdict", null, 0, 1, VmAttestation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVmAttestation_Detail(), ecorePackage.getEString(), "detail", null, 0, 1, VmAttestation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(auditEntryEClass, AuditEntry.class, "AuditEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAuditEntry_Time(), ecorePackage.getEDate(), "time", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAuditEntry_User(), ecorePackage.getEString(), "user", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAuditEntry_Action(), ecorePackage.getEString(), "action", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAuditEntry_Target(), ecorePackage.getEString(), "target", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAuditEntry_Outcome(), this.getAuditOutcome(), "outcome", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAuditEntry_Detail(), ecorePackage.getEString(), "detail", null, 0, 1, AuditEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(connectionStateEEnum, ConnectionState.class, "ConnectionState"); //$NON-NLS-1$
		addEEnumLiteral(connectionStateEEnum, ConnectionState.UNKNOWN);
		addEEnumLiteral(connectionStateEEnum, ConnectionState.CONNECTED);
		addEEnumLiteral(connectionStateEEnum, ConnectionState.STALE);
		addEEnumLiteral(connectionStateEEnum, ConnectionState.FAILED);

		initEEnum(runStateEEnum, RunState.class, "RunState"); //$NON-NLS-1$
		addEEnumLiteral(runStateEEnum, RunState.STOPPED);
		addEEnumLiteral(runStateEEnum, RunState.RUNNING);
		addEEnumLiteral(runStateEEnum, RunState.PAUSED);
		addEEnumLiteral(runStateEEnum, RunState.MIGRATING);
		addEEnumLiteral(runStateEEnum, RunState.UNKNOWN);

		initEEnum(labelStatusEEnum, LabelStatus.class, "LabelStatus"); //$NON-NLS-1$
		addEEnumLiteral(labelStatusEEnum, LabelStatus.LOCAL);
		addEEnumLiteral(labelStatusEEnum, LabelStatus.MIGRATING);

		initEEnum(verificationStateEEnum, VerificationState.class, "VerificationState"); //$NON-NLS-1$
		addEEnumLiteral(verificationStateEEnum, VerificationState.UNVERIFIED);
		addEEnumLiteral(verificationStateEEnum, VerificationState.VALID);
		addEEnumLiteral(verificationStateEEnum, VerificationState.INVALID);
		addEEnumLiteral(verificationStateEEnum, VerificationState.EXPIRING);

		initEEnum(certificateRoleEEnum, CertificateRole.class, "CertificateRole"); //$NON-NLS-1$
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.RSA_MIG);
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.AIK);
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.VMEK);
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.TLS_SERVER);
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.ADMIN);
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.APPROVER);
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.AUDITOR);
		addEEnumLiteral(certificateRoleEEnum, CertificateRole.ROOT);

		initEEnum(trailEventTypeEEnum, TrailEventType.class, "TrailEventType"); //$NON-NLS-1$
		addEEnumLiteral(trailEventTypeEEnum, TrailEventType.SNAPSHOT);
		addEEnumLiteral(trailEventTypeEEnum, TrailEventType.ROLLBACK);
		addEEnumLiteral(trailEventTypeEEnum, TrailEventType.APPLICATION);

		initEEnum(migrationStateEEnum, MigrationState.class, "MigrationState"); //$NON-NLS-1$
		addEEnumLiteral(migrationStateEEnum, MigrationState.PREPARED);
		addEEnumLiteral(migrationStateEEnum, MigrationState.AWAITING_APPROVAL);
		addEEnumLiteral(migrationStateEEnum, MigrationState.RUNNING);
		addEEnumLiteral(migrationStateEEnum, MigrationState.COMPLETED);
		addEEnumLiteral(migrationStateEEnum, MigrationState.ABORTED);
		addEEnumLiteral(migrationStateEEnum, MigrationState.FAILED);

		initEEnum(stepOutcomeEEnum, StepOutcome.class, "StepOutcome"); //$NON-NLS-1$
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.PENDING);
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.RUNNING);
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.SUCCEEDED);
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.FAILED);
		addEEnumLiteral(stepOutcomeEEnum, StepOutcome.SKIPPED);

		initEEnum(auditOutcomeEEnum, AuditOutcome.class, "AuditOutcome"); //$NON-NLS-1$
		addEEnumLiteral(auditOutcomeEEnum, AuditOutcome.SUCCESS);
		addEEnumLiteral(auditOutcomeEEnum, AuditOutcome.FAILURE);
		addEEnumLiteral(auditOutcomeEEnum, AuditOutcome.DENIED);

		// Initialize data types
		initEDataType(tpmAlgIdEDataType, int.class, "TpmAlgId", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(trailRegisterIndexEDataType, int.class, "TrailRegisterIndex", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(migrationStepNumberEDataType, int.class, "MigrationStepNumber", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData"; //$NON-NLS-1$
		addAnnotation
		  (tpmAlgIdEDataType,
		   source,
		   new String[] {
			   "minInclusive", "0", //$NON-NLS-1$ //$NON-NLS-2$
			   "maxInclusive", "65535" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (trailRegisterIndexEDataType,
		   source,
		   new String[] {
			   "minInclusive", "24", //$NON-NLS-1$ //$NON-NLS-2$
			   "maxInclusive", "31" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (migrationStepNumberEDataType,
		   source,
		   new String[] {
			   "minInclusive", "1", //$NON-NLS-1$ //$NON-NLS-2$
			   "maxInclusive", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //FleetPackageImpl
