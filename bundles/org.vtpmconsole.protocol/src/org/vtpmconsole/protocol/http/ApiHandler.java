package org.vtpmconsole.protocol.http;

/** Handles one route: returns the response message (sent as 200 JSON) or throws the refusal. */
@FunctionalInterface
public interface ApiHandler {

	Object handle(ApiRequest request) throws ApiException;
}
