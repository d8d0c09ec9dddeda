package org.vtpmconsole.agent.api;

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

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.tls.RefreshableCrl;

/**
 * The fleet CRL from a file the administrator refreshes (ca.crl): re-read whenever its modification time or size
 * changes, at the next handshake or request. A replacement must be a current CRL signed by the root and no older
 * than the one held ({@link RefreshableCrl}); one that is not is logged and the held CRL stays in force.
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
