package org.openaiboot.models.moderations;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.moderations.CreateModerationRequest.Input;
import org.openaiboot.models.moderations.CreateModerationResponse.Result;
import org.openaiboot.models.moderations.CreateModerationResponse.Result.Categories;
import org.openaiboot.models.moderations.CreateModerationResponse.Result.CategoryAppliedInputTypes;
import org.openaiboot.models.moderations.CreateModerationResponse.Result.CategoryScores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class ModerationsModelsTests {

	@Test
	void createModerationResponseRoundTrips() {
		String json = fixture("fixtures/moderations/CreateModerationResponse.json");
		CreateModerationResponse response = assertLossless(json, CreateModerationResponse.class);
		assertThat(response.id()).isEqualTo("modr-XXXXX");
		assertThat(response.model()).isEqualTo("text-moderation-005");
		assertThat(response.results()).hasSize(1);
		Result result = response.results().get(0);
		assertThat(result.flagged()).isTrue();
		assertThat(result.categories().harassmentThreatening()).isTrue();
		assertThat(result.categories().violence()).isTrue();
		assertThat(result.categories().hate()).isFalse();
		assertThat(result.categories().selfHarmIntent()).isFalse();
		CategoryScores scores = result.categoryScores();
		assertThat(scores.violence()).isEqualTo(0.99011886);
		assertThat(scores.sexual()).isEqualTo(1.2282071e-06);
		assertThat(scores.selfHarmInstructions()).isEqualTo(2.8498655e-11);
		assertThat(scores.hateThreatening()).isEqualTo(0.0060676364);
		assertThat(result.categories().additionalProperties()).isEmpty();
		assertForwardCompatible(json, CreateModerationResponse.class);
	}

	@Test
	void categoriesUseTheSlashedJsonNames() {
		String json = fixture("fixtures/moderations/CreateModerationResponse.json");
		CreateModerationResponse response = JACKSON3.readValue(json, CreateModerationResponse.class);
		Map<?, ?> categories = JACKSON3.readValue(JACKSON3.writeValueAsString(response.results().get(0).categories()),
				Map.class);
		assertThat(List.<Object>copyOf(categories.keySet())).containsExactly("hate", "hate/threatening", "harassment",
				"harassment/threatening", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual",
				"sexual/minors", "violence", "violence/graphic");
	}

	@Test
	void newCategoriesAreKept() {
		String json = "{\"hate\":false,\"hate/threatening\":false,\"harassment\":false,"
				+ "\"harassment/threatening\":false,\"illicit\":true,"
				+ "\"self-harm\":false,\"self-harm/intent\":false,\"self-harm/instructions\":false,\"sexual\":false,"
				+ "\"sexual/minors\":false,\"violence\":false,\"violence/graphic\":false,\"future/category\":true}";
		Categories categories = assertLossless(json, Categories.class);
		assertThat(categories.illicit()).isTrue();
		assertThat(categories.illicitViolent()).isNull();
		assertThat(categories.additionalProperties()).containsEntry("future/category", true);
	}

	@Test
	void requestWithOneText() {
		CreateModerationRequest request = CreateModerationRequest.of("I want to kill them.");
		assertThat(request.input()).isEqualTo(CreateModerationRequest.Input.of("I want to kill them."));
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo("{\"input\":\"I want to kill them.\"}");
		assertThat(assertLossless("{\"input\":\"I want to kill them.\"}", CreateModerationRequest.class))
			.isEqualTo(request);
	}

	@Test
	void requestWithSeveralTextsAndModel() {
		CreateModerationRequest request = CreateModerationRequest.builder()
			.input(Input.of(List.of("first", "second")))
			.model(ModerationModel.TEXT_MODERATION_STABLE)
			.build();
		String json = "{\"input\":[\"first\",\"second\"],\"model\":\"text-moderation-stable\"}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		CreateModerationRequest read = assertLossless(json, CreateModerationRequest.class);
		assertThat(read).isEqualTo(request);
		assertThat(read.input()).isInstanceOf(Input.OfList.class);
		assertThat(read.toBuilder().model("text-moderation-latest").build().model())
			.isEqualTo(ModerationModel.TEXT_MODERATION_LATEST);
		assertForwardCompatible(json, CreateModerationRequest.class, "model");
	}

	@Test
	void requestListInput() {
		CreateModerationRequest request = CreateModerationRequest.builder().input(Input.of(List.of("a"))).build();
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo("{\"input\":[\"a\"]}");
	}

	@Test
	void requestRequiresInput() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateModerationRequest.builder().model("text-moderation-latest").build())
			.withMessage("Invalid value for 'input': is required (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("input"));
	}

	@Test
	void unknownInputShapeIsKept() {
		// any array is an Input.OfList, which keeps its elements as read
		String json = "{\"input\":[[1,2],[3]]}";
		CreateModerationRequest request = assertLossless(json, CreateModerationRequest.class);
		assertThat(request.input()).isEqualTo(Input.of(List.of(List.of(1, 2), List.of(3))));
	}

	@Test
	void moderationModelKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"omni-moderation-latest\"", ModerationModel.class).value())
			.isEqualTo("omni-moderation-latest");
		assertThat(JACKSON3.writeValueAsString(ModerationModel.TEXT_MODERATION_LATEST))
			.isEqualTo("\"text-moderation-latest\"");
		assertThat(ModerationModel.TEXT_MODERATION_STABLE).hasToString("text-moderation-stable");
	}

	// Today's API (spec 2.3.0)

	@Test
	void omniModerationResponseRoundTrips() {
		String json = fixture("fixtures/moderations/CreateModerationResponse-omni.json");
		CreateModerationResponse response = assertLossless(json, CreateModerationResponse.class);
		assertThat(response.model()).isEqualTo(ModerationModel.OMNI_MODERATION_LATEST.value());
		Result result = response.results().get(0);
		assertThat(result.categories().illicit()).isFalse();
		assertThat(result.categories().illicitViolent()).isFalse();
		assertThat(result.categories().violenceGraphic()).isTrue();
		assertThat(result.categoryScores().illicit()).isEqualTo(0.030535955153511665);
		assertThat(result.categoryScores().illicitViolent()).isEqualTo(0.008925306722380033);
		assertThat(result.categoryAppliedInputTypes().sexual())
			.containsExactly(CategoryAppliedInputTypes.SexualItem.TEXT, CategoryAppliedInputTypes.SexualItem.IMAGE);
		assertThat(result.categoryAppliedInputTypes().illicit())
			.containsExactly(CategoryAppliedInputTypes.IllicitItem.TEXT);
		assertThat(result.categories().additionalProperties()).isEmpty();
		assertThat(result.additionalProperties()).isEmpty();
		assertForwardCompatible(json, CreateModerationResponse.class);
	}

	@Test
	void requestWithTextAndImageParts() {
		CreateModerationRequest request = CreateModerationRequest.builder()
			.input(Input.of(List.of(Map.of("type", "text", "text", "...text to classify goes here..."),
					Map.of("type", "image_url", "image_url", Map.of("url", "https://example.com/image.png")))))
			.model(ModerationModel.OMNI_MODERATION_LATEST)
			.build();
		String json = "{\"input\":[{\"text\":\"...text to classify goes here...\",\"type\":\"text\"},"
				+ "{\"image_url\":{\"url\":\"https://example.com/image.png\"},\"type\":\"image_url\"}],"
				+ "\"model\":\"omni-moderation-latest\"}";
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(request))).isEqualTo(JACKSON3.readTree(json));
		CreateModerationRequest read = assertLossless(json, CreateModerationRequest.class);
		assertThat(read).isEqualTo(request);
		assertThat(read.input()).isInstanceOf(Input.OfList.class);
		assertForwardCompatible(json, CreateModerationRequest.class, "model");
		assertThat(request.toBuilder().build()).isEqualTo(request);
	}

	@Test
	void unknownInputPartIsKept() {
		String json = "{\"input\":[{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"https://x\"}},"
				+ "{\"type\":\"text\",\"text\":\"hi\"}]}";
		CreateModerationRequest request = assertLossless(json, CreateModerationRequest.class);
		assertThat(request.input()).isInstanceOf(Input.OfList.class);
		List<?> parts = ((Input.OfList) request.input()).items();
		assertThat(parts.get(0)).isEqualTo(Map.of("type", "audio_url", "audio_url", Map.of("url", "https://x")));
		assertThat(parts.get(1)).isEqualTo(Map.of("type", "text", "text", "hi"));
	}

	@Test
	void requestWithPartsValidates() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateModerationRequest.builder().input(Input.of(List.of())).build())
			.withMessage("Invalid value for 'input': is required and must not be empty (was [])");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateModerationRequest.builder()
				.input(Input.of(List.of(Map.of("type", "image_url", "image_url", Map.of("url", " ")))))
				.build())
			.withMessage("Invalid value for 'input[].image_url.url': is required and must not be blank (was \" \")");
	}

	@Test
	void knowsTheOmniModerationModels() {
		assertThat(ModerationModel.OMNI_MODERATION_2024_09_26.value()).isEqualTo("omni-moderation-2024-09-26");
		assertThat(JACKSON3.writeValueAsString(ModerationModel.OMNI_MODERATION_LATEST))
			.isEqualTo("\"omni-moderation-latest\"");
	}

}
