package org.vtpmconsole.protocol.http;

/**
 * Every refusal the API sends: the HTTP status again, a stable machine-readable code and a one-line message
 * for people. Never a stack trace or a secret.
 */
public record ErrorResponse(Integer status, String code, String message) {
}
