package org.openaiboot.autoconfigure;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openaiboot.client.webhooks.TestWebhooks;
import org.openaiboot.client.webhooks.UnrecognizedWebhook;
import org.openaiboot.client.webhooks.WebhookReplayGuard;
import org.openaiboot.client.webhooks.WebhookVerifier;
import org.openaiboot.models.webhooks.WebhookBatchCompleted;
import org.openaiboot.models.webhooks.WebhookResponseCompleted;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Timeout(30)
class OpenAIWebhooksAutoConfigurationTests {

	private static final String BODY = TestWebhooks.payload(WebhookResponseCompleted.TYPE, "evt_1");

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAIWebhooksAutoConfiguration.class))
		.withUserConfiguration(MvcWithListeners.class)
		.withPropertyValues("openai.webhooks.secret=" + TestWebhooks.SECRET);

	@Test
	void publishesAVerifiedDeliveryToListenersOfThePayloadAndOfTheEvent() {
		this.contextRunner.run((context) -> {
			deliver(context, "/openai/webhooks", "wh_1", BODY).andExpect(status().isOk())
				.andExpect(content().string(""));
			Listeners listeners = context.getBean(Listeners.class);
			assertThat(listeners.completed).singleElement()
				.satisfies((completed) -> assertThat(completed.data().id()).isEqualTo("resp_123"));
			assertThat(listeners.completedEvents).singleElement().satisfies((event) -> {
				assertThat(event.getWebhookId()).isEqualTo("wh_1");
				assertThat(event.getType()).isEqualTo("response.completed");
				assertThat(event.getPayload()).isSameAs(listeners.completed.get(0));
			});
			assertThat(listeners.batchEvents).isEmpty();
			assertThat(listeners.all).hasSize(1);
		});
	}

	@Test
	void publishesAnUnknownTypeAsItsJson() {
		String body = "{\"id\":\"evt_9\",\"type\":\"video.completed\",\"data\":{\"id\":\"video_1\"}}";
		this.contextRunner.run((context) -> {
			deliver(context, "/openai/webhooks", "wh_1", body).andExpect(status().isOk());
			assertThat(context.getBean(Listeners.class).unrecognized).singleElement()
				.satisfies((unknown) -> assertThat(unknown.json()).containsEntry("id", "evt_9"));
		});
	}

	@Test
	void answersABadSignatureWith400AndPublishesNothing() {
		this.contextRunner.run((context) -> {
			HttpHeaders headers = TestWebhooks.headers("wh_1", Instant.now(), BODY);
			mvc(context).perform(post("/openai/webhooks").headers(headers).content(BODY.replace("1", "2")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
				.andExpect(content().string("no matching webhook signature"));
			mvc(context).perform(post("/openai/webhooks").content(BODY))
				.andExpect(status().isBadRequest())
				.andExpect(content().string("missing webhook header"));
			assertThat(context.getBean(Listeners.class).all).isEmpty();
		});
	}

	@Test
	void answersAReplayWith400AndPublishesOnce() {
		this.contextRunner.run((context) -> {
			HttpHeaders headers = TestWebhooks.headers("wh_1", Instant.now(), BODY);
			MockMvc mvc = mvc(context);
			mvc.perform(post("/openai/webhooks").headers(headers).content(BODY)).andExpect(status().isOk());
			mvc.perform(post("/openai/webhooks").headers(headers).content(BODY))
				.andExpect(status().isBadRequest())
				.andExpect(content().string("webhook already delivered"));
			assertThat(context.getBean(Listeners.class).all).hasSize(1);
		});
	}

	@Test
	void answersATooLargeBodyWith413() {
		String large = BODY.replace("resp_123", "resp_" + "x".repeat(2048));
		this.contextRunner.withPropertyValues("openai.webhooks.max-body-size=1KB").run((context) -> {
			deliver(context, "/openai/webhooks", "wh_1", large).andExpect(status().isContentTooLarge());
			deliver(context, "/openai/webhooks", "wh_2", BODY).andExpect(status().isOk());
			assertThat(context.getBean(Listeners.class).all).hasSize(1);
		});
	}

	@Test
	void letsAFailedDeliveryBeRetried() {
		this.contextRunner.withBean(FailingListener.class).run((context) -> {
			FailingListener failing = context.getBean(FailingListener.class);
			failing.fail = true;
			assertThatException().isThrownBy(() -> deliver(context, "/openai/webhooks", "wh_1", BODY))
				.withRootCauseInstanceOf(IllegalStateException.class);
			failing.fail = false;
			deliver(context, "/openai/webhooks", "wh_1", BODY).andExpect(status().isOk());
		});
	}

	@Test
	void servesThePathOfTheProperties() {
		this.contextRunner.withPropertyValues("openai.webhooks.path=/hooks/openai").run((context) -> {
			deliver(context, "/hooks/openai", "wh_1", BODY).andExpect(status().isOk());
			deliver(context, "/openai/webhooks", "wh_2", BODY).andExpect(status().isNotFound());
		});
	}

	@Test
	void countsTheDeliveriesByTypeAndOutcome() {
		this.contextRunner.withBean(SimpleMeterRegistry.class).run((context) -> {
			deliver(context, "/openai/webhooks", "wh_1", BODY);
			deliver(context, "/openai/webhooks", "wh_1", BODY);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("openai.webhooks.deliveries")
				.tags("type", "response.completed", "outcome", "accepted")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("openai.webhooks.deliveries").tags("type", "none", "outcome", "replayed")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void countsNothingWhenTheMetricsAreOff() {
		this.contextRunner.withBean(SimpleMeterRegistry.class).withPropertyValues("openai.metrics.enabled=false")
			.run((context) -> {
				deliver(context, "/openai/webhooks", "wh_1", BODY).andExpect(status().isOk());
				assertThat(context.getBean(MeterRegistry.class).find("openai.webhooks.deliveries").meters()).isEmpty();
			});
	}

	@Test
	void backsOffWithoutTheSecret() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIWebhooksAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookVerifier.class)
				.doesNotHaveBean("openAIWebhookRouterFunction"));
	}

	@Test
	void backsOffOutsideAServletWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpenAIWebhooksAutoConfiguration.class))
			.withPropertyValues("openai.webhooks.secret=" + TestWebhooks.SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookVerifier.class));
	}

	@Test
	void backsOffWithoutSpringMvc() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(OpenAIWebhooksAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(RouterFunction.class))
			.withPropertyValues("openai.webhooks.secret=" + TestWebhooks.SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookVerifier.class)
				.doesNotHaveBean(OpenAIWebhookHandler.class));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			openai.webhooks.secret=               | openai.webhooks.secret must not be empty
			openai.webhooks.secret=whsec_s3cr3t*  | openai.webhooks.secret must be base64 after its 'whsec_' prefix, but is not
			openai.webhooks.tolerance=0s          | openai.webhooks.tolerance must be positive, but was PT0S
			openai.webhooks.max-remembered-ids=0  | openai.webhooks.max-remembered-ids must be positive, but was 0
			openai.webhooks.max-body-size=0       | openai.webhooks.max-body-size must be more than 0 bytes and less than 2GB, but was 0B
			""")
	void failsToStartOnABadValueNamingTheProperty(String property, String message) {
		this.contextRunner.withPropertyValues(property)
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessage(message)
				.hasMessageNotContaining("s3cr3t"));
	}

	@Test
	void isListedAmongTheAutoConfigurations() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(OpenAIWebhooksAutoConfiguration.class.getName());
	}

	@Test
	void givesWayToTheApplicationsOwnBeans() {
		WebhookVerifier verifier = new WebhookVerifier("whsec_b3duLWtleQ==");
		WebhookReplayGuard guard = new WebhookReplayGuard();
		RouterFunction<ServerResponse> route = RouterFunctions.route().GET("/own", (request) -> ServerResponse.ok().build())
			.build();
		this.contextRunner.withBean(WebhookVerifier.class, () -> verifier)
			.withBean(WebhookReplayGuard.class, () -> guard)
			.withBean("openAIWebhookRouterFunction", RouterFunction.class, () -> route)
			.run((context) -> {
				assertThat(context).getBean(WebhookVerifier.class).isSameAs(verifier);
				assertThat(context).getBean(WebhookReplayGuard.class).isSameAs(guard);
				assertThat(context).getBean("openAIWebhookRouterFunction").isSameAs(route);
				deliver(context, "/openai/webhooks", "wh_1", BODY).andExpect(status().isNotFound());
			});
		OpenAIWebhookHandler handler = new OpenAIWebhookHandler(verifier, guard, (event) -> {
		}, DataSize.ofKilobytes(1), null);
		this.contextRunner.withBean(OpenAIWebhookHandler.class, () -> handler)
			.run((context) -> assertThat(context).getBean(OpenAIWebhookHandler.class).isSameAs(handler));
	}

	@Test
	void keepsTheRouteWhenTheApplicationHasRoutesOfItsOwn() {
		this.contextRunner
			.withBean("appRoutes", RouterFunction.class,
					() -> RouterFunctions.route().GET("/own", (request) -> ServerResponse.ok().build()).build())
			.run((context) -> deliver(context, "/openai/webhooks", "wh_1", BODY).andExpect(status().isOk()));
	}

	private static ResultActions deliver(WebApplicationContext context, String path, String id, String body)
			throws Exception {
		return mvc(context)
			.perform(post(path).headers(TestWebhooks.headers(id, Instant.now(), body)).content(body));
	}

	private static MockMvc mvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class MvcWithListeners {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

	}

	static class Listeners {

		final List<WebhookResponseCompleted> completed = new CopyOnWriteArrayList<>();

		final List<OpenAIWebhookEvent<WebhookResponseCompleted>> completedEvents = new CopyOnWriteArrayList<>();

		final List<OpenAIWebhookEvent<WebhookBatchCompleted>> batchEvents = new CopyOnWriteArrayList<>();

		final List<UnrecognizedWebhook> unrecognized = new CopyOnWriteArrayList<>();

		final List<OpenAIWebhookEvent<?>> all = new CopyOnWriteArrayList<>();

		@EventListener
		void onCompleted(WebhookResponseCompleted completed) {
			this.completed.add(completed);
		}

		@EventListener
		void onCompletedEvent(OpenAIWebhookEvent<WebhookResponseCompleted> event) {
			this.completedEvents.add(event);
		}

		@EventListener
		void onBatchEvent(OpenAIWebhookEvent<WebhookBatchCompleted> event) {
			this.batchEvents.add(event);
		}

		@EventListener
		void onUnrecognized(UnrecognizedWebhook unrecognized) {
			this.unrecognized.add(unrecognized);
		}

		@EventListener
		void onAny(OpenAIWebhookEvent<?> event) {
			this.all.add(event);
		}

	}

	static class FailingListener {

		volatile boolean fail;

		@EventListener
		void on(WebhookResponseCompleted completed) {
			if (this.fail) {
				throw new IllegalStateException("listener down");
			}
		}

	}

}
