package org.vtpmconsole.agent.api;

import java.security.cert.CRLException;

import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.protocol.agent.AgentPaths;
import org.vtpmconsole.protocol.ca.CrlResponse;
import org.vtpmconsole.protocol.http.ApiException;
import org.vtpmconsole.protocol.http.JsonServer;

/**
 * {@code GET /v1/crl}: the CRL the agent checks its clients with. A client that holds no CRL yet fetches it here
 * before it checks the agent's certificate for revocation ({@code FleetClientContext.fromCa}); the CRL is signed by
 * the root and must be current, so where it comes from does not matter.
 */
final class CrlRoutes {

	private final CrlSource crls;

	CrlRoutes(CrlSource crls) {
		this.crls = crls;
	}

	void register(JsonServer.Builder server) {
		server.route("GET", AgentPaths.CRL, Access.FLEET, request -> {
			try {
				return new CrlResponse(crls.currentCrl().getEncoded());
			} catch (PkiException | CRLException e) {
				throw new ApiException(503, "no_crl", "the agent holds no usable CRL");
			}
		});
	}
}
