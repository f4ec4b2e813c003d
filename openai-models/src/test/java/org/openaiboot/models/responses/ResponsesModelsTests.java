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
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
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

	@Test
	void aMultiTurnInputIsBuiltFromTypedItemsAndWrittenAsTheApiExpects() throws Exception {
		CreateResponse request = CreateResponse.builder()
			.model("gpt-5.4")
			.input(List.of(EasyInputMessage.of("user", "Weather in Paris?"),
					FunctionToolCall.builder().callId("call_1").name("get_weather").arguments("{}").build(),
					FunctionCallOutputItemParam.of("call_1", "21 C"), ItemReferenceParam.of("msg_1")))
			.build();
		String expected = """
				{"model":"gpt-5.4","input":[\
				{"role":"user","content":"Weather in Paris?","type":"message"},\
				{"type":"function_call","call_id":"call_1","name":"get_weather","arguments":"{}"},\
				{"call_id":"call_1","type":"function_call_output","output":"21 C"},\
				{"type":"item_reference","id":"msg_1"}]}""";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(expected);
		assertThat(JACKSON2.writeValueAsString(request)).isEqualTo(expected);
		assertThat(request.input()).isInstanceOfSatisfying(InputParam.OfList.class,
				(list) -> assertThat(list.items()).extracting(InputItem::type)
					.containsExactly("message", "function_call", "function_call_output", "item_reference"));
	}

	@Test
	void inputItemsOfEveryKindAreReadLosslessly() {
		String json = """
				{"model":"gpt-5.4","input":[
				 {"role":"user","content":"Hi"},
				 {"type":"message","role":"assistant","id":"msg_1","status":"completed",
				  "content":[{"type":"output_text","text":"Hello","annotations":[]}]},
				 {"type":"function_call","call_id":"call_1","name":"f","arguments":"{}"},
				 {"type":"function_call_output","call_id":"call_1","output":"done"},
				 {"id":"msg_2"},
				 {"type":"item_reference","id":"msg_3"},
				 {"type":"hologram","frames":[1,2]}]}
				""";
		CreateResponse request = assertLossless(json, CreateResponse.class);
		List<InputItem> items = ((InputParam.OfList) request.input()).items();
		assertThat(items).extracting(Object::getClass)
			.containsExactly(EasyInputMessage.class, EasyInputMessage.class, FunctionToolCall.class,
					FunctionCallOutputItemParam.class, EasyInputMessage.class, ItemReferenceParam.class,
					EasyInputMessage.class);
		assertThat(items).extracting(InputItem::type)
			.containsExactly(null, "message", "function_call", "function_call_output", null, "item_reference",
					"hologram");
		EasyInputMessage assistant = (EasyInputMessage) items.get(1);
		assertThat(assistant.role()).isEqualTo(EasyInputMessage.Role.ASSISTANT);
		assertThat(assistant.additionalProperties()).containsOnlyKeys("id", "status");
		assertThat(((EasyInputMessage) items.get(4)).additionalProperties()).containsEntry("id", "msg_2");
	}

	@Test
	void itemResourcesOfEveryKindAreReadLosslessly() {
		String json = """
				{"object":"list","has_more":false,"first_id":"msg_1","last_id":"hg_1","data":[
				 {"type":"message","id":"msg_1","role":"user","status":"completed",
				  "content":[{"type":"input_text","text":"Hi"}]},
				 {"type":"message","id":"msg_2","role":"assistant","status":"completed",
				  "content":[{"type":"output_text","text":"Hello","annotations":[]}]},
				 {"type":"function_call","id":"fc_1","call_id":"call_1","name":"f","arguments":"{}",
				  "status":"completed"},
				 {"type":"function_call_output","id":"fco_1","call_id":"call_1","output":"done","status":"completed"},
				 {"type":"hologram","id":"hg_1"}]}
				""";
		ResponseItemList list = assertLossless(json, ResponseItemList.class);
		assertThat(list.data()).extracting(Object::getClass)
			.containsExactly(InputMessageResource.class, InputMessageResource.class, FunctionToolCallResource.class,
					FunctionToolCallOutputResource.class, ItemResource.Unknown.class);
		assertThat(list.data()).extracting(ItemResource::type)
			.containsExactly("message", "message", "function_call", "function_call_output", "hologram");
	}

	@Test
	void anItemOfAKindThisVersionHasNoRecordForIsSentAsBuilt() {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", "hologram");
		members.put("frames", List.of(1, 2));
		InputItem item = new InputItem.Unknown(members);
		assertThat(JACKSON3.writeValueAsString(CreateResponse.builder().model("gpt-5.4").input(item).build()))
			.isEqualTo("{\"model\":\"gpt-5.4\",\"input\":[{\"type\":\"hologram\",\"frames\":[1,2]}]}");
	}

}
