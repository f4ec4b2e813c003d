package org.openaiboot.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The endpoint that receives OpenAI's webhooks, bound from {@code openai.webhooks.*}.
 */
@ConfigurationProperties("openai.webhooks")
public class OpenAIWebhooksProperties {

	/**
	 * Signing secret of the webhook, as OpenAI shows it when the webhook is created
	 * (whsec_...). Setting it turns the endpoint on.
	 */
	private @Nullable String secret;

	/**
	 * Path the endpoint receives the deliveries at, with POST.
	 */
	private String path = "/openai/webhooks";

	/**
	 * How far the webhook-timestamp of a delivery may be from now, before or after, for
	 * it to be accepted.
	 */
	private Duration tolerance = Duration.ofMinutes(5);

	/**
	 * Largest body accepted; a larger one is answered with 413 and not read.
	 */
	private DataSize maxBodySize = DataSize.ofKilobytes(256);

	/**
	 * Most webhook-ids remembered to refuse a delivery sent again within the tolerance.
	 */
	private int maxRememberedIds = 10_000;

	public @Nullable String getSecret() {
		return this.secret;
	}

	public void setSecret(@Nullable String secret) {
		this.secret = secret;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public Duration getTolerance() {
		return this.tolerance;
	}

	public void setTolerance(Duration tolerance) {
		this.tolerance = tolerance;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public int getMaxRememberedIds() {
		return this.maxRememberedIds;
	}

	public void setMaxRememberedIds(int maxRememberedIds) {
		this.maxRememberedIds = maxRememberedIds;
	}

}
