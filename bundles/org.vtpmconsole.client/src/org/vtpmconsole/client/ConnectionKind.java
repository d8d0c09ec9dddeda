package org.vtpmconsole.client;

/** What sits at the other end of a connection. */
public enum ConnectionKind {
	/** The fleet CA: directory, revocation, the CRL every other connection checks against. */
	CA,
	/** A host agent (its API is documented in docs/api.md as it grows). */
	AGENT
}
