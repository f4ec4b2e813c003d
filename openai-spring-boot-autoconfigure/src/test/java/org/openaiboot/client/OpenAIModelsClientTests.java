package org.openaiboot.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.models.DeleteModelResponse;
import org.openaiboot.models.models.ListModelsResponse;
import org.openaiboot.models.models.Model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIModelsClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String FINE_TUNED = "ft:gpt-3.5-turbo:acme:suffix:abc123";

	static final String FINE_TUNED_PATH = "/v1/models/ft%3Agpt-3.5-turbo%3Aacme%3Asuffix%3Aabc123";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAIModelsClient client = this.recording.builder(server.baseUrl())
		.build(OpenAIModelsClient::new);

	@Test
	void listModelsSendsGetAndParsesList() {
		server.stubFor(get("/v1/models").willReturn(okJson("""
				{"object":"list","data":[
				 {"id":"gpt-3.5-turbo-instruct","object":"model","created":1686935002,"owned_by":"openai"},
				 {"id":"ft:gpt-3.5-turbo:acme:suffix:abc123","object":"model","created":1700000000,
				  "owned_by":"organization-owner"}]}
				""")));
		Page<Model> models = this.client.listModels();
		server.verify(
				getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization", equalTo("Bearer test-key")));
		assertThat(models.response(ListModelsResponse.class).object()).isEqualTo("list");
		assertThat(models.data()).extracting(Model::id).containsExactly("gpt-3.5-turbo-instruct", FINE_TUNED);
		assertThat(models.data().get(0).ownedBy()).isEqualTo("openai");
		assertThat(models.data().get(0).created()).isEqualTo(1686935002L);
		assertThat(models.hasMore()).isFalse();
		assertThat(models.firstId()).isNull();
		assertThat(models.lastId()).isNull();
		assertThat(models.nextPage()).isNull();
		assertThat(models.autoPaging().map(Model::id)).containsExactly("gpt-3.5-turbo-instruct", FINE_TUNED);
		server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "listModels")
			.tag("outcome", "SUCCESS")
			.tag("status", "200")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void retrieveModelSendsIdAsPathSegment() {
		server.stubFor(get("/v1/models/gpt-3.5-turbo-instruct").willReturn(okJson("""
				{"id":"gpt-3.5-turbo-instruct","object":"model","created":1686935002,"owned_by":"openai"}
				""")));
		Model model = this.client.retrieveModel("gpt-3.5-turbo-instruct");
		server.verify(getRequestedFor(urlEqualTo("/v1/models/gpt-3.5-turbo-instruct")));
		assertThat(model.id()).isEqualTo("gpt-3.5-turbo-instruct");
		assertThat(model.object()).isEqualTo("model");
		assertThat(model.ownedBy()).isEqualTo("openai");
	}

	@Test
	void retrieveModelEncodesColonsOfFineTunedId() {
		server.stubFor(get(urlEqualTo(FINE_TUNED_PATH)).willReturn(okJson("""
				{"id":"ft:gpt-3.5-turbo:acme:suffix:abc123","object":"model","created":1700000000,
				 "owned_by":"organization-owner"}
				""")));
		Model model = this.client.retrieveModel(FINE_TUNED);
		assertThat(model.id()).isEqualTo(FINE_TUNED);
		LoggedRequest request = server.findAll(getRequestedFor(anyUrl())).get(0);
		assertThat(request.getUrl()).isEqualTo(FINE_TUNED_PATH);
	}

	@Test
	void retrieveModelKeepsSlashInsideOneSegment() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.retrieveModel("a/../b"));
		assertThat(server.findAll(getRequestedFor(anyUrl())).get(0).getUrl()).isEqualTo("/v1/models/a%2F..%2Fb");
	}

	@Test
	void retrieveModelMapsNotFound() {
		server.stubFor(get("/v1/models/gpt-9").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-404")
			.withBody("""
					{"error":{"message":"The model 'gpt-9' does not exist","type":"invalid_request_error",
					 "param":"model","code":"model_not_found"}}
					""")));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.retrieveModel("gpt-9"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getErrorMessage()).isEqualTo("The model 'gpt-9' does not exist");
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getParam()).isEqualTo("model");
				assertThat(ex.getCode()).isEqualTo("model_not_found");
				assertThat(ex.getRequestId()).isEqualTo("req-404");
			});
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "retrieveModel")
			.tag("outcome", "CLIENT_ERROR")
			.tag("exception", "NotFoundException")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void deleteModelSendsDeleteWithEncodedId() {
		server.stubFor(delete(urlEqualTo(FINE_TUNED_PATH)).willReturn(okJson("""
				{"id":"ft:gpt-3.5-turbo:acme:suffix:abc123","object":"model","deleted":true}
				""")));
		DeleteModelResponse response = this.client.deleteModel(FINE_TUNED);
		server.verify(deleteRequestedFor(urlEqualTo(FINE_TUNED_PATH)).withHeader("Authorization",
				equalTo("Bearer test-key")));
		assertThat(response.id()).isEqualTo(FINE_TUNED);
		assertThat(response.object()).isEqualTo("model");
		assertThat(response.deleted()).isTrue();
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "deleteModel")
			.timer()
			.count()).isEqualTo(1);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  " })
	void blankIdIsRejectedWithoutRequest(String model) {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.client.retrieveModel(model));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.client.deleteModel(model));
		server.verify(0, anyRequestedFor(anyUrl()));
	}

}
