package org.openaiboot.autoconfigure;

import java.io.IOException;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.InvalidWebhookException;
import org.openaiboot.client.webhooks.WebhookDelivery;
import org.openaiboot.client.webhooks.WebhookReplayGuard;
import org.openaiboot.client.webhooks.WebhookVerifier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Receives OpenAI's webhook deliveries: verifies each, refuses one accepted already,
 * publishes the payload as an {@link OpenAIWebhookEvent} and answers 200 with no body. A
 * refused delivery is answered with 400 and a short reason, and publishes nothing; a body
 * larger than the limit with 413. If a listener throws, the delivery's id is forgotten
 * and the exception answers with an error, so that OpenAI's retry is delivered again.
 * <p>
 * Listeners run in the request's thread, before the answer: they should be quick, or
 * {@code @Async}. Counts the deliveries in {@value #DELIVERIES} by {@code type} and
 * {@code outcome} when there is a {@link MeterRegistry}.
 */
public class OpenAIWebhookHandler implements HandlerFunction<ServerResponse> {

	static final String DELIVERIES = "openai.webhooks.deliveries";

	private static final Log logger = LogFactory.getLog(OpenAIWebhookHandler.class);

	private final WebhookVerifier verifier;

	private final WebhookReplayGuard replayGuard;

	private final ApplicationEventPublisher publisher;

	private final int maxBodySize;

	private final @Nullable MeterProvider<Counter> deliveries;

	public OpenAIWebhookHandler(WebhookVerifier verifier, WebhookReplayGuard replayGuard,
			ApplicationEventPublisher publisher, DataSize maxBodySize, @Nullable MeterRegistry meterRegistry) {
		this.verifier = verifier;
		this.replayGuard = replayGuard;
		this.publisher = publisher;
		Assert.isTrue(maxBodySize.toBytes() > 0 && maxBodySize.toBytes() < Integer.MAX_VALUE,
				() -> "maxBodySize must be more than 0 bytes and less than 2GB, but was " + maxBodySize);
		this.maxBodySize = (int) maxBodySize.toBytes();
		this.deliveries = (meterRegistry != null) ? Counter.builder(DELIVERIES)
			.description("Webhook deliveries received from OpenAI")
			.withRegistry(meterRegistry) : null;
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		byte[] body = readBody(request.servletRequest());
		if (body == null) {
			count("none", "too_large");
			return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		WebhookDelivery delivery;
		try {
			delivery = this.verifier.unwrap(body, request.headers().asHttpHeaders());
			this.replayGuard.check(delivery);
		}
		catch (InvalidWebhookException ex) {
			logger.debug("Refused a webhook delivery: " + ex.getMessage());
			count("none", ex.getReason().name().toLowerCase(Locale.ROOT));
			return ServerResponse.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getReason().description());
		}
		try {
			this.publisher.publishEvent(new OpenAIWebhookEvent<>(this, delivery, delivery.payload()));
		}
		catch (RuntimeException ex) {
			this.replayGuard.forget(delivery.webhookId());
			count(delivery.type(), "listener_failed");
			throw ex;
		}
		count(delivery.type(), "accepted");
		return ServerResponse.ok().build();
	}

	/**
	 * The body, or {@code null} if it is larger than the limit: read no further than
	 * that, whatever the Content-Length says or does not say.
	 */
	private byte @Nullable [] readBody(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.maxBodySize) {
			return null;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBodySize + 1);
		return (body.length <= this.maxBodySize) ? body : null;
	}

	private void count(String type, String outcome) {
		if (this.deliveries != null) {
			this.deliveries.withTags("type", type, "outcome", outcome).increment();
		}
	}

}
