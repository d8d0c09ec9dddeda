package org.vtpmconsole.pki;

import java.security.cert.X509CRL;

/**
 * Where a TLS endpoint gets the fleet's current CRL: the CA itself ({@link FleetCa}) or a copy the endpoint
 * refreshes from the CA ({@code org.vtpmconsole.pki.tls.RefreshableCrl}). Asked at every handshake.
 */
@FunctionalInterface
public interface CrlSource {

	X509CRL currentCrl() throws PkiException;
}
