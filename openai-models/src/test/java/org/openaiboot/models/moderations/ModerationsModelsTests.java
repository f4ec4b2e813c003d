package org.openaiboot.models.moderations;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.moderations.CreateModerationResponse.Categories;
import org.openaiboot.models.moderations.CreateModerationResponse.CategoryScores;
import org.openaiboot.models.moderations.CreateModerationResponse.Result;

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
				+ "\"harassment/threatening\":false,"
				+ "\"self-harm\":false,\"self-harm/intent\":false,\"self-harm/instructions\":false,\"sexual\":false,"
				+ "\"sexual/minors\":false,\"violence\":false,\"violence/graphic\":false,\"illicit\":true}";
		Categories categories = assertLossless(json, Categories.class);
		assertThat(categories.additionalProperties()).containsEntry("illicit", true);
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
			.input("first", "second")
			.model(ModerationModel.TEXT_MODERATION_STABLE)
			.build();
		String json = "{\"input\":[\"first\",\"second\"],\"model\":\"text-moderation-stable\"}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		CreateModerationRequest read = assertLossless(json, CreateModerationRequest.class);
		assertThat(read).isEqualTo(request);
		assertThat(read.input()).isInstanceOf(CreateModerationRequest.Input.Texts.class);
		assertThat(read.toBuilder().model("text-moderation-latest").build().model())
			.isEqualTo(ModerationModel.TEXT_MODERATION_LATEST);
		assertForwardCompatible(json, CreateModerationRequest.class, "model");
	}

	@Test
	void requestListInput() {
		CreateModerationRequest request = CreateModerationRequest.builder().input(List.of("a")).build();
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
		String json = "{\"input\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}}]}";
		CreateModerationRequest request = assertLossless(json, CreateModerationRequest.class);
		assertThat(request.input()).isInstanceOf(CreateModerationRequest.Input.Unknown.class);
	}

	@Test
	void moderationModelKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"omni-moderation-latest\"", ModerationModel.class).value())
			.isEqualTo("omni-moderation-latest");
		assertThat(JACKSON3.writeValueAsString(ModerationModel.TEXT_MODERATION_LATEST))
			.isEqualTo("\"text-moderation-latest\"");
		assertThat(ModerationModel.TEXT_MODERATION_STABLE).hasToString("text-moderation-stable");
	}

}
