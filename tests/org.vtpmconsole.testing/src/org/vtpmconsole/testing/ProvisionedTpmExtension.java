package org.vtpmconsole.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * One {@link ProvisionedSwtpm} shared by the tests of a class ({@code @ExtendWith(ProvisionedTpmExtension.class)}):
 * started before the first test, stopped after the last, and handed to every test that takes a {@link TssHostTpm}.
 */
public final class ProvisionedTpmExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(ProvisionedTpmExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) throws TpmException {
		context.getStore(NAMESPACE).put(ProvisionedSwtpm.class, ProvisionedSwtpm.start());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		ProvisionedSwtpm fixture = context.getStore(NAMESPACE).remove(ProvisionedSwtpm.class, ProvisionedSwtpm.class);
		if (fixture != null) {
			fixture.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == TssHostTpm.class;
	}

	@Override
	public TssHostTpm resolveParameter(ParameterContext parameter, ExtensionContext context) {
		// a test's store falls back to its class's, where beforeAll put the fixture
		return context.getStore(NAMESPACE).get(ProvisionedSwtpm.class, ProvisionedSwtpm.class).tpm;
	}
}
