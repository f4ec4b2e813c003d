package org.openaiboot.models.models;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class ModelsModelsTests {

	@Test
	void modelRoundTrips() {
		String json = fixture("fixtures/models/Model.json");
		Model model = assertLossless(json, Model.class);
		assertThat(model.id()).isEqualTo("VAR_model_id");
		assertThat(model.object()).isEqualTo(Model.OBJECT);
		assertThat(model.created()).isEqualTo(1686935002L);
		assertThat(model.ownedBy()).isEqualTo("openai");
		assertThat(model.additionalProperties()).isEmpty();
		assertForwardCompatible(json, Model.class);
	}

	@Test
	void listModelsResponseRoundTrips() {
		String json = fixture("fixtures/models/ListModelsResponse.json");
		ListModelsResponse response = assertLossless(json, ListModelsResponse.class);
		assertThat(response.object()).isEqualTo(ListModelsResponse.OBJECT);
		assertThat(response.data()).extracting(Model::id).containsExactly("model-id-0", "model-id-1", "model-id-2");
		assertThat(response.data().get(2).ownedBy()).isEqualTo("openai");
		assertForwardCompatible(json, ListModelsResponse.class);
	}

	@Test
	void deleteModelResponseRoundTrips() {
		String json = fixture("fixtures/models/DeleteModelResponse.json");
		DeleteModelResponse response = assertLossless(json, DeleteModelResponse.class);
		assertThat(response.id()).isEqualTo("ft:gpt-3.5-turbo:acemeco:suffix:abc123");
		assertThat(response.deleted()).isTrue();
		assertThat(response.object()).isEqualTo("model");
		assertForwardCompatible(json, DeleteModelResponse.class);
	}

	@Test
	void unknownMembersAreKept() {
		String json = "{\"id\":\"m\",\"object\":\"model\",\"created\":1,\"owned_by\":\"me\","
				+ "\"permission\":[{\"allow\":true}]}";
		Model model = assertLossless(json, Model.class);
		assertThat(model.additionalProperties()).containsOnlyKeys("permission");
	}

}
