package org.openaiboot.models.responses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.conversations.DeletedConversationResource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;

/**
 * The conventions of the generated types, proved on the Responses API's: builders that
 * check the spec's rules and read well, unions that keep what they do not know, and the
 * JSON the API expects.
 */
class ResponsesModelsTests {

	@Test
	void builderChecksTheSpecsRulesNamingFieldRuleAndValue() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateResponse.builder().model("gpt-5.4").temperature(2.5).build())
			.withMessage("Invalid value for 'temperature': must be between 0 and 2 (was 2.5)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateResponse.builder().maxOutputTokens(8).build())
			.withMessageContaining("'max_output_tokens'")
			.withMessageContaining("at least 16");
		Map<String, String> metadata = new LinkedHashMap<>();
		for (int i = 0; i <= 16; i++) {
			metadata.put("key" + i, "value");
		}
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateResponse.builder().metadata(metadata).build())
			.withMessageContaining("'metadata'")
			.withMessageContaining("at most 16 keys");
	}

	@Test
	void builderTakesStringsAndElementsAndLeavesAbsentMembersOut() {
		CreateResponse request = CreateResponse.builder()
			.model("gpt-5.4")
			.input("Tell me a story")
			.tools(FunctionTool.builder().name("get_weather").build())
			.build();
		JsonNode json = JACKSON3.valueToTree(request);
		assertThat(json.get("model").asString()).isEqualTo("gpt-5.4");
		assertThat(json.get("input").asString()).isEqualTo("Tell me a story");
		assertThat(json.get("tools").get(0).get("type").asString()).isEqualTo(FunctionTool.TYPE);
		assertThat(json.has("temperature")).isFalse();
		assertThat(request.input()).isEqualTo(InputParam.of("Tell me a story"));
	}

	@Test
	void textAStreamBeginsEmptyOrSendsBlankIsNotRequiredToHaveContent() {
		assertThat(OutputTextContent.builder().text("").annotations(List.of()).logprobs(List.of()).build().text())
			.isEmpty();
		assertThat(ResponseTextDeltaEvent.builder()
			.itemId("msg_1")
			.outputIndex(0)
			.contentIndex(0)
			.delta(" ")
			.logprobs(List.of())
			.sequenceNumber(3)
			.build()
			.delta()).isEqualTo(" ");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ResponseTextDeltaEvent.builder().itemId(" ").outputIndex(0).contentIndex(0).delta("x")
				.logprobs(List.of()).sequenceNumber(3).build())
			.withMessageContaining("'item_id'");
	}

	@Test
	void requiredMembersAreChecked() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> FunctionTool.builder().build())
			.withMessageContaining("'name'")
			.withMessageContaining("required");
	}

	@Test
	void aMemberWithOneValueStartsWithIt() {
		DeletedConversationResource deleted = DeletedConversationResource.builder().id("conv_1").deleted(true).build();
		assertThat(deleted.object()).isEqualTo(DeletedConversationResource.OBJECT);
	}

	/** The API always sends the members the spec marks required and nullable, as here. */
	@Test
	void anOutputItemOfANewTypeIsKept() {
		String json = """
				{"id":"resp_1","object":"response","created_at":1741476542,"status":"completed","model":"gpt-5.4",
				 "output":[{"type":"hologram_call","id":"hg_1","frames":[1,2]},
				           {"type":"function_call","call_id":"call_1","name":"f","arguments":"{}"}],
				 "parallel_tool_calls":true,"tools":[],"tool_choice":"auto","metadata":{},
				 "error":null,"incomplete_details":null,"instructions":null,"temperature":null,"top_p":null}
				""";
		Response response = assertLossless(json, Response.class);
		assertThat(response.output()).hasSize(2);
		assertThat(response.output().get(0)).isInstanceOfSatisfying(OutputItem.Unknown.class,
				(item) -> assertThat(item.type()).isEqualTo("hologram_call"));
		assertThat(response.output().get(1)).isInstanceOfSatisfying(FunctionToolCall.class,
				(call) -> assertThat(call.name()).isEqualTo("f"));
	}

	@Test
	void aShapeAUnionDoesNotListIsKept() {
		InputParam input = JACKSON3.readValue("42", InputParam.class);
		assertThat(input).isEqualTo(new InputParam.Unknown(42));
		assertThat(JACKSON3.writeValueAsString(input)).isEqualTo("42");
	}

	@Test
	void membersAreWrittenInTheSpecsOrderWithTheDiscriminatorInItsPlace() {
		FunctionToolCall call = FunctionToolCall.builder().callId("call_1").name("f").arguments("{}").build();
		assertThat(JACKSON3.writeValueAsString(call))
			.isEqualTo("{\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"f\",\"arguments\":\"{}\"}");
	}

}
