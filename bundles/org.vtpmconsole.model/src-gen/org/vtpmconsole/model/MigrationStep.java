/**
 * Generated from fleet.ecore; regenerate with releng/generate-model.sh
 */
package org.vtpmconsole.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Migration Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.MigrationStep#getNumber <em>Number</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationStep#getTitle <em>Title</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationStep#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationStep#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationStep#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationStep#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.vtpmconsole.model.MigrationStep#isApprovalRequired <em>Approval Required</em>}</li>
 * </ul>
 *
 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep()
 * @model
 * @generated
 */
public interface MigrationStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's number in SPEC §6, 1 to 20; step 20 is the point of no return.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep_Number()
	 * @model default="1" dataType="org.vtpmconsole.model.MigrationStepNumber"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationStep#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationStep#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vtpmconsole.model.StepOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.vtpmconsole.model.StepOutcome
	 * @see #setOutcome(StepOutcome)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep_Outcome()
	 * @model
	 * @generated
	 */
	StepOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationStep#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.vtpmconsole.model.StepOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(StepOutcome value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationStep#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Date)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep_FinishedAt()
	 * @model
	 * @generated
	 */
	Date getFinishedAt();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationStep#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationStep#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Approval Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approval Required</em>' attribute.
	 * @see #setApprovalRequired(boolean)
	 * @see org.vtpmconsole.model.FleetPackage#getMigrationStep_ApprovalRequired()
	 * @model
	 * @generated
	 */
	boolean isApprovalRequired();

	/**
	 * Sets the value of the '{@link org.vtpmconsole.model.MigrationStep#isApprovalRequired <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Required</em>' attribute.
	 * @see #isApprovalRequired()
	 * @generated
	 */
	void setApprovalRequired(boolean value);

} // MigrationStep
