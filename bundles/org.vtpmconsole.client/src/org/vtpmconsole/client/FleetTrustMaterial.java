package org.vtpmconsole.client;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

/**
 * What chains are checked with: the fleet root (from the user's own identity file) and a CRL the root signed. A CA
 * session has them; so does every agent session, since an agent serves the fleet CRL it checks its clients with.
 */
public record FleetTrustMaterial(X509Certificate root, X509CRL crl) {
}
