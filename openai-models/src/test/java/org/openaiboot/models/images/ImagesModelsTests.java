package org.openaiboot.models.images;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.images.CreateImageRequest.Quality;
import org.openaiboot.models.images.CreateImageRequest.ResponseFormat;
import org.openaiboot.models.images.CreateImageRequest.Size;
import org.openaiboot.models.images.CreateImageRequest.Style;
import org.openaiboot.models.images.CreateImageRequest.Background;
import org.openaiboot.models.images.CreateImageRequest.Moderation;
import org.openaiboot.models.images.CreateImageRequest.OutputFormat;
import org.openaiboot.models.responses.InputFidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class ImagesModelsTests {

	private static final String[] REQUEST_ENUMS = { "model", "quality", "response_format", "size", "style" };

	// responses

	@Test
	void imagesResponseRoundTrips() {
		String json = fixture("fixtures/images/ImagesResponse.json");
		ImagesResponse response = assertLossless(json, ImagesResponse.class);
		assertThat(response.created()).isEqualTo(1589478378L);
		assertThat(response.data()).hasSize(2).allSatisfy((image) -> {
			assertThat(image.url()).isEqualTo("https://...");
			assertThat(image.b64Json()).isNull();
		});
		assertForwardCompatible(json, ImagesResponse.class);
	}

	@Test
	void imageRoundTrips() {
		String json = fixture("fixtures/images/Image.json");
		Image image = assertLossless(json, Image.class);
		assertThat(image.url()).isEqualTo("...");
		assertThat(image.revisedPrompt()).isEqualTo("...");
		assertForwardCompatible(json, Image.class);
	}

	@Test
	void base64ImagesRoundTrip() {
		String json = "{\"created\":1700000000,\"data\":[{\"b64_json\":\"iVBORw0KGgo=\",\"revised_prompt\":\"An otter\"}]}";
		ImagesResponse response = assertLossless(json, ImagesResponse.class);
		assertThat(response.data().get(0))
			.isEqualTo(Image.builder().b64Json("iVBORw0KGgo=").revisedPrompt("An otter").build());
		assertThat(JACKSON3.writeValueAsString(
				ImagesResponse.builder().created(1L).data(Image.builder().url("https://x").build()).build()))
			.isEqualTo("{\"created\":1,\"data\":[{\"url\":\"https://x\"}]}");
	}

	// CreateImageRequest

	@Test
	void createImageRequestWritesOnlyGivenMembers() {
		assertThat(JACKSON3.writeValueAsString(CreateImageRequest.of("A cute baby sea otter")))
			.isEqualTo("{\"prompt\":\"A cute baby sea otter\"}");
		CreateImageRequest request = CreateImageRequest.builder()
			.prompt("A cute baby sea otter")
			.model(ImageModel.DALL_E_3)
			.n(1)
			.quality(Quality.HD)
			.responseFormat(ResponseFormat.B64_JSON)
			.size(Size.V_1792X1024)
			.style(Style.NATURAL)
			.user("user-1234")
			.build();
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo("{\"prompt\":\"A cute baby sea otter\","
				+ "\"model\":\"dall-e-3\",\"n\":1,\"quality\":\"hd\",\"response_format\":\"b64_json\","
				+ "\"size\":\"1792x1024\",\"style\":\"natural\",\"user\":\"user-1234\"}");
	}

	@Test
	void createImageRequestRoundTrips() {
		String json = "{\"prompt\":\"p\",\"model\":\"dall-e-3\",\"n\":1,\"quality\":\"standard\","
				+ "\"response_format\":\"url\",\"size\":\"1024x1024\",\"style\":\"vivid\",\"user\":\"u\"}";
		CreateImageRequest request = assertLossless(json, CreateImageRequest.class);
		assertThat(request.model()).isEqualTo(ImageModel.DALL_E_3);
		assertThat(request.quality()).isEqualTo(Quality.STANDARD);
		assertThat(request.responseFormat()).isEqualTo(ResponseFormat.URL);
		assertThat(request.size()).isEqualTo(Size.V_1024X1024);
		assertThat(request.style()).isEqualTo(Style.VIVID);
		assertForwardCompatible(json, CreateImageRequest.class, REQUEST_ENUMS);
		assertThat(request.toBuilder().user(null).build().user()).isNull();
	}

	@Test
	void createImageRequestKeepsUnknownValuesAndMembers() {
		CreateImageRequest request = CreateImageRequest.builder()
			.prompt("p")
			.model("dall-e-4")
			.size(Size.of("2048x2048"))
			.additionalProperty("seed", 7)
			.build();
		assertThat(JACKSON3.writeValueAsString(request))
			.isEqualTo("{\"prompt\":\"p\",\"model\":\"dall-e-4\",\"size\":\"2048x2048\",\"seed\":7}");
		assertThat(request.model().toString()).isEqualTo("dall-e-4");
		assertThat(Size.of("1024x1024")).isEqualTo(Size.V_1024X1024);
	}

	@Test
	void createImageRequestRequiresPrompt() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> CreateImageRequest.builder().build())
			.withMessage("Invalid value for 'prompt': is required and must not be blank (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("prompt"));
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt(" ").build())
			.withMessageContaining("'prompt'");
	}

	@Test
	void createImageRequestPromptLengthDependsOnModel() {
		assertThat(CreateImageRequest.of("x".repeat(1000)).prompt()).hasSize(1000);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.of("x".repeat(1001)))
			.withMessageStartingWith("Invalid value for 'prompt': must be at most 1000 characters long (was \"xxx");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt("x".repeat(1001)).model(ImageModel.DALL_E_2).build())
			.withMessageContaining("at most 1000");
		assertThat(CreateImageRequest.builder().prompt("x".repeat(4000)).model(ImageModel.DALL_E_3).build().prompt())
			.hasSize(4000);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt("x".repeat(4001)).model("dall-e-3").build())
			.withMessageStartingWith("Invalid value for 'prompt': must be at most 4000 characters long");
	}

	@Test
	void createImageRequestChecksN() {
		assertThat(CreateImageRequest.builder().prompt("p").n(10).build().n()).isEqualTo(10);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt("p").n(0).build())
			.withMessage("Invalid value for 'n': must be between 1 and 10 (was 0)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt("p").n(11).build())
			.withMessage("Invalid value for 'n': must be between 1 and 10 (was 11)");
		assertThat(CreateImageRequest.builder().prompt("p").model(ImageModel.DALL_E_3).n(1).build().n()).isEqualTo(1);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt("p").model(ImageModel.DALL_E_3).n(2).build())
			.withMessage("Invalid value for 'n': must be 1 for dall-e-3 (was 2)");
	}

	@Test
	void createImageRequestChecksSizeAgainstModel() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt("p").size(Size.V_1024X1792).build())
			.withMessage("Invalid value for 'size': must be one of 256x256, 512x512, 1024x1024 for dall-e-2 "
					+ "(was \"1024x1792\")");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder()
				.prompt("p")
				.model(ImageModel.DALL_E_3)
				.size(Size.V_256X256)
				.build())
			.withMessage("Invalid value for 'size': must be one of 1024x1024, 1792x1024, 1024x1792 for dall-e-3 "
					+ "(was \"256x256\")");
		assertThat(CreateImageRequest.builder().prompt("p").size(Size.V_512X512).build().size())
			.isEqualTo(Size.V_512X512);
		assertThat(CreateImageRequest.builder().prompt("p").model("dall-e-3").size(Size.V_1024X1792).build().size())
			.isEqualTo(Size.V_1024X1792);
	}

	@Test
	void createImageRequestLeavesUnknownModelsToTheServer() {
		CreateImageRequest request = CreateImageRequest.builder()
			.prompt("x".repeat(5000))
			.model("some-new-model")
			.n(4)
			.size(Size.V_256X256)
			.build();
		assertThat(request.n()).isEqualTo(4);
	}

	@Test
	void enumLikeValuesReadAnyString() {
		assertThat(JACKSON3.readValue("\"2048x2048\"", Size.class).value()).isEqualTo("2048x2048");
		assertThat(JACKSON3.readValue("\"ultra\"", Quality.class).toString()).isEqualTo("ultra");
		assertThat(JACKSON3.writeValueAsString(ImageModel.DALL_E_2)).isEqualTo("\"dall-e-2\"");
		assertThat(JACKSON3.writeValueAsString(Style.VIVID)).isEqualTo("\"vivid\"");
	}

	// CreateImageEditRequest

	@Test
	void createImageEditRequestHasNoBinaryComponents() {
		assertThat(CreateImageEditRequest.IMAGE_FIELD).isEqualTo("image");
		assertThat(CreateImageEditRequest.MASK_FIELD).isEqualTo("mask");
		assertThat(componentNames(CreateImageEditRequest.class)).doesNotContain("image", "mask")
			.containsExactly("prompt", "model", "n", "size", "responseFormat", "user", "background", "outputFormat",
					"outputCompression", "inputFidelity", "stream", "partialImages", "quality", "additionalProperties");
	}

	@Test
	void createImageEditRequestWritesAndReads() throws Exception {
		CreateImageEditRequest request = CreateImageEditRequest.builder()
			.prompt("A cute baby sea otter wearing a beret")
			.model(ImageModel.DALL_E_2)
			.n(2)
			.size(CreateImageEditRequest.Size.V_1024X1024)
			.responseFormat(CreateImageEditRequest.ResponseFormat.URL)
			.user("u")
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"prompt\":\"A cute baby sea otter wearing a beret\",\"model\":\"dall-e-2\","
				+ "\"n\":2,\"size\":\"1024x1024\",\"response_format\":\"url\",\"user\":\"u\"}");
		assertThat(assertLossless(json, CreateImageEditRequest.class)).isEqualTo(request);
		assertThat(JACKSON2.writeValueAsString(request)).isEqualTo(json);
		assertForwardCompatible(json, CreateImageEditRequest.class, REQUEST_ENUMS);
		assertThat(JACKSON3.writeValueAsString(CreateImageEditRequest.of("p"))).isEqualTo("{\"prompt\":\"p\"}");
		assertThat(request.toBuilder().n(null).build().n()).isNull();
	}

	@Test
	void createImageEditRequestValidates() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> CreateImageEditRequest.builder().build())
			.withMessage("Invalid value for 'prompt': is required and must not be blank (was null)");
		assertThat(CreateImageEditRequest.of("x".repeat(1000)).prompt()).hasSize(1000);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageEditRequest.of("x".repeat(1001)))
			.withMessageStartingWith("Invalid value for 'prompt': must be at most 1000 characters long");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageEditRequest.builder().prompt("p").n(0).build())
			.withMessage("Invalid value for 'n': must be between 1 and 10 (was 0)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageEditRequest.builder().prompt("p").n(11).build())
			.withMessage("Invalid value for 'n': must be between 1 and 10 (was 11)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageEditRequest.builder()
				.prompt("p")
				.size(CreateImageEditRequest.Size.of("1792x1024"))
				.build())
			.withMessage("Invalid value for 'size': must be one of 256x256, 512x512, 1024x1024 (was \"1792x1024\")");
	}

	// CreateImageVariationRequest

	@Test
	void createImageVariationRequestHasNoBinaryComponents() {
		assertThat(CreateImageVariationRequest.IMAGE_FIELD).isEqualTo("image");
		assertThat(componentNames(CreateImageVariationRequest.class)).doesNotContain("image")
			.containsExactly("model", "n", "responseFormat", "size", "user", "additionalProperties");
	}

	@Test
	void createImageVariationRequestWritesAndReads() {
		assertThat(JACKSON3.writeValueAsString(CreateImageVariationRequest.builder().build())).isEqualTo("{}");
		CreateImageVariationRequest request = CreateImageVariationRequest.builder()
			.model("dall-e-2")
			.n(10)
			.responseFormat(CreateImageVariationRequest.ResponseFormat.B64_JSON)
			.size(CreateImageVariationRequest.Size.V_256X256)
			.user("u")
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).isEqualTo("{\"model\":\"dall-e-2\",\"n\":10,\"response_format\":\"b64_json\","
				+ "\"size\":\"256x256\",\"user\":\"u\"}");
		assertThat(assertLossless(json, CreateImageVariationRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateImageVariationRequest.class, REQUEST_ENUMS);
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void createImageVariationRequestValidates() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageVariationRequest.builder().n(0).build())
			.withMessage("Invalid value for 'n': must be between 1 and 10 (was 0)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageVariationRequest.builder().n(11).build())
			.withMessage("Invalid value for 'n': must be between 1 and 10 (was 11)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageVariationRequest.builder()
				.size(CreateImageVariationRequest.Size.of("1024x1792"))
				.build())
			.withMessage("Invalid value for 'size': must be one of 256x256, 512x512, 1024x1024 (was \"1024x1792\")");
	}

	private static List<String> componentNames(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map((component) -> component.getName()).toList();
	}

	// Today's API (spec 2.3.0)

	@Test
	void imagesResponseOfAGptImageModelRoundTrips() {
		String json = fixture("fixtures/images/ImagesResponse-gpt-image.json");
		ImagesResponse response = assertLossless(json, ImagesResponse.class);
		assertThat(response.background()).isEqualTo(ImagesResponse.Background.TRANSPARENT);
		assertThat(response.outputFormat()).isEqualTo(ImagesResponse.OutputFormat.PNG);
		assertThat(response.size()).isEqualTo(ImagesResponse.Size.V_1024X1024);
		assertThat(response.quality()).isEqualTo(ImagesResponse.Quality.HIGH);
		assertThat(response.usage().totalTokens()).isEqualTo(100);
		assertThat(response.usage().inputTokensDetails().imageTokens()).isEqualTo(40);
		assertThat(response.usage().outputTokensDetails()).isNull();
		assertForwardCompatible(json, ImagesResponse.class, "background", "output_format", "size", "quality");
		String generated = fixture("fixtures/images/ImagesResponse-generate.json");
		ImagesResponse plain = assertLossless(generated, ImagesResponse.class);
		assertThat(plain.data()).singleElement().extracting(Image::b64Json).isEqualTo("...");
		assertThat(plain.usage().outputTokens()).isEqualTo(50);
		assertForwardCompatible(generated, ImagesResponse.class);
	}

	@Test
	void createImageRequestForAGptImageModel() {
		CreateImageRequest request = CreateImageRequest.builder()
			.prompt("x".repeat(32000))
			.model(ImageModel.GPT_IMAGE_1)
			.quality(Quality.HIGH)
			.outputFormat(OutputFormat.WEBP)
			.outputCompression(80)
			.stream(true)
			.partialImages(2)
			.size(Size.V_1536X1024)
			.moderation(Moderation.LOW)
			.background(Background.TRANSPARENT)
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(json).endsWith("\"model\":\"gpt-image-1\",\"quality\":\"high\",\"size\":\"1536x1024\","
				+ "\"output_format\":\"webp\",\"output_compression\":80,\"stream\":true,\"partial_images\":2,"
				+ "\"moderation\":\"low\",\"background\":\"transparent\"}");
		assertThat(assertLossless(json, CreateImageRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateImageRequest.class, "model", "quality", "output_format", "size",
				"moderation", "background");
		assertThat(request.toBuilder().build()).isEqualTo(request);
		assertThat(CreateImageRequest.builder().prompt("p").model(ImageModel.GPT_IMAGE_2).size(Size.of("1536x864")).build()
			.size()
			.value()).isEqualTo("1536x864");
	}

	@Test
	void createImageRequestValidatesTheGptImageMembers() {
		CreateImageRequest.Builder builder = CreateImageRequest.builder().prompt("p").model(ImageModel.GPT_IMAGE_1);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.prompt("x".repeat(32001)).build())
			.withMessageStartingWith("Invalid value for 'prompt': must be at most 32000 characters long");
		builder.prompt("p");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.outputCompression(101).build())
			.withMessage("Invalid value for 'output_compression': must be between 0 and 100 (was 101)");
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.outputCompression(-1).build())
			.withMessage("Invalid value for 'output_compression': must be between 0 and 100 (was -1)");
		builder.outputCompression(null);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.partialImages(4).build())
			.withMessage("Invalid value for 'partial_images': must be between 0 and 3 (was 4)");
		builder.partialImages(0);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> builder.background(Background.TRANSPARENT).outputFormat(OutputFormat.JPEG).build())
			.withMessage("Invalid value for 'output_format': must be png or webp for a transparent background "
					+ "(was \"jpeg\")");
		builder.outputFormat(OutputFormat.PNG);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> builder.size(Size.V_1792X1024).build())
			.withMessage("Invalid value for 'size': must be one of 1024x1024, 1536x1024, 1024x1536, auto "
					+ "(or WIDTHxHEIGHT for gpt-image-2) for gpt-image-1 (was \"1792x1024\")");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder().prompt("p").model(ImageModel.DALL_E_2).size(Size.AUTO).build())
			.withMessageStartingWith("Invalid value for 'size': must be one of 256x256, 512x512, 1024x1024 for dall-e-2");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateImageRequest.builder()
				.prompt("p")
				.model(ImageModel.DALL_E_3)
				.size(Size.V_1024X1536)
				.build())
			.withMessageStartingWith("Invalid value for 'size': must be one of 1024x1024, 1792x1024, 1024x1792");
	}

	@Test
	void createImageEditRequestForAGptImageModel() {
		CreateImageEditRequest request = CreateImageEditRequest.builder()
			.prompt("x".repeat(32000))
			.model(ImageModel.GPT_IMAGE_1_5)
			.background(CreateImageEditRequest.Background.OPAQUE)
			.outputFormat(CreateImageEditRequest.OutputFormat.JPEG)
			.outputCompression(50)
			.inputFidelity(InputFidelity.HIGH)
			.stream(true)
			.partialImages(1)
			.quality(CreateImageEditRequest.Quality.MEDIUM)
			.size(CreateImageEditRequest.Size.AUTO)
			.build();
		String json = JACKSON3.writeValueAsString(request);
		assertThat(assertLossless(json, CreateImageEditRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateImageEditRequest.class, "model", "background", "output_format",
				"input_fidelity", "quality", "size");
		assertThat(request.toBuilder().build()).isEqualTo(request);
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> request.toBuilder().prompt("x".repeat(32001)).build())
			.withMessageStartingWith("Invalid value for 'prompt': must be at most 32000 characters long");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> request.toBuilder().partialImages(-1).build())
			.withMessage("Invalid value for 'partial_images': must be between 0 and 3 (was -1)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> request.toBuilder().size(CreateImageEditRequest.Size.V_256X256).build())
			.withMessageStartingWith("Invalid value for 'size': must be one of 1024x1024, 1536x1024");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> request.toBuilder()
				.model(ImageModel.DALL_E_2)
				.prompt("p")
				.size(CreateImageEditRequest.Size.AUTO)
				.build())
			.withMessage("Invalid value for 'size': must be one of 256x256, 512x512, 1024x1024 (was \"auto\")");
	}

}
