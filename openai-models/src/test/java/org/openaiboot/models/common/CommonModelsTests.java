package org.openaiboot.models.common;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class CommonModelsTests {

	@Test
	void errorResponseRoundTrips() {
		String json = fixture("fixtures/common/ErrorResponse.json");
		ErrorResponse response = assertLossless(json, ErrorResponse.class);
		assertThat(response.error().type()).isEqualTo("invalid_request_error");
		assertThat(response.error().param()).isEqualTo("model");
		assertForwardCompatible(json, ErrorResponse.class, "type");
	}

	@Test
	void errorKeepsExplicitNullCodeAndParam() {
		// code and param are required but nullable: the API sends them as null, never omits them
		String json = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"param\":null,"
				+ "\"code\":null}}";
		ErrorResponse response = assertLossless(json, ErrorResponse.class);
		assertThat(response.error().code()).isNull();
		assertThat(response.error().param()).isNull();
	}

	@Test
	void completionUsageRoundTrips() {
		String json = "{\"completion_tokens\":12,\"prompt_tokens\":9,\"total_tokens\":21}";
		assertThat(assertLossless(json, CompletionUsage.class))
			.isEqualTo(CompletionUsage.builder().completionTokens(12).promptTokens(9).totalTokens(21).build());
		assertForwardCompatible(json, CompletionUsage.class);
	}

	@Test
	void functionObjectOmitsAbsentMembers() {
		FunctionObject function = FunctionObject.builder().name("get_weather").build();
		assertThat(JACKSON3.writeValueAsString(function)).isEqualTo("{\"name\":\"get_weather\"}");
	}

	@Test
	void functionObjectKeepsParametersAsJson() {
		String json = "{\"name\":\"f\",\"parameters\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"}}}}";
		FunctionObject function = assertLossless(json, FunctionObject.class);
		assertThat(function.parameters().value()).containsEntry("type", "object");
		assertThat(function.toBuilder().description("d").build().description()).isEqualTo("d");
	}

	@Test
	void functionObjectRequiresName() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> FunctionObject.builder().build())
			.withMessage("Invalid value for 'name': is required and must not be blank (was null)")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("name"));
	}

	@Test
	void functionObjectRejectsBadName() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> FunctionObject.builder().name("get weather").build())
			.withMessageContaining("'name'")
			.withMessageContaining("[a-zA-Z0-9_-]+")
			.withMessageContaining("\"get weather\"");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> FunctionObject.builder().name("x".repeat(65)).build())
			.withMessageContaining("at most 64");
	}

	@Test
	void metadataRules() {
		Map<String, String> tooMany = new HashMap<>();
		for (int i = 0; i < 17; i++) {
			tooMany.put("k" + i, "v");
		}
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Validate.metadata(tooMany, "metadata"))
			.withMessageContaining("at most 16 keys");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Validate.metadata(Map.of("k".repeat(65), "v"), "metadata"))
			.withMessageContaining("at most 64 characters");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> Validate.metadata(Map.of("k", "v".repeat(513)), "metadata"))
			.withMessageContaining("'metadata.k'")
			.withMessageContaining("at most 512 characters");
		assertThat(Validate.metadata(Map.of("k", "v"), "metadata")).containsEntry("k", "v");
	}

	@Test
	void rangeRule() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> Validate.range(2.5, "temperature", 0, 2))
			.withMessage("Invalid value for 'temperature': must be between 0 and 2 (was 2.5)");
	}

	@Test
	void listOrderKeepsUnknownValues() {
		assertThat(JACKSON3.readValue("\"sideways\"", ListOrder.class).value()).isEqualTo("sideways");
		assertThat(JACKSON3.writeValueAsString(ListOrder.DESC)).isEqualTo("\"desc\"");
	}

	@Test
	void stopReadsBothShapes() {
		assertThat(JACKSON3.readValue("\"END\"", Stop.class)).isEqualTo(Stop.of("END"));
		assertThat(JACKSON3.readValue("[\"a\",\"b\"]", Stop.class)).isEqualTo(Stop.of("a", "b"));
		assertThat(JACKSON3.writeValueAsString(Stop.of("a", "b"))).isEqualTo("[\"a\",\"b\"]");
		assertThat(JACKSON3.writeValueAsString(Stop.of("END"))).isEqualTo("\"END\"");
	}

}
