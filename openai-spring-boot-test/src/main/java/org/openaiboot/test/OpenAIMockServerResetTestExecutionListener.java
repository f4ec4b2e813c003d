package org.openaiboot.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets every {@link OpenAIMockServer} of a test's application context after each test
 * method, so that no scripted answer or received request leaks into the next test that
 * shares the cached context.
 */
public class OpenAIMockServerResetTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		// after the listeners that may still use the server when a test method ends
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			ApplicationContext context = testContext.getApplicationContext();
			context.getBeanProvider(OpenAIMockServer.class).orderedStream().forEach(OpenAIMockServer::reset);
		}
	}

}
