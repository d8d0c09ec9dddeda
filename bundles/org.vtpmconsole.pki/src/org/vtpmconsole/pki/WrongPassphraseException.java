package org.vtpmconsole.pki;

/** The passphrase does not open the fleet CA's root key. Nothing was changed. */
public final class WrongPassphraseException extends PkiException {

	private static final long serialVersionUID = 1L;

	WrongPassphraseException(String message) {
		super(message);
	}
}
