package org.openaiboot.models.models;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;

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

	// Today's API (spec 2.3.0)

	@Test
	void modelOfTodaysApiRoundTrips() {
		String json = fixture("fixtures/models/Model-latest.json");
		Model model = assertLossless(json, Model.class);
		assertThat(model.id()).isEqualTo("VAR_chat_model_id");
		assertThat(model.shutdownDate()).isEqualTo("2026-10-23");
		assertThat(model.additionalProperties()).isEmpty();
		assertForwardCompatible(json, Model.class);
	}

	@Test
	void listModelsResponseOfTodaysApiRoundTrips() {
		String json = fixture("fixtures/models/ListModelsResponse-latest.json");
		ListModelsResponse response = JACKSON3.readValue(json, ListModelsResponse.class);
		assertThat(response.data()).extracting(Model::shutdownDate).containsExactly(null, null, "2026-10-23");
		String written = withoutNulls(json, "shutdown_date");
		assertThat(assertLossless(written, ListModelsResponse.class)).isEqualTo(response);
		assertForwardCompatible(written, ListModelsResponse.class);
	}

	@Test
	void modelBuiltWithoutShutdownDateOmitsIt() {
		Model model = Model.builder().id("m").created(1L).object(Model.OBJECT).ownedBy("me").build();
		assertThat(model.shutdownDate()).isNull();
		assertThat(JACKSON3.writeValueAsString(model))
			.isEqualTo("{\"id\":\"m\",\"created\":1,\"object\":\"model\",\"owned_by\":\"me\"}");
	}

	/**
	 * The JSON without the named members where they are {@code null}: optional members
	 * that today's API sends as {@code null} are read as absent and not written back.
	 */
	private static String withoutNulls(String json, String... members) {
		JsonNode node = JACKSON3.readTree(json);
		strip(node, Set.of(members));
		return JACKSON3.writeValueAsString(node);
	}

	private static void strip(JsonNode node, Set<String> members) {
		if (node instanceof ObjectNode object) {
			members.stream()
				.filter((member) -> object.has(member) && object.get(member).isNull())
				.forEach(object::remove);
		}
		node.forEach((child) -> strip(child, members));
	}

}
