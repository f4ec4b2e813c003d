package org.openaiboot.client.transport;

import java.net.http.HttpClient;

/**
 * What the clients need of the JDK's {@code HttpClient}, in one place for the engine they
 * build themselves and for the one built by Spring Boot's
 * {@code JdkClientHttpRequestFactoryBuilder}: HTTP/1.1, since the client would otherwise
 * attempt an h2c upgrade on plain http, which local OpenAI-compatible servers reject; and
 * no redirects, which would carry the API key to another host.
 * <p>
 * Give this engine no read timeout: Spring applies it to the JDK's client as a limit on
 * the whole exchange, which would cut every stream after it. The call and stream idle
 * timeouts bound its waits instead.
 */
public final class JdkEngineTuning {

	private JdkEngineTuning() {
	}

	/**
	 * HTTP/1.1 and no redirects.
	 * @param builder the client builder
	 */
	public static void client(HttpClient.Builder builder) {
		builder.version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER);
	}

}
