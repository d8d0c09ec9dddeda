package org.vtpmconsole.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that hold a secret (passphrase and password files, PKCS#12 identities) are read only when no one but their
 * owner may read or write them, the way ssh treats key files: a secret its group can read is no longer the owner's.
 */
public final class SecretFiles {

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

	private SecretFiles() {
	}

	/** @param what names the file in the refusal, e.g. "passphrase file" */
	public static void requireOwnerOnly(Path file, String what) throws PkiException {
		Set<PosixFilePermission> permissions;
		try {
			permissions = Files.getPosixFilePermissions(file);
		} catch (IOException e) {
			throw new PkiException("cannot read " + what + " " + file + ": " + e.getClass().getSimpleName(), e);
		}
		Set<PosixFilePermission> granted = EnumSet.noneOf(PosixFilePermission.class);
		granted.addAll(permissions);
		granted.retainAll(OTHERS);
		if (!granted.isEmpty()) {
			throw new PkiException(what + " " + file + " is accessible to its group or other users ("
					+ PosixFilePermissions.toString(permissions) + "); chmod 600 it");
		}
	}
}
