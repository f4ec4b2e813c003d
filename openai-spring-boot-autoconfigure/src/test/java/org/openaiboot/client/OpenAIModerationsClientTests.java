package org.openaiboot.client;

import java.util.List;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.RateLimitException;
import org.openaiboot.models.moderations.CreateModerationRequest;
import org.openaiboot.models.moderations.CreateModerationResponse;
import org.openaiboot.models.moderations.ModerationModel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIModerationsClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String MODERATION = """
			{"id":"modr-XXXXX","model":"text-moderation-007","results":[{"flagged":true,
			 "categories":{"sexual":false,"hate":false,"harassment":false,"self-harm":false,"sexual/minors":false,
			  "hate/threatening":false,"violence/graphic":false,"self-harm/intent":false,"self-harm/instructions":false,
			  "harassment/threatening":true,"violence":true},
			 "category_scores":{"sexual":1.2282071e-06,"hate":0.010696256,"harassment":0.29842457,
			  "self-harm":1.5236925e-08,"sexual/minors":5.7246268e-08,"hate/threatening":0.0060676364,
			  "violence/graphic":4.435014e-06,"self-harm/intent":8.098441e-10,"self-harm/instructions":2.8498655e-11,
			  "harassment/threatening":0.63055265,"violence":0.99011886}}]}
			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAIModerationsClient client = this.recording.builder(server.baseUrl())
		.build(OpenAIModerationsClient::new);

	@Test
	void createModerationSendsRequestAndParsesResponse() {
		server.stubFor(post("/v1/moderations").willReturn(okJson(MODERATION)));
		CreateModerationResponse response = this.client.createModeration(CreateModerationRequest.builder()
			.input("I want to kill them.")
			.model(ModerationModel.TEXT_MODERATION_STABLE)
			.build());
		server.verify(postRequestedFor(urlEqualTo("/v1/moderations"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"input":"I want to kill them.","model":"text-moderation-stable"}
					""")));
		assertThat(response.id()).isEqualTo("modr-XXXXX");
		assertThat(response.model()).isEqualTo("text-moderation-007");
		assertThat(response.results()).singleElement().satisfies((result) -> {
			assertThat(result.flagged()).isTrue();
			assertThat(result.categories().violence()).isTrue();
			assertThat(result.categories().harassmentThreatening()).isTrue();
			assertThat(result.categories().selfHarm()).isFalse();
			assertThat(result.categoryScores().violence()).isEqualTo(0.99011886);
			assertThat(result.categoryScores().selfHarmInstructions()).isEqualTo(2.8498655e-11);
		});
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createModeration")
			.tag("openai.model", "text-moderation-stable")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createModerationWithoutModelSendsNoModel() {
		server.stubFor(post("/v1/moderations").willReturn(okJson(MODERATION)));
		this.client.createModeration(CreateModerationRequest.builder().input(CreateModerationRequest.Input.of(List.of("first", "second"))).build());
		server.verify(postRequestedFor(urlEqualTo("/v1/moderations")).withRequestBody(equalToJson("""
				{"input":["first","second"]}
				""")));
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createModeration")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createModerationRejectsNullRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.client.createModeration(null))
			.withMessage("request must not be null");
	}

	@Test
	void createModerationMapsRateLimit() {
		server.stubFor(post("/v1/moderations").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-429")
			.withBody("""
					{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,
					 "code":"rate_limit_exceeded"}}
					""")));
		assertThatExceptionOfType(RateLimitException.class)
			.isThrownBy(() -> this.client.createModeration(CreateModerationRequest.of("hello")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getCode()).isEqualTo("rate_limit_exceeded");
				assertThat(ex.getType()).isEqualTo("requests");
				assertThat(ex.getRequestId()).isEqualTo("req-429");
			});
	}

}
