package org.vtpmconsole.pki.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.AtomicFiles;
import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.pki.Crls;
import org.vtpmconsole.pki.PkiException;

/**
 * The fleet CRL an endpoint away from the CA (an agent, the KMC) keeps in a file: the last good one. A
 * {@link CrlRefresher} adopts newer CRLs from the CA and writes them atomically; an administrator may also replace
 * the file by hand, which is re-read whenever its modification time or size changes, at the next handshake or
 * request. Every replacement must be a current CRL signed by the root and no older than the one held
 * ({@link RefreshableCrl}); one that is not is logged and the held CRL stays in force.
 */
public final class CrlFile implements CrlSource {

	private final ILog log = ILog.of(getClass());
	private final Path file;
	private final RefreshableCrl held;
	private Object seenVersion;

	private CrlFile(Path file, RefreshableCrl held, Object version) {
		this.file = file;
		this.held = held;
		this.seenVersion = version;
	}

	/** The CRL in the file, which must be usable now: the fleet's trust manager fails closed without one. */
	public static CrlFile load(Path file, X509Certificate root) throws PkiException {
		try {
			Object version = version(file);
			return new CrlFile(file, new RefreshableCrl(root, read(file)), version);
		} catch (IOException | GeneralSecurityException e) {
			throw new PkiException("the CRL file " + file + " is not usable: " + e.getMessage(), e);
		}
	}

	/**
	 * The CRL in the file, or, when the file is missing or no longer usable (expired while the endpoint was down), the
	 * CA's current one, checked and written to the file first.
	 */
	public static CrlFile loadOrFetch(Path file, X509Certificate root, CrlRefresher.Fetch fetch) throws PkiException {
		try {
			return load(file, root);
		} catch (PkiException unusable) {
			X509CRL fetched = fetch.fetch();
			try {
				Crls.check(fetched, root, Instant.now());
				AtomicFiles.write(file, fetched.getEncoded());
			} catch (CRLException | IOException e) {
				throw new PkiException(unusable.getMessage() + "; and the CA's CRL is not usable either: "
						+ e.getMessage(), e);
			}
			ILog.of(CrlFile.class).info(unusable.getMessage() + "; fetched CRL " + number(fetched) + " from the CA");
			return load(file, root);
		}
	}

	@Override
	public synchronized X509CRL currentCrl() {
		try {
			Object version = version(file);
			if (!version.equals(seenVersion)) {
				seenVersion = version;
				held.update(read(file));
				log.info("adopted the CRL in " + file);
			}
		} catch (IOException | GeneralSecurityException e) {
			log.warn("kept the CRL held so far: " + file + " is not usable: " + e.getMessage());
		}
		return held.currentCrl();
	}

	/**
	 * Adopts a CRL fetched from the CA if it is usable and no older than the one held (CRLException says why not),
	 * and keeps it in the file, atomically. Returns whether it is newer than the one held before.
	 */
	public synchronized boolean adopt(X509CRL crl) throws CRLException, PkiException {
		X509CRL before = currentCrl();
		held.update(crl);
		if (Crls.number(crl).compareTo(Crls.number(before)) <= 0) {
			return false;
		}
		try {
			AtomicFiles.write(file, crl.getEncoded());
			seenVersion = version(file);
		} catch (IOException e) {
			throw new PkiException("adopted CRL " + Crls.number(crl) + " but cannot keep it in " + file + ": "
					+ e.getMessage(), e);
		}
		return true;
	}

	private static String number(X509CRL crl) {
		try {
			return Crls.number(crl).toString();
		} catch (CRLException e) {
			return "(without number)";
		}
	}

	private static Object version(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		return attributes.lastModifiedTime().toMillis() + "/" + attributes.size();
	}

	private static X509CRL read(Path file) throws IOException, GeneralSecurityException {
		try (InputStream in = Files.newInputStream(file)) {
			if (CertificateFactory.getInstance("X.509").generateCRL(in) instanceof X509CRL crl) {
				return crl;
			}
			throw new CRLException("not an X.509 CRL");
		}
	}
}
