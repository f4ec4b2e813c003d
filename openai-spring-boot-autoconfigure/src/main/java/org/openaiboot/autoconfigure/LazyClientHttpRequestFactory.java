package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Creates its request factory on the first request, so that an application that does not
 * call the API at start-up does not pay for building an HTTP engine then. Destroys the
 * factory, if it was created, with the application context.
 */
final class LazyClientHttpRequestFactory implements ClientHttpRequestFactory, DisposableBean {

	private final Supplier<ClientHttpRequestFactory> creator;

	private volatile @Nullable ClientHttpRequestFactory delegate;

	private volatile boolean destroyed;

	LazyClientHttpRequestFactory(Supplier<ClientHttpRequestFactory> creator) {
		this.creator = creator;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return delegate().createRequest(uri, httpMethod);
	}

	private ClientHttpRequestFactory delegate() throws IOException {
		ClientHttpRequestFactory factory = this.delegate;
		if (factory == null) {
			synchronized (this) {
				if (this.destroyed) {
					throw new IOException("The OpenAI HTTP client was closed with its application context");
				}
				factory = this.delegate;
				if (factory == null) {
					factory = this.creator.get();
					this.delegate = factory;
				}
			}
		}
		return factory;
	}

	@Override
	public synchronized void destroy() throws Exception {
		this.destroyed = true;
		if (this.delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
		this.delegate = null;
	}

}
