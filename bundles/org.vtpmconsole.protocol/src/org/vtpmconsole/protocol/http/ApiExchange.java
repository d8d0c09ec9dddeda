package org.vtpmconsole.protocol.http;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;

import org.vtpmconsole.pki.Role;

/**
 * One answered request as an {@link ExchangeListener} sees it, refusals included.
 *
 * @param route      the matched route's path template ({@code /v1/vms/{uuid}/start}); empty for an unknown path
 * @param parameters the path parameters of that route
 * @param peer       the client's certificate; empty only when the server could not read it
 * @param role       the client's fleet role; empty when the certificate carries none
 * @param code       the error code of a refusal; empty for 200
 */
public record ApiExchange(String method, String path, Optional<String> route, Map<String, String> parameters,
		Optional<X509Certificate> peer, Optional<Role> role, int status, Optional<String> code) {
}
