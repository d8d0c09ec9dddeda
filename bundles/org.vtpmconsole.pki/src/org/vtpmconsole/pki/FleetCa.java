package org.vtpmconsole.pki;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fleet CA: its root key, the certificates it issued, their revocations and CRL, and the issuance log, all
 * in one directory (docs/pki.md). One instance per directory at a time (the directory is locked); methods are
 * thread-safe. The passphrase is used to open the root key and then forgotten; the caller wipes its array.
 * <p>
 * Enrollment (credential activation, SPEC §7) will verify a TPM-signed CSR with {@link SigningRequests},
 * check the EK and TPM name, and hand a {@link CertificateRequest} to {@link #issue}.
 */
public final class FleetCa implements CrlSource, AutoCloseable {

	/** Shortest passphrase accepted for a new root key. */
	public static final int MIN_PASSPHRASE_LENGTH = 12;

	/** Certificates start this much in the past, so a peer whose clock is a little behind accepts them. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final CertificateStore store;
	private final StoreLock lock;
	private final CertificateIssuer issuer;
	private final IssuanceLog log;
	private final Duration crlLifetime;
	private final Map<BigInteger, IssuedCertificate> records;
	private final SecureRandom random = new SecureRandom();
	private X509CRL crl;
	private boolean closed;

	private FleetCa(CertificateStore store, StoreLock lock, CertificateIssuer issuer, IssuanceLog log,
			Duration crlLifetime, Map<BigInteger, IssuedCertificate> records) {
		this.store = store;
		this.lock = lock;
		this.issuer = issuer;
		this.log = log;
		this.crlLifetime = crlLifetime;
		this.records = records;
	}

	/**
	 * Creates a fleet CA in an empty (or new) directory: an RSA-3072 root key, encrypted under the passphrase,
	 * its self-signed certificate, an empty CRL and an empty issuance log. The store's settings file is written
	 * last, so a crash leaves a directory that {@link #open} refuses and init may be retried after emptying it.
	 */
	public static FleetCa init(Path directory, char[] passphrase, CaOptions options) throws PkiException {
		if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
			throw new PkiException("the root key passphrase needs at least " + MIN_PASSPHRASE_LENGTH + " characters");
		}
		CertificateStore store = new CertificateStore(directory);
		try {
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory, AtomicFiles.OWNER_ONLY_DIRECTORY);
			} else {
				try (var entries = Files.list(directory)) {
					if (entries.findAny().isPresent()) {
						throw new PkiException(directory + " is not empty; a fleet CA is created in an empty directory");
					}
				}
			}
		} catch (IOException e) {
			throw new PkiException("cannot create " + directory + ": " + e.getMessage(), e);
		}
		StoreLock lock = StoreLock.acquire(store.lock());
		try {
			Files.createDirectory(store.certificates(), AtomicFiles.OWNER_ONLY_DIRECTORY);
			KeyPair pair = Keys.rsa(Keys.ROOT_BITS);
			Instant now = Instant.now();
			X509Certificate root = CertificateIssuer.selfSignedRoot(pair, options, randomSerial(new SecureRandom()),
					now.minus(CLOCK_SKEW));
			AtomicFiles.write(store.rootKey(), RootKeyFile.encrypt(pair.getPrivate(), passphrase));
			AtomicFiles.write(store.rootCertificate(), CertificateStore.encoded(root));
			CertificateIssuer issuer = new CertificateIssuer(pair.getPrivate(), root);
			IssuanceLog.create(store.log(), store.logHead(), issuer::sign);
			FleetCa ca = new FleetCa(store, lock, issuer, IssuanceLog.open(store.log(), store.logHead(),
					root.getPublicKey(), issuer::sign), options.crlLifetime(), new HashMap<>());
			ca.publishCrl(BigInteger.ONE, now);
			writeSettings(store, options.crlLifetime());
			return ca;
		} catch (IOException | PkiException | RuntimeException e) {
			lock.close();
			throw e instanceof PkiException p ? p
					: new PkiException("cannot create the fleet CA in " + directory + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Opens an existing fleet CA. A wrong passphrase throws {@link WrongPassphraseException} before anything on
	 * disk is touched. Then it cleans up after a crash: temporary files go, a torn log line goes, a revocation
	 * the log recorded but the store did not is completed, and a CRL that is stale or disagrees with the store
	 * is re-signed.
	 */
	public static FleetCa open(Path directory, char[] passphrase) throws PkiException {
		CertificateStore store = new CertificateStore(directory);
		if (!Files.isRegularFile(store.settings())) {
			throw new PkiException(directory + " holds no fleet CA (or its creation did not complete)");
		}
		StoreLock lock = StoreLock.acquire(store.lock());
		try {
			Duration crlLifetime = readCrlLifetime(store);
			X509Certificate root = store.loadRootCertificate();
			PrivateKey rootKey = RootKeyFile.decrypt(store.rootKey(), passphrase, (RSAPublicKey) root.getPublicKey());
			CertificateIssuer issuer = new CertificateIssuer(rootKey, root);
			store.removeLeftovers();
			IssuanceLog log = IssuanceLog.open(store.log(), store.logHead(), root.getPublicKey(), issuer::sign);
			FleetCa ca = new FleetCa(store, lock, issuer, log, crlLifetime, store.load());
			ca.completeLoggedRevocations();
			ca.crl = store.loadCrl();
			ca.republishCrlIfNeeded(Instant.now());
			return ca;
		} catch (IOException | PkiException | RuntimeException e) {
			lock.close();
			throw e instanceof PkiException p ? p
					: new PkiException("cannot open the fleet CA in " + directory + ": " + e.getMessage(), e);
		}
	}

	public X509Certificate rootCertificate() {
		return issuer.root();
	}

	/** Issues a certificate for a validated request, logs it and stores it before returning it. */
	public synchronized IssuedCertificate issue(CertificateRequest request) throws PkiException {
		ensureOpen();
		Instant now = Instant.now();
		Instant rootEnd = issuer.root().getNotAfter().toInstant();
		Instant notBefore = request.notBefore().orElse(now.minus(CLOCK_SKEW));
		Instant notAfter = request.notAfter().orElseGet(() -> {
			Instant wanted = now.plus(request.role().defaultLifetime());
			return wanted.isAfter(rootEnd) ? rootEnd : wanted;
		});
		if (notAfter.isAfter(rootEnd)) {
			throw new PkiException("the validity of " + request + " ends after the fleet root's (" + rootEnd + ")");
		}
		BigInteger serial = freshSerial();
		X509Certificate certificate = issuer.issue(request, serial, notBefore, notAfter);
		IssuedCertificate issued = new IssuedCertificate(certificate, request.subjectName(), request.alternativeNames(),
				request.role(), request.tpmName().orElse(null), now, null, null);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("serial", issued.serialHex());
		fields.put("role", request.role().token());
		fields.put("subject", request.subjectName());
		fields.put("sha256", HexFormat.of().formatHex(IssuanceLog.sha256(CertificateStore.encoded(certificate))));
		try {
			log.append("issue", now, fields);
			store.save(issued);
		} catch (IOException e) {
			throw new PkiException("cannot record " + issued + ": " + e.getMessage(), e);
		}
		records.put(serial, issued);
		return issued;
	}

	/**
	 * Issues a TLS endpoint identity (agent or CA) with a fresh RSA-2048 key: certificate with subjectAltName
	 * {@code host} plus {@code alternativeNames}, written with its key and the root to a PKCS#12 file.
	 */
	public IssuedCertificate issueTlsServer(String host, List<String> alternativeNames, Path pkcs12, char[] password)
			throws PkiException {
		return issueIdentity(pkcs12, password, key -> {
			List<String> names = new ArrayList<>(List.of(host));
			alternativeNames.stream().filter(name -> !HostNames.same(name, host)).forEach(names::add);
			return CertificateRequest.builder(host, Role.TLS_SERVER, key).alternativeNames(names).build();
		});
	}

	/** Issues a console user's client identity (admin, approver or auditor) as a PKCS#12 file. */
	public IssuedCertificate issueUser(String name, Role role, Path pkcs12, char[] password) throws PkiException {
		if (!role.isUser()) {
			throw new IllegalArgumentException(role.token() + " is not a console user role");
		}
		return issueIdentity(pkcs12, password, key -> CertificateRequest.builder(name, role, key).build());
	}

	private IssuedCertificate issueIdentity(Path pkcs12, char[] password, Function<PublicKey, CertificateRequest> request)
			throws PkiException {
		KeyPair pair = Keys.rsa(Keys.IDENTITY_BITS);
		IssuedCertificate issued = issue(request.apply(pair.getPublic()));
		Pkcs12.write(pkcs12, pair.getPrivate(), issued.certificate(), issuer.root(), password);
		return issued;
	}

	/**
	 * SPEC's request_cert(host): the newest valid certificate of that role for a host name or address (or user
	 * name).
	 */
	public synchronized Optional<IssuedCertificate> requestCert(String host, Role role) {
		ensureOpen();
		return list(CertificateFilter.any().host(host).role(role).status(CertificateStatus.VALID)).stream()
				.reduce((older, newer) -> newer);
	}

	/** Issued certificates matching the filter, oldest first. */
	public synchronized List<IssuedCertificate> list(CertificateFilter filter) {
		ensureOpen();
		Instant now = Instant.now();
		return records.values().stream().filter(issued -> filter.matches(issued, now))
				.sorted(Comparator.comparing(IssuedCertificate::issuedAt).thenComparing(IssuedCertificate::serial)).toList();
	}

	public synchronized Optional<IssuedCertificate> find(BigInteger serial) {
		ensureOpen();
		return Optional.ofNullable(records.get(serial));
	}

	public synchronized CertificateStatus status(BigInteger serial) throws PkiException {
		return find(serial).orElseThrow(() -> new PkiException("no certificate with serial " + CertificateStore.hex(serial)))
				.status(Instant.now());
	}

	/** Revokes for good: logged, stored, and on a freshly signed CRL before this returns. */
	public synchronized IssuedCertificate revoke(BigInteger serial, RevocationReason reason) throws PkiException {
		ensureOpen();
		IssuedCertificate current = records.get(serial);
		if (current == null) {
			throw new PkiException("no certificate with serial " + CertificateStore.hex(serial));
		}
		if (current.revokedAt().isPresent()) {
			throw new PkiException(current + " is already revoked");
		}
		Instant now = Instant.now();
		try {
			log.append("revoke", now, Map.of("serial", current.serialHex(), "reason", reason.name()));
			IssuedCertificate revoked = current.revoked(now, reason);
			store.saveMetadata(revoked);
			records.put(serial, revoked);
			publishCrl(nextCrlNumber(), now);
			return revoked;
		} catch (IOException e) {
			throw new PkiException("cannot record the revocation of " + current + ": " + e.getMessage(), e);
		}
	}

	/** The current CRL, re-signed once half its lifetime has passed so relying parties never hold an expired one. */
	@Override
	public synchronized X509CRL currentCrl() throws PkiException {
		ensureOpen();
		republishCrlIfNeeded(Instant.now());
		return crl;
	}

	/** Checks the issuance log's signatures, hash chain and head (see {@link LogVerification}). */
	public synchronized LogVerification verifyLog() throws PkiException {
		ensureOpen();
		try {
			return log.verify();
		} catch (IOException e) {
			throw new PkiException("cannot read the issuance log: " + e.getMessage(), e);
		}
	}

	/** Releases the directory; the instance is unusable afterwards. */
	@Override
	public synchronized void close() {
		closed = true;
		lock.close();
	}

	private void ensureOpen() {
		if (closed) {
			throw new IllegalStateException("the fleet CA is closed");
		}
	}

	private BigInteger freshSerial() {
		BigInteger serial;
		do {
			serial = randomSerial(random);
		} while (records.containsKey(serial) || store.serialTaken(serial)
				|| serial.equals(issuer.root().getSerialNumber()));
		return serial;
	}

	/** 127 random bits under a set top bit: positive, never zero, unpredictable, 17 octets (RFC 5280 allows 20). */
	private static BigInteger randomSerial(SecureRandom random) {
		return new BigInteger(127, random).setBit(127);
	}

	private void completeLoggedRevocations() throws IOException, PkiException {
		for (Map<String, String> entry : log.entries()) {
			if (!"revoke".equals(entry.get("event"))) {
				continue;
			}
			IssuedCertificate issued = records.get(new BigInteger(entry.get("serial"), 16));
			if (issued != null && issued.revokedAt().isEmpty()) {
				IssuedCertificate revoked = issued.revoked(Instant.parse(entry.get("time")),
						RevocationReason.valueOf(entry.get("reason")));
				store.saveMetadata(revoked);
				records.put(revoked.serial(), revoked);
			}
		}
	}

	private void republishCrlIfNeeded(Instant now) throws PkiException {
		Set<BigInteger> listed = crl.getRevokedCertificates() == null ? Set.of()
				: crl.getRevokedCertificates().stream().map(entry -> entry.getSerialNumber()).collect(Collectors.toSet());
		Set<BigInteger> revoked = revokedCertificates().stream().map(IssuedCertificate::serial).collect(Collectors.toSet());
		Instant halfway = crl.getThisUpdate().toInstant().plus(crlLifetime.dividedBy(2));
		if (!listed.equals(revoked) || now.isAfter(halfway) || !signedByRoot(crl, now)) {
			publishCrl(nextCrlNumber(), now);
		}
	}

	private boolean signedByRoot(X509CRL candidate, Instant now) {
		try {
			Crls.check(candidate, issuer.root(), now);
			return true;
		} catch (CRLException e) {
			return false;
		}
	}

	private BigInteger nextCrlNumber() throws PkiException {
		try {
			return Crls.number(crl).add(BigInteger.ONE);
		} catch (CRLException e) {
			throw new PkiException("the stored CRL has no usable CRL number", e);
		}
	}

	private void publishCrl(BigInteger number, Instant now) throws PkiException {
		X509CRL next = issuer.crl(revokedCertificates(), number, now, now.plus(crlLifetime));
		try {
			store.saveCrl(next);
		} catch (IOException e) {
			throw new PkiException("cannot store the CRL: " + e.getMessage(), e);
		}
		crl = next;
	}

	private List<IssuedCertificate> revokedCertificates() {
		return records.values().stream().filter(issued -> issued.revokedAt().isPresent()).toList();
	}

	private static void writeSettings(CertificateStore store, Duration crlLifetime) throws IOException {
		Properties settings = new Properties();
		settings.setProperty("format", CertificateStore.FORMAT);
		settings.setProperty("crlLifetime", crlLifetime.toString());
		StringWriter text = new StringWriter();
		settings.store(text, "fleet CA store");
		AtomicFiles.write(store.settings(), text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static Duration readCrlLifetime(CertificateStore store) throws IOException, PkiException {
		Properties settings = new Properties();
		settings.load(new StringReader(Files.readString(store.settings(), StandardCharsets.UTF_8)));
		if (!CertificateStore.FORMAT.equals(settings.getProperty("format"))) {
			throw new PkiException("the fleet CA in " + store.directory() + " has store format "
					+ settings.getProperty("format") + "; this version reads format " + CertificateStore.FORMAT);
		}
		return Duration.parse(settings.getProperty("crlLifetime"));
	}
}
