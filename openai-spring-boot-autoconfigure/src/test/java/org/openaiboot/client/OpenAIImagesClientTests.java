package org.openaiboot.client;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.BadRequestException;
import org.openaiboot.models.images.CreateImageEditRequest;
import org.openaiboot.models.images.CreateImageRequest;
import org.openaiboot.models.images.CreateImageRequest.Quality;
import org.openaiboot.models.images.CreateImageRequest.ResponseFormat;
import org.openaiboot.models.images.CreateImageRequest.Size;
import org.openaiboot.models.images.CreateImageRequest.Style;
import org.openaiboot.models.images.CreateImageVariationRequest;
import org.openaiboot.models.images.ImageModel;
import org.openaiboot.models.images.ImagesResponse;

import org.springframework.core.io.ByteArrayResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.client.RecordingTransport.okJson;

@Timeout(30)
class OpenAIImagesClientTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static final String URLS = """
			{"created":1700000000,"data":[
			 {"url":"https://images.example/1.png","revised_prompt":"A white siamese cat, photographed"},
			 {"url":"https://images.example/2.png"}]}
			""";

	static final String BASE64 = """
			{"created":1700000001,"data":[{"b64_json":"iVBORw0KGgo="}]}
			""";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] MASK = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3 };

	private final RecordingTransport recording = new RecordingTransport();

	private final SimpleMeterRegistry meterRegistry = this.recording.meterRegistry;

	private OpenAIImagesClient client() {
		return this.recording.builder(server.baseUrl())
			.retry(RecordingTransport.FAST_RETRIES)
			.build(OpenAIImagesClient::new);
	}

	@Test
	void createImageSendsJson() {
		server.stubFor(post("/v1/images/generations").willReturn(okJson(URLS)));
		CreateImageRequest request = CreateImageRequest.builder()
			.prompt("A white siamese cat")
			.model(ImageModel.DALL_E_3)
			.n(1)
			.quality(Quality.HD)
			.responseFormat(ResponseFormat.URL)
			.size(Size.V_1024X1792)
			.style(Style.NATURAL)
			.user("user-1")
			.build();
		ImagesResponse response = client().createImage(request);
		server.verify(postRequestedFor(urlEqualTo("/v1/images/generations"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"prompt":"A white siamese cat","model":"dall-e-3","n":1,"quality":"hd","response_format":"url",
					 "size":"1024x1792","style":"natural","user":"user-1"}
					""")));
		assertThat(response.created()).isEqualTo(1700000000L);
		assertThat(response.data()).hasSize(2);
		assertThat(response.data().get(0).url()).isEqualTo("https://images.example/1.png");
		assertThat(response.data().get(0).revisedPrompt()).isEqualTo("A white siamese cat, photographed");
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createImage")
			.tag("openai.model", "dall-e-3")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createImageRejectedByPolicyThrowsBadRequest() {
		server.stubFor(post("/v1/images/generations").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req-cp")
			.withBody("""
					{"error":{"code":"content_policy_violation","message":"Your request was rejected.",
					 "param":null,"type":"invalid_request_error"}}
					""")));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client().createImage(CreateImageRequest.of("something")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo("content_policy_violation");
				assertThat(ex.getParam()).isNull();
				assertThat(ex.getRequestId()).isEqualTo("req-cp");
			});
	}

	@Test
	void createImageEditSendsImageMaskAndFields() {
		server.stubFor(post("/v1/images/edits").willReturn(okJson(BASE64)));
		CreateImageEditRequest request = CreateImageEditRequest.builder()
			.prompt("Add a flamingo to the pool")
			.model(ImageModel.DALL_E_2)
			.n(2)
			.size("512x512")
			.responseFormat("b64_json")
			.user("user-1")
			.build();
		ImagesResponse response = client().createImageEdit(request, FileContent.of(PNG, "pool.png"),
				FileContent.of(new ByteArrayResource(MASK), "mask.png"));
		server.verify(postRequestedFor(urlEqualTo("/v1/images/edits"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", matching("multipart/form-data;\\s*boundary=.+"))
			.withAnyRequestBodyPart(aMultipart().withName("prompt").withBody(equalTo("Add a flamingo to the pool")))
			.withAnyRequestBodyPart(aMultipart().withName("model").withBody(equalTo("dall-e-2")))
			.withAnyRequestBodyPart(aMultipart().withName("n").withBody(equalTo("2")))
			.withAnyRequestBodyPart(aMultipart().withName("size").withBody(equalTo("512x512")))
			.withAnyRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("b64_json")))
			.withAnyRequestBodyPart(aMultipart().withName("user").withBody(equalTo("user-1")))
			.withAnyRequestBodyPart(aMultipart().withName("image")
				.withFileName("pool.png")
				.withHeader("Content-Type", equalTo("image/png"))
				.withBody(binaryEqualTo(PNG)))
			.withAnyRequestBodyPart(aMultipart().withName("mask")
				.withFileName("mask.png")
				.withHeader("Content-Type", equalTo("image/png"))
				.withBody(binaryEqualTo(MASK))));
		assertThat(response.data()).singleElement().satisfies((image) -> {
			assertThat(image.b64Json()).isEqualTo("iVBORw0KGgo=");
			assertThat(image.url()).isNull();
		});
		assertThat(this.meterRegistry.get("openai.client.requests")
			.tag("openai.operation", "createImageEdit")
			.tag("openai.model", "dall-e-2")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void createImageEditWithoutMaskSendsNoMaskPart() {
		server.stubFor(post("/v1/images/edits").willReturn(okJson(URLS)));
		client().createImageEdit(CreateImageEditRequest.of("Add a hat"), FileContent.of(PNG, "cat.png"));
		LoggedRequest sent = server.findAll(postRequestedFor(urlEqualTo("/v1/images/edits"))).get(0);
		assertThat(sent.getParts()).extracting(Request.Part::getName).containsExactlyInAnyOrder("prompt", "image");
	}

	@Test
	void createImageVariationSendsImageAndFields() {
		server.stubFor(post("/v1/images/variations").willReturn(okJson(URLS)));
		CreateImageVariationRequest request = CreateImageVariationRequest.builder()
			.n(2)
			.size("256x256")
			.responseFormat("url")
			.build();
		ImagesResponse response = client().createImageVariation(request, FileContent.of(PNG, "cat.png"));
		server.verify(postRequestedFor(urlEqualTo("/v1/images/variations"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withAnyRequestBodyPart(aMultipart().withName("n").withBody(equalTo("2")))
			.withAnyRequestBodyPart(aMultipart().withName("size").withBody(equalTo("256x256")))
			.withAnyRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("url")))
			.withAnyRequestBodyPart(
					aMultipart().withName("image").withFileName("cat.png").withBody(binaryEqualTo(PNG))));
		LoggedRequest sent = server.findAll(postRequestedFor(urlEqualTo("/v1/images/variations"))).get(0);
		assertThat(sent.getParts()).extracting(Request.Part::getName)
			.containsExactlyInAnyOrder("n", "size", "response_format", "image");
		assertThat(response.data()).extracting((image) -> image.url())
			.containsExactly("https://images.example/1.png", "https://images.example/2.png");
	}

}
