package org.openaiboot.client;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.transport.DefaultRequestFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * The {@code RestClient} of a transport, built on first use: the HTTP engine and
 * {@code RestClient} (TLS trust store, connection pool, class loading) would otherwise
 * add about 240 ms to a Boot application's start-up.
 */
final class LazyRestClient {

	private LazyRestClient() {
	}

	static SingletonSupplier<RestClient> of(HttpHeaders headers, @Nullable Supplier<RestClient.Builder> base,
			@Nullable ClientHttpRequestFactory requestFactory, Duration connectTimeout, Duration readTimeout,
			ConnectionPoolSettings connectionPool, ResponseLimits limits) {
		return SingletonSupplier.of(() -> {
			RestClient.Builder restClientBuilder = (base != null) ? base.get().clone() : RestClient.builder();
			if (requestFactory != null) {
				restClientBuilder.requestFactory(requestFactory);
			}
			else if (base == null) {
				restClientBuilder.requestFactory(
						DefaultRequestFactory.create(connectTimeout, readTimeout, connectionPool, limits));
			}
			return restClientBuilder.defaultHeaders((defaults) -> defaults.putAll(headers)).build();
		});
	}

}
