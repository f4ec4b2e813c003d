package org.openaiboot.autoconfigure;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.webhooks.TestWebhooks;
import org.openaiboot.models.webhooks.WebhookBatchCompleted;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint in a whole application, found through the auto-configuration
 * imports, on Tomcat at a free port, called over the loopback.
 */
@Timeout(60)
class OpenAIWebhooksServerTests {

	private static final String BODY = TestWebhooks.payload(WebhookBatchCompleted.TYPE, "evt_1");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ConfigurableApplicationContext context;

	private URI endpoint;

	@BeforeEach
	void start() {
		this.context = new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "openai.api-key=sk-test",
					"openai.webhooks.secret=" + TestWebhooks.SECRET, "openai.webhooks.max-body-size=4KB")
			.run();
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/openai/webhooks");
	}

	@AfterEach
	void stop() {
		this.context.close();
	}

	@Test
	void receivesAVerifiedDeliveryAndRefusesItsReplay() throws Exception {
		HttpHeaders headers = TestWebhooks.headers("wh_1", Instant.now(), BODY);
		HttpResponse<String> first = send(headers, HttpRequest.BodyPublishers.ofString(BODY));
		HttpResponse<String> again = send(headers, HttpRequest.BodyPublishers.ofString(BODY));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).isEmpty();
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).isEqualTo("webhook already delivered");
		assertThat(this.context.getBean(Received.class).batches).singleElement()
			.satisfies((batch) -> assertThat(batch.id()).isEqualTo("evt_1"));
	}

	@Test
	void refusesALargeBodySentWithoutALength() throws Exception {
		byte[] large = BODY.replace("resp_123", "x".repeat(8192)).getBytes(StandardCharsets.UTF_8);
		HttpHeaders headers = TestWebhooks.headers("wh_2", Instant.now(), new String(large, StandardCharsets.UTF_8));
		HttpResponse<String> response = send(headers,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(this.context.getBean(Received.class).batches).isEmpty();
	}

	private HttpResponse<String> send(HttpHeaders headers, HttpRequest.BodyPublisher body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint).timeout(Duration.ofSeconds(10)).POST(body);
		headers.forEach((name, values) -> values.forEach((value) -> request.header(name, value)));
		return this.http.send(request.header("Content-Type", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

		@Bean
		Received received() {
			return new Received();
		}

	}

	static class Received {

		final List<WebhookBatchCompleted> batches = new CopyOnWriteArrayList<>();

		@EventListener
		void on(WebhookBatchCompleted batch) {
			this.batches.add(batch);
		}

	}

}
