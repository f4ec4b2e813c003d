package org.openaiboot.client.transport;

import java.io.IOException;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.openaiboot.client.ConnectionPoolSettings;
import org.openaiboot.client.ResponseLimits;

/**
 * What the clients need of an Apache HttpClient 5 engine, in one place for the engine
 * they build themselves ({@code DefaultRequestFactory}) and for the one built by Spring
 * Boot's {@code HttpComponentsClientHttpRequestFactoryBuilder}. Each of its four methods
 * tunes one of the builders an Apache engine is made of, so that both hand it the same
 * builders and nothing else:
 * <ul>
 * <li>no automatic retries (they would repeat 429 and 503 behind the clients' own
 * retries), no redirects (they would carry the API key to another host), and no cookies:
 * the API needs none, the official SDKs keep none, and one cookie store shared by every
 * call is a lock that thousands of concurrent streams queue on;</li>
 * <li>a call's deadline drops its connection, whatever phase the exchange is in, and a
 * request that met a pooled connection the server had closed is marked for an immediate
 * retry;</li>
 * <li>a pool sized for many concurrent streams, with a bounded wait for a connection;</li>
 * <li>bounded response headers, and pooled connections checked before reuse once idle.</li>
 * </ul>
 * Apache's classic client speaks HTTP/1.1 only, so it never attempts the h2c upgrade that
 * local OpenAI-compatible servers reject.
 */
public final class ApacheEngineTuning {

	/**
	 * Idle time after which a pooled connection is checked before it is reused (a
	 * one-millisecond read), so that one the server closed is not used. Servers close idle
	 * connections after a few seconds (uvicorn after 5).
	 */
	private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofMilliseconds(500);

	private final ConnectionPoolSettings pool;

	private final boolean sizePool;

	private final ResponseLimits limits;

	private ApacheEngineTuning(ConnectionPoolSettings pool, boolean sizePool, ResponseLimits limits) {
		this.pool = pool;
		this.sizePool = sizePool;
		this.limits = limits;
	}

	/**
	 * The tuning of an engine.
	 * @param pool the pool settings: its size, and the wait for a connection
	 * @param sizePool whether to set the pool size: not when the application sized the
	 * engine's pool itself
	 * @param limits the limits, of which the header limits apply
	 * @return the tuning
	 */
	public static ApacheEngineTuning of(ConnectionPoolSettings pool, boolean sizePool, ResponseLimits limits) {
		return new ApacheEngineTuning(pool, sizePool, limits);
	}

	/**
	 * No automatic retries, no redirects, no cookies, and the deadline interceptor.
	 * @param builder the client builder
	 */
	public void client(HttpClientBuilder builder) {
		builder.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.addExecInterceptorBefore(ChainElement.CONNECT.name(), "openai-deadline", new DeadlineInterceptor());
	}

	/**
	 * The pool size, for one host and in all, and connections that refuse more response
	 * headers, or longer ones, than the limits allow (Apache's own default is no limit at
	 * all).
	 * @param builder the connection manager builder
	 */
	public void connectionManager(PoolingHttpClientConnectionManagerBuilder builder) {
		if (this.sizePool) {
			builder.setMaxConnTotal(this.pool.maxConnections()).setMaxConnPerRoute(this.pool.maxConnections());
		}
		builder.setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
			.http1Config(Http1Config.custom()
				.setMaxHeaderCount(this.limits.maxHeaderCount())
				.setMaxLineLength((int) this.limits.maxHeaderSize().toBytes())
				.build())
			.build());
	}

	/**
	 * Check a pooled connection before reusing it once it was idle for a while.
	 * @param builder the connection configuration builder
	 */
	public void connectionConfig(ConnectionConfig.Builder builder) {
		builder.setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY);
	}

	/**
	 * A bounded wait for a connection of a full pool.
	 * @param builder the request configuration builder
	 */
	public void requestConfig(RequestConfig.Builder builder) {
		builder.setConnectionRequestTimeout(Timeout.of(this.pool.acquireTimeout()));
	}

	/**
	 * Lets a call's deadline drop the connection, and tells a stale pooled connection from
	 * a server that failed. Runs before the connection is opened, on the caller's thread.
	 */
	private static final class DeadlineInterceptor implements ExecChainHandler {

		@Override
		public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
				throws IOException, HttpException {
			ExecRuntime runtime = scope.execRuntime;
			CallDeadline deadline = CallDeadline.current();
			if (deadline != null) {
				deadline.onExpiry(runtime::discardEndpoint);
			}
			if (!runtime.isEndpointAcquired()) {
				runtime.acquireEndpoint(scope.exchangeId, scope.route, scope.clientContext.getUserToken(),
						scope.clientContext);
			}
			boolean reused = runtime.isEndpointConnected();
			try {
				return chain.proceed(request, scope);
			}
			catch (NoHttpResponseException ex) {
				throw reused ? new StaleConnectionException(ex) : ex;
			}
		}

	}

}
