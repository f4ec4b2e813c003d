package org.openaiboot.client;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Set-up shared by the client tests: a meter registry that also records the
 * observations, and transports pointed at a WireMock server that record into it.
 */
final class RecordingTransport {

	/**
	 * Three attempts with waits of a few milliseconds.
	 */
	static final RetrySettings FAST_RETRIES = new RetrySettings(true, 3, Duration.ofMillis(10), Duration.ofMillis(50),
			2.0, Duration.ofSeconds(60));

	final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

	final ObservationRegistry observationRegistry = ObservationRegistry.create();

	RecordingTransport() {
		this.observationRegistry.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(this.meterRegistry));
	}

	/**
	 * A transport for {@code serverBaseUrl + "/v1"} with the key {@code test-key}, no
	 * retries and both registries.
	 * @param serverBaseUrl the WireMock server's base URL
	 * @return the builder, to be adjusted further
	 */
	OpenAITransportBuilder builder(String serverBaseUrl) {
		return OpenAITransport.builder()
			.baseUrl(serverBaseUrl + "/v1")
			.apiKey("test-key")
			.retry(RetrySettings.DISABLED)
			.observationRegistry(this.observationRegistry)
			.meterRegistry(this.meterRegistry);
	}

	static ResponseDefinitionBuilder okJson(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
