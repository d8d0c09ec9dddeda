/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.vtpmconsole.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.vtpmconsole.model.FleetPackage
 * @generated
 */
public class FleetValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final FleetValidator INSTANCE = new FleetValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.vtpmconsole.model"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FleetValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return FleetPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case FleetPackage.FLEET:
				return validateFleet((Fleet)value, diagnostics, context);
			case FleetPackage.HOST:
				return validateHost((Host)value, diagnostics, context);
			case FleetPackage.KEY_CERTIFICATION_EVIDENCE:
				return validateKeyCertificationEvidence((KeyCertificationEvidence)value, diagnostics, context);
			case FleetPackage.VIRTUAL_MACHINE:
				return validateVirtualMachine((VirtualMachine)value, diagnostics, context);
			case FleetPackage.VTPM:
				return validateVTpm((VTpm)value, diagnostics, context);
			case FleetPackage.LABEL:
				return validateLabel((Label)value, diagnostics, context);
			case FleetPackage.CERTIFICATE:
				return validateCertificate((Certificate)value, diagnostics, context);
			case FleetPackage.SNAPSHOT:
				return validateSnapshot((Snapshot)value, diagnostics, context);
			case FleetPackage.TRAIL_REGISTER:
				return validateTrailRegister((TrailRegister)value, diagnostics, context);
			case FleetPackage.TRAIL_EVENT:
				return validateTrailEvent((TrailEvent)value, diagnostics, context);
			case FleetPackage.MIGRATION_SESSION:
				return validateMigrationSession((MigrationSession)value, diagnostics, context);
			case FleetPackage.MIGRATION_STEP:
				return validateMigrationStep((MigrationStep)value, diagnostics, context);
			case FleetPackage.ATTESTATION_REPORT:
				return validateAttestationReport((AttestationReport)value, diagnostics, context);
			case FleetPackage.VM_ATTESTATION:
				return validateVmAttestation((VmAttestation)value, diagnostics, context);
			case FleetPackage.AUDIT_ENTRY:
				return validateAuditEntry((AuditEntry)value, diagnostics, context);
			case FleetPackage.CONNECTION_STATE:
				return validateConnectionState((ConnectionState)value, diagnostics, context);
			case FleetPackage.RUN_STATE:
				return validateRunState((RunState)value, diagnostics, context);
			case FleetPackage.LABEL_STATUS:
				return validateLabelStatus((LabelStatus)value, diagnostics, context);
			case FleetPackage.VERIFICATION_STATE:
				return validateVerificationState((VerificationState)value, diagnostics, context);
			case FleetPackage.CERTIFICATE_ROLE:
				return validateCertificateRole((CertificateRole)value, diagnostics, context);
			case FleetPackage.TRAIL_EVENT_TYPE:
				return validateTrailEventType((TrailEventType)value, diagnostics, context);
			case FleetPackage.MIGRATION_STATE:
				return validateMigrationState((MigrationState)value, diagnostics, context);
			case FleetPackage.STEP_OUTCOME:
				return validateStepOutcome((StepOutcome)value, diagnostics, context);
			case FleetPackage.AUDIT_OUTCOME:
				return validateAuditOutcome((AuditOutcome)value, diagnostics, context);
			case FleetPackage.TPM_ALG_ID:
				return validateTpmAlgId((Integer)value, diagnostics, context);
			case FleetPackage.TRAIL_REGISTER_INDEX:
				return validateTrailRegisterIndex((Integer)value, diagnostics, context);
			case FleetPackage.MIGRATION_STEP_NUMBER:
				return validateMigrationStepNumber((Integer)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFleet(Fleet fleet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(fleet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHost(Host host, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(host, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyCertificationEvidence(KeyCertificationEvidence keyCertificationEvidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(keyCertificationEvidence, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVirtualMachine(VirtualMachine virtualMachine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(virtualMachine, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVTpm(VTpm vTpm, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(vTpm, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabel(Label label, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(label, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCertificate(Certificate certificate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(certificate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSnapshot(Snapshot snapshot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(snapshot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrailRegister(TrailRegister trailRegister, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(trailRegister, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrailEvent(TrailEvent trailEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(trailEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationSession(MigrationSession migrationSession, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(migrationSession, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationStep(MigrationStep migrationStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(migrationStep, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttestationReport(AttestationReport attestationReport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(attestationReport, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVmAttestation(VmAttestation vmAttestation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(vmAttestation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuditEntry(AuditEntry auditEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(auditEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConnectionState(ConnectionState connectionState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunState(RunState runState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabelStatus(LabelStatus labelStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVerificationState(VerificationState verificationState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCertificateRole(CertificateRole certificateRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrailEventType(TrailEventType trailEventType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationState(MigrationState migrationState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStepOutcome(StepOutcome stepOutcome, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAuditOutcome(AuditOutcome auditOutcome, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTpmAlgId(int tpmAlgId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateTpmAlgId_Min(tpmAlgId, diagnostics, context);
		if (result || diagnostics != null) result &= validateTpmAlgId_Max(tpmAlgId, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateTpmAlgId_Min
	 */
	public static final int TPM_ALG_ID__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Tpm Alg Id</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTpmAlgId_Min(int tpmAlgId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = tpmAlgId >= TPM_ALG_ID__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(FleetPackage.Literals.TPM_ALG_ID, tpmAlgId, TPM_ALG_ID__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateTpmAlgId_Max
	 */
	public static final int TPM_ALG_ID__MAX__VALUE = 65535;

	/**
	 * Validates the Max constraint of '<em>Tpm Alg Id</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTpmAlgId_Max(int tpmAlgId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = tpmAlgId <= TPM_ALG_ID__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(FleetPackage.Literals.TPM_ALG_ID, tpmAlgId, TPM_ALG_ID__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrailRegisterIndex(int trailRegisterIndex, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateTrailRegisterIndex_Min(trailRegisterIndex, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrailRegisterIndex_Max(trailRegisterIndex, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateTrailRegisterIndex_Min
	 */
	public static final int TRAIL_REGISTER_INDEX__MIN__VALUE = 24;

	/**
	 * Validates the Min constraint of '<em>Trail Register Index</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrailRegisterIndex_Min(int trailRegisterIndex, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = trailRegisterIndex >= TRAIL_REGISTER_INDEX__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(FleetPackage.Literals.TRAIL_REGISTER_INDEX, trailRegisterIndex, TRAIL_REGISTER_INDEX__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateTrailRegisterIndex_Max
	 */
	public static final int TRAIL_REGISTER_INDEX__MAX__VALUE = 31;

	/**
	 * Validates the Max constraint of '<em>Trail Register Index</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrailRegisterIndex_Max(int trailRegisterIndex, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = trailRegisterIndex <= TRAIL_REGISTER_INDEX__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(FleetPackage.Literals.TRAIL_REGISTER_INDEX, trailRegisterIndex, TRAIL_REGISTER_INDEX__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationStepNumber(int migrationStepNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMigrationStepNumber_Min(migrationStepNumber, diagnostics, context);
		if (result || diagnostics != null) result &= validateMigrationStepNumber_Max(migrationStepNumber, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMigrationStepNumber_Min
	 */
	public static final int MIGRATION_STEP_NUMBER__MIN__VALUE = 1;

	/**
	 * Validates the Min constraint of '<em>Migration Step Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationStepNumber_Min(int migrationStepNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = migrationStepNumber >= MIGRATION_STEP_NUMBER__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(FleetPackage.Literals.MIGRATION_STEP_NUMBER, migrationStepNumber, MIGRATION_STEP_NUMBER__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMigrationStepNumber_Max
	 */
	public static final int MIGRATION_STEP_NUMBER__MAX__VALUE = 20;

	/**
	 * Validates the Max constraint of '<em>Migration Step Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMigrationStepNumber_Max(int migrationStepNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = migrationStepNumber <= MIGRATION_STEP_NUMBER__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(FleetPackage.Literals.MIGRATION_STEP_NUMBER, migrationStepNumber, MIGRATION_STEP_NUMBER__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //FleetValidator
