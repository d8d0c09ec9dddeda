package org.vtpmconsole.protocol.http;

/** Told about every answered request after its answer is sent (e.g. an audit log); must not throw. */
@FunctionalInterface
public interface ExchangeListener {

	void answered(ApiExchange exchange);

	ExchangeListener NONE = exchange -> {
	};
}
