package org.openaiboot.client;

import java.util.List;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest.EncodingFormat;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;
import org.openaiboot.models.embeddings.EmbeddingModel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIEmbeddingsClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String EMBEDDINGS = """
			{"object":"list","model":"text-embedding-3-small",
			 "data":[{"object":"embedding","index":0,"embedding":[0.0023064255,-0.009327292,-0.0028842222]},
			         {"object":"embedding","index":1,"embedding":[0.5,0.25,-1.0]}],
			 "usage":{"prompt_tokens":8,"total_tokens":8}}
			""";

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private final OpenAIEmbeddingsClient client = this.recording.builder(server.baseUrl())
		.build(OpenAIEmbeddingsClient::new);

	private static CreateEmbeddingRequest floatRequest() {
		return request().toBuilder().encodingFormat(EncodingFormat.FLOAT).build();
	}

	private static CreateEmbeddingRequest request() {
		return CreateEmbeddingRequest.builder()
			.model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
			.input(CreateEmbeddingRequest.Input.of(List.of("The food was delicious", "and the waiter...")))
			.dimensions(3)
			.build();
	}

	static final String EMBEDDINGS_BASE64;

	static {
		// the same vectors as EMBEDDINGS, as little-endian float32 in base64
		EMBEDDINGS_BASE64 = EMBEDDINGS.replace("[0.0023064255,-0.009327292,-0.0028842222]",
				"\"" + base64(0.0023064255f, -0.009327292f, -0.0028842222f) + "\"")
			.replace("[0.5,0.25,-1.0]", "\"" + base64(0.5f, 0.25f, -1.0f) + "\"");
	}

	static String base64(float... values) {
		ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float value : values) {
			bytes.putFloat(value);
		}
		return Base64.getEncoder().encodeToString(bytes.array());
	}

	@Test
	void createEmbeddingAsksForBase64AndDecodesItIntoTheVectors() {
		server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDINGS_BASE64)));
		CreateEmbeddingResponse response = this.client.createEmbedding(request());
		server.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(equalToJson("""
				{"model":"text-embedding-3-small","input":["The food was delicious","and the waiter..."],
				 "encoding_format":"base64","dimensions":3}
				""")));
		assertThat(EMBEDDINGS_BASE64).doesNotContain("[0.5");
		assertThat(response.data()).hasSize(2);
		assertThat(response.data().get(0).embedding().values()).containsExactly(0.0023064255f, -0.009327292f, -0.0028842222f);
		assertThat(response.data().get(1).embedding().values()).containsExactly(0.5f, 0.25f, -1.0f);
		assertThat(response.usage().promptTokens()).isEqualTo(8);
	}

	@Test
	void createEmbeddingKeepsTheFormatTheCallerChose() {
		server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDINGS_BASE64)));
		this.client.createEmbedding(request().toBuilder().encodingFormat(EncodingFormat.BASE64).build());
		server.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
			.withRequestBody(matchingJsonPath("$.encoding_format", equalTo("base64"))));
	}

	@Test
	void createEmbeddingSendsFloatWhenTheCallerChoseFloat() {
		server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDINGS)));
		CreateEmbeddingResponse response = this.client.createEmbedding(floatRequest());
		server.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"model":"text-embedding-3-small","input":["The food was delicious","and the waiter..."],
					 "encoding_format":"float","dimensions":3}
					""")));
		assertThat(response.object()).isEqualTo(CreateEmbeddingResponse.OBJECT);
		assertThat(response.model()).isEqualTo("text-embedding-3-small");
		assertThat(response.data()).hasSize(2);
		assertThat(response.data().get(0).embedding().values()).containsExactly(0.0023064255f, -0.009327292f, -0.0028842222f);
		assertThat(response.data().get(1).index()).isEqualTo(1);
		assertThat(response.data().get(1).embedding().values()).containsExactly(0.5f, 0.25f, -1.0f);
		assertThat(response.usage().promptTokens()).isEqualTo(8);
		assertThat(response.usage().totalTokens()).isEqualTo(8);
	}

	@Test
	void createEmbeddingRecordsObservationAndPromptTokens() {
		server.stubFor(post("/v1/embeddings").willReturn(okJson(EMBEDDINGS)));
		this.client.createEmbedding(request());
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createEmbedding")
			.tag("openai.model", "text-embedding-3-small")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
		assertThat(tokens("prompt")).isEqualTo(8);
		assertThat(tokens("completion")).isZero();
	}

	@Test
	void createEmbeddingRejectsNullRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.client.createEmbedding(null))
			.withMessage("request must not be null");
	}

	@Test
	void createEmbeddingMapsBadRequest() {
		server.stubFor(post("/v1/embeddings").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-400")
			.withBody("""
					{"error":{"message":"This model does not support specifying dimensions.",
					 "type":"invalid_request_error","param":null,"code":null}}
					""")));
		CreateEmbeddingRequest request = request().toBuilder().model(EmbeddingModel.TEXT_EMBEDDING_ADA_002).build();
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.client.createEmbedding(request))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getType()).isEqualTo("invalid_request_error");
				assertThat(ex.getErrorMessage()).isEqualTo("This model does not support specifying dimensions.");
				assertThat(ex.getParam()).isNull();
				assertThat(ex.getRequestId()).isEqualTo("req-400");
			});
	}

	private double tokens(String type) {
		return this.meterRegistry.get("openai.client.tokens")
			.tag("type", type)
			.tag("openai.operation", "createEmbedding")
			.tag("openai.model", "text-embedding-3-small")
			.counter()
			.count();
	}

}
