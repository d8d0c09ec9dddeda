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
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.LabelStatus;
import org.vtpmconsole.model.VerificationState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Label</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getNotBefore <em>Not Before</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getNotAfter <em>Not After</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getSecret <em>Secret</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getDigestAlg <em>Digest Alg</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getUuidHash <em>Uuid Hash</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getQemuDigest <em>Qemu Digest</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getRecipientName <em>Recipient Name</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getSigScheme <em>Sig Scheme</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getSigHash <em>Sig Hash</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getEncoded <em>Encoded</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getVerification <em>Verification</em>}</li>
 *   <li>{@link org.vtpmconsole.model.impl.LabelImpl#getVerificationDetail <em>Verification Detail</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelImpl extends EObjectImpl implements Label {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LabelStatus STATUS_EDEFAULT = LabelStatus.LOCAL;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected LabelStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected static final Date NOT_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotBefore() <em>Not Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotBefore()
	 * @generated
	 * @ordered
	 */
	protected Date notBefore = NOT_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Date NOT_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotAfter() <em>Not After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotAfter()
	 * @generated
	 * @ordered
	 */
	protected Date notAfter = NOT_AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecret() <em>Secret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecret()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SECRET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecret() <em>Secret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecret()
	 * @generated
	 * @ordered
	 */
	protected byte[] secret = SECRET_EDEFAULT;

	/**
	 * The default value of the '{@link #getDigestAlg() <em>Digest Alg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigestAlg()
	 * @generated
	 * @ordered
	 */
	protected static final int DIGEST_ALG_EDEFAULT = 11;

	/**
	 * The cached value of the '{@link #getDigestAlg() <em>Digest Alg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigestAlg()
	 * @generated
	 * @ordered
	 */
	protected int digestAlg = DIGEST_ALG_EDEFAULT;

	/**
	 * The default value of the '{@link #getUuidHash() <em>Uuid Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuidHash()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] UUID_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUuidHash() <em>Uuid Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuidHash()
	 * @generated
	 * @ordered
	 */
	protected byte[] uuidHash = UUID_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getQemuDigest() <em>Qemu Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQemuDigest()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] QEMU_DIGEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQemuDigest() <em>Qemu Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQemuDigest()
	 * @generated
	 * @ordered
	 */
	protected byte[] qemuDigest = QEMU_DIGEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SIGNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected byte[] signerName = SIGNER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipientName() <em>Recipient Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientName()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] RECIPIENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecipientName() <em>Recipient Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientName()
	 * @generated
	 * @ordered
	 */
	protected byte[] recipientName = RECIPIENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigScheme() <em>Sig Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigScheme()
	 * @generated
	 * @ordered
	 */
	protected static final int SIG_SCHEME_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getSigScheme() <em>Sig Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigScheme()
	 * @generated
	 * @ordered
	 */
	protected int sigScheme = SIG_SCHEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigHash() <em>Sig Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigHash()
	 * @generated
	 * @ordered
	 */
	protected static final int SIG_HASH_EDEFAULT = 11;

	/**
	 * The cached value of the '{@link #getSigHash() <em>Sig Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigHash()
	 * @generated
	 * @ordered
	 */
	protected int sigHash = SIG_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected byte[] signature = SIGNATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoded() <em>Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoded()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] ENCODED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEncoded() <em>Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoded()
	 * @generated
	 * @ordered
	 */
	protected byte[] encoded = ENCODED_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerification() <em>Verification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerification()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationState VERIFICATION_EDEFAULT = VerificationState.UNVERIFIED;

	/**
	 * The cached value of the '{@link #getVerification() <em>Verification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerification()
	 * @generated
	 * @ordered
	 */
	protected VerificationState verification = VERIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerificationDetail() <em>Verification Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String VERIFICATION_DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerificationDetail() <em>Verification Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationDetail()
	 * @generated
	 * @ordered
	 */
	protected String verificationDetail = VERIFICATION_DETAIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FleetPackage.Literals.LABEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(LabelStatus newStatus) {
		LabelStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNotBefore() {
		return notBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotBefore(Date newNotBefore) {
		Date oldNotBefore = notBefore;
		notBefore = newNotBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__NOT_BEFORE, oldNotBefore, notBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNotAfter() {
		return notAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotAfter(Date newNotAfter) {
		Date oldNotAfter = notAfter;
		notAfter = newNotAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__NOT_AFTER, oldNotAfter, notAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSecret() {
		return secret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecret(byte[] newSecret) {
		byte[] oldSecret = secret;
		secret = newSecret;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__SECRET, oldSecret, secret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDigestAlg() {
		return digestAlg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigestAlg(int newDigestAlg) {
		int oldDigestAlg = digestAlg;
		digestAlg = newDigestAlg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__DIGEST_ALG, oldDigestAlg, digestAlg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getUuidHash() {
		return uuidHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuidHash(byte[] newUuidHash) {
		byte[] oldUuidHash = uuidHash;
		uuidHash = newUuidHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__UUID_HASH, oldUuidHash, uuidHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getQemuDigest() {
		return qemuDigest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQemuDigest(byte[] newQemuDigest) {
		byte[] oldQemuDigest = qemuDigest;
		qemuDigest = newQemuDigest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__QEMU_DIGEST, oldQemuDigest, qemuDigest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSignerName() {
		return signerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerName(byte[] newSignerName) {
		byte[] oldSignerName = signerName;
		signerName = newSignerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getRecipientName() {
		return recipientName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipientName(byte[] newRecipientName) {
		byte[] oldRecipientName = recipientName;
		recipientName = newRecipientName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__RECIPIENT_NAME, oldRecipientName, recipientName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSigScheme() {
		return sigScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigScheme(int newSigScheme) {
		int oldSigScheme = sigScheme;
		sigScheme = newSigScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__SIG_SCHEME, oldSigScheme, sigScheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSigHash() {
		return sigHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigHash(int newSigHash) {
		int oldSigHash = sigHash;
		sigHash = newSigHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__SIG_HASH, oldSigHash, sigHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignature(byte[] newSignature) {
		byte[] oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__SIGNATURE, oldSignature, signature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getEncoded() {
		return encoded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoded(byte[] newEncoded) {
		byte[] oldEncoded = encoded;
		encoded = newEncoded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__ENCODED, oldEncoded, encoded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationState getVerification() {
		return verification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerification(VerificationState newVerification) {
		VerificationState oldVerification = verification;
		verification = newVerification == null ? VERIFICATION_EDEFAULT : newVerification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__VERIFICATION, oldVerification, verification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerificationDetail() {
		return verificationDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationDetail(String newVerificationDetail) {
		String oldVerificationDetail = verificationDetail;
		verificationDetail = newVerificationDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FleetPackage.LABEL__VERIFICATION_DETAIL, oldVerificationDetail, verificationDetail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FleetPackage.LABEL__VERSION:
				return getVersion();
			case FleetPackage.LABEL__STATUS:
				return getStatus();
			case FleetPackage.LABEL__NOT_BEFORE:
				return getNotBefore();
			case FleetPackage.LABEL__NOT_AFTER:
				return getNotAfter();
			case FleetPackage.LABEL__SECRET:
				return getSecret();
			case FleetPackage.LABEL__DIGEST_ALG:
				return getDigestAlg();
			case FleetPackage.LABEL__UUID_HASH:
				return getUuidHash();
			case FleetPackage.LABEL__QEMU_DIGEST:
				return getQemuDigest();
			case FleetPackage.LABEL__SIGNER_NAME:
				return getSignerName();
			case FleetPackage.LABEL__RECIPIENT_NAME:
				return getRecipientName();
			case FleetPackage.LABEL__SIG_SCHEME:
				return getSigScheme();
			case FleetPackage.LABEL__SIG_HASH:
				return getSigHash();
			case FleetPackage.LABEL__SIGNATURE:
				return getSignature();
			case FleetPackage.LABEL__ENCODED:
				return getEncoded();
			case FleetPackage.LABEL__VERIFICATION:
				return getVerification();
			case FleetPackage.LABEL__VERIFICATION_DETAIL:
				return getVerificationDetail();
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
			case FleetPackage.LABEL__VERSION:
				setVersion((Integer)newValue);
				return;
			case FleetPackage.LABEL__STATUS:
				setStatus((LabelStatus)newValue);
				return;
			case FleetPackage.LABEL__NOT_BEFORE:
				setNotBefore((Date)newValue);
				return;
			case FleetPackage.LABEL__NOT_AFTER:
				setNotAfter((Date)newValue);
				return;
			case FleetPackage.LABEL__SECRET:
				setSecret((byte[])newValue);
				return;
			case FleetPackage.LABEL__DIGEST_ALG:
				setDigestAlg((Integer)newValue);
				return;
			case FleetPackage.LABEL__UUID_HASH:
				setUuidHash((byte[])newValue);
				return;
			case FleetPackage.LABEL__QEMU_DIGEST:
				setQemuDigest((byte[])newValue);
				return;
			case FleetPackage.LABEL__SIGNER_NAME:
				setSignerName((byte[])newValue);
				return;
			case FleetPackage.LABEL__RECIPIENT_NAME:
				setRecipientName((byte[])newValue);
				return;
			case FleetPackage.LABEL__SIG_SCHEME:
				setSigScheme((Integer)newValue);
				return;
			case FleetPackage.LABEL__SIG_HASH:
				setSigHash((Integer)newValue);
				return;
			case FleetPackage.LABEL__SIGNATURE:
				setSignature((byte[])newValue);
				return;
			case FleetPackage.LABEL__ENCODED:
				setEncoded((byte[])newValue);
				return;
			case FleetPackage.LABEL__VERIFICATION:
				setVerification((VerificationState)newValue);
				return;
			case FleetPackage.LABEL__VERIFICATION_DETAIL:
				setVerificationDetail((String)newValue);
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
			case FleetPackage.LABEL__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case FleetPackage.LABEL__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FleetPackage.LABEL__NOT_BEFORE:
				setNotBefore(NOT_BEFORE_EDEFAULT);
				return;
			case FleetPackage.LABEL__NOT_AFTER:
				setNotAfter(NOT_AFTER_EDEFAULT);
				return;
			case FleetPackage.LABEL__SECRET:
				setSecret(SECRET_EDEFAULT);
				return;
			case FleetPackage.LABEL__DIGEST_ALG:
				setDigestAlg(DIGEST_ALG_EDEFAULT);
				return;
			case FleetPackage.LABEL__UUID_HASH:
				setUuidHash(UUID_HASH_EDEFAULT);
				return;
			case FleetPackage.LABEL__QEMU_DIGEST:
				setQemuDigest(QEMU_DIGEST_EDEFAULT);
				return;
			case FleetPackage.LABEL__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case FleetPackage.LABEL__RECIPIENT_NAME:
				setRecipientName(RECIPIENT_NAME_EDEFAULT);
				return;
			case FleetPackage.LABEL__SIG_SCHEME:
				setSigScheme(SIG_SCHEME_EDEFAULT);
				return;
			case FleetPackage.LABEL__SIG_HASH:
				setSigHash(SIG_HASH_EDEFAULT);
				return;
			case FleetPackage.LABEL__SIGNATURE:
				setSignature(SIGNATURE_EDEFAULT);
				return;
			case FleetPackage.LABEL__ENCODED:
				setEncoded(ENCODED_EDEFAULT);
				return;
			case FleetPackage.LABEL__VERIFICATION:
				setVerification(VERIFICATION_EDEFAULT);
				return;
			case FleetPackage.LABEL__VERIFICATION_DETAIL:
				setVerificationDetail(VERIFICATION_DETAIL_EDEFAULT);
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
			case FleetPackage.LABEL__VERSION:
				return version != VERSION_EDEFAULT;
			case FleetPackage.LABEL__STATUS:
				return status != STATUS_EDEFAULT;
			case FleetPackage.LABEL__NOT_BEFORE:
				return NOT_BEFORE_EDEFAULT == null ? notBefore != null : !NOT_BEFORE_EDEFAULT.equals(notBefore);
			case FleetPackage.LABEL__NOT_AFTER:
				return NOT_AFTER_EDEFAULT == null ? notAfter != null : !NOT_AFTER_EDEFAULT.equals(notAfter);
			case FleetPackage.LABEL__SECRET:
				return SECRET_EDEFAULT == null ? secret != null : !SECRET_EDEFAULT.equals(secret);
			case FleetPackage.LABEL__DIGEST_ALG:
				return digestAlg != DIGEST_ALG_EDEFAULT;
			case FleetPackage.LABEL__UUID_HASH:
				return UUID_HASH_EDEFAULT == null ? uuidHash != null : !UUID_HASH_EDEFAULT.equals(uuidHash);
			case FleetPackage.LABEL__QEMU_DIGEST:
				return QEMU_DIGEST_EDEFAULT == null ? qemuDigest != null : !QEMU_DIGEST_EDEFAULT.equals(qemuDigest);
			case FleetPackage.LABEL__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case FleetPackage.LABEL__RECIPIENT_NAME:
				return RECIPIENT_NAME_EDEFAULT == null ? recipientName != null : !RECIPIENT_NAME_EDEFAULT.equals(recipientName);
			case FleetPackage.LABEL__SIG_SCHEME:
				return sigScheme != SIG_SCHEME_EDEFAULT;
			case FleetPackage.LABEL__SIG_HASH:
				return sigHash != SIG_HASH_EDEFAULT;
			case FleetPackage.LABEL__SIGNATURE:
				return SIGNATURE_EDEFAULT == null ? signature != null : !SIGNATURE_EDEFAULT.equals(signature);
			case FleetPackage.LABEL__ENCODED:
				return ENCODED_EDEFAULT == null ? encoded != null : !ENCODED_EDEFAULT.equals(encoded);
			case FleetPackage.LABEL__VERIFICATION:
				return verification != VERIFICATION_EDEFAULT;
			case FleetPackage.LABEL__VERIFICATION_DETAIL:
				return VERIFICATION_DETAIL_EDEFAULT == null ? verificationDetail != null : !VERIFICATION_DETAIL_EDEFAULT.equals(verificationDetail);
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
		result.append(" (version: "); //$NON-NLS-1$
		result.append(version);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", notBefore: "); //$NON-NLS-1$
		result.append(notBefore);
		result.append(", notAfter: "); //$NON-NLS-1$
		result.append(notAfter);
		result.append(", secret: "); //$NON-NLS-1$
		result.append(secret);
		result.append(", digestAlg: "); //$NON-NLS-1$
		result.append(digestAlg);
		result.append(", uuidHash: "); //$NON-NLS-1$
		result.append(uuidHash);
		result.append(", qemuDigest: "); //$NON-NLS-1$
		result.append(qemuDigest);
		result.append(", signerName: "); //$NON-NLS-1$
		result.append(signerName);
		result.append(", recipientName: "); //$NON-NLS-1$
		result.append(recipientName);
		result.append(", sigScheme: "); //$NON-NLS-1$
		result.append(sigScheme);
		result.append(", sigHash: "); //$NON-NLS-1$
		result.append(sigHash);
		result.append(", signature: "); //$NON-NLS-1$
		result.append(signature);
		result.append(", encoded: "); //$NON-NLS-1$
		result.append(encoded);
		result.append(", verification: "); //$NON-NLS-1$
		result.append(verification);
		result.append(", verificationDetail: "); //$NON-NLS-1$
		result.append(verificationDetail);
		result.append(')');
		return result.toString();
	}

} //LabelImpl
