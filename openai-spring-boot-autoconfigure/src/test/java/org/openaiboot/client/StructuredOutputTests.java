package org.openaiboot.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.StructuredOutputException;
import org.openaiboot.models.chat.ChatCompletionRequestUserMessage;
import org.openaiboot.models.chat.ChatModel;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.ResponseFormatJsonSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Timeout(30)
class StructuredOutputTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	enum Unit {

		CELSIUS, FAHRENHEIT

	}

	record Step(String explanation, String output) {
	}

	record MathReasoning(List<Step> steps, @JsonProperty("final_answer") String finalAnswer) {
	}

	record Weather(@JsonPropertyDescription("The city's name") String city, double temperature, Unit unit,
			@Nullable String note, @JsonIgnore @Nullable String internal) {
	}

	private final OpenAIChatClient client = new OpenAIChatClient(
			OpenAITransport.builder().baseUrl(server.baseUrl() + "/v1").apiKey("test-key-not-real").build());

	private static CreateChatCompletionRequest request() {
		return CreateChatCompletionRequest.builder()
			.model(ChatModel.GPT_4O_2024_08_06)
			.messages(ChatCompletionRequestUserMessage.of("Solve 8x + 7 = -23"))
			.build();
	}

	private static String completion(String messageJson) {
		return """
				{"id":"chatcmpl-1","object":"chat.completion","created":1741569952,"model":"gpt-4o-2024-08-06",
				"choices":[{"index":0,"message":%s,"logprobs":null,"finish_reason":"stop"}],
				"usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29}}
				""".formatted(messageJson);
	}

	private static void answer(String messageJson) {
		server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(completion(messageJson))));
	}

	@Test
	void schemaIsStrict() {
		StructuredOutput<MathReasoning> output = StructuredOutput.of(MathReasoning.class);
		ResponseFormatJsonSchema format = output.responseFormat();
		assertThat(format.type()).isEqualTo(ResponseFormatJsonSchema.TYPE);
		assertThat(format.jsonSchema().name()).isEqualTo("MathReasoning");
		assertThat(format.jsonSchema().strict()).isTrue();
		assertThat((JsonNode) JSON.valueToTree(output.schema())).isEqualTo(JSON.readTree("""
				{"type":"object","properties":{
				  "final_answer":{"type":"string"},
				  "steps":{"type":"array","items":{"type":"object","properties":{
				    "explanation":{"type":"string"},"output":{"type":"string"}},
				    "required":["explanation","output"],"additionalProperties":false}}},
				"required":["final_answer","steps"],"additionalProperties":false}
				"""));
	}

	@Test
	void schemaHonoursJacksonAnnotationsEnumsAndNullable() {
		Map<String, @Nullable Object> schema = StructuredOutput.of(Weather.class, "weather", "Today's weather")
			.schema();
		assertThat((JsonNode) JSON.valueToTree(schema)).isEqualTo(JSON.readTree("""
				{"type":"object","properties":{
				  "city":{"type":"string","description":"The city's name"},
				  "note":{"type":["string","null"]},
				  "temperature":{"type":"number"},
				  "unit":{"type":"string","enum":["CELSIUS","FAHRENHEIT"]}},
				"required":["city","note","temperature","unit"],"additionalProperties":false}
				"""));
	}

	@Test
	void chatClientSendsTheSchemaAndReadsTheAnswer() {
		answer("""
				{"role":"assistant","refusal":null,"content":"{\\"steps\\":[{\\"explanation\\":\\"Subtract 7\\",\\"output\\":\\"8x = -30\\"}],\\"final_answer\\":\\"x = -3.75\\"}"}
				""");
		MathReasoning answer = this.client.createChatCompletion(request(), MathReasoning.class);
		assertThat(answer).isEqualTo(new MathReasoning(List.of(new Step("Subtract 7", "8x = -30")), "x = -3.75"));
		server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model":"gpt-4o-2024-08-06","response_format":{"type":"json_schema","json_schema":{
				  "name":"MathReasoning","strict":true,
				  "schema":{"type":"object","required":["final_answer","steps"],"additionalProperties":false}}}}
				""", true, true)));
	}

	@Test
	void refusalGivesAClearException() {
		answer("""
				{"role":"assistant","content":null,"refusal":"I'm sorry, I cannot help with that."}
				""");
		assertThatExceptionOfType(StructuredOutputException.class)
			.isThrownBy(() -> this.client.createChatCompletion(request(), MathReasoning.class))
			.withMessage("The model refused to answer: I'm sorry, I cannot help with that.")
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo("I'm sorry, I cannot help with that."));
	}

	@Test
	void nonJsonContentGivesAClearException() {
		answer("""
				{"role":"assistant","content":"x = -3.75"}
				""");
		assertThatExceptionOfType(StructuredOutputException.class)
			.isThrownBy(() -> this.client.createChatCompletion(request(), MathReasoning.class))
			.withMessageStartingWith("The answer is not JSON of " + MathReasoning.class.getName())
			.satisfies((ex) -> assertThat(ex.getContent()).isEqualTo("x = -3.75"))
			.withCauseInstanceOf(tools.jackson.core.JacksonException.class);
	}

	@Test
	void missingContentGivesAClearException() {
		answer("""
				{"role":"assistant","content":null}
				""");
		StructuredOutput<MathReasoning> output = StructuredOutput.of(MathReasoning.class);
		assertThatExceptionOfType(StructuredOutputException.class)
			.isThrownBy(() -> this.client.createChatCompletion(request(), output))
			.withMessage("The model wrote no content");
	}

	@Test
	void applyKeepsTheRestOfTheRequest() {
		StructuredOutput<Weather> output = StructuredOutput.of(Weather.class);
		CreateChatCompletionRequest applied = output.apply(request().toBuilder().temperature(0.2).build());
		assertThat(applied.temperature()).isEqualTo(0.2);
		assertThat(applied.responseFormat()).isEqualTo(output.responseFormat());
		assertThat(output.read("{\"city\":\"Paris\",\"temperature\":21.5,\"unit\":\"CELSIUS\",\"note\":null}"))
			.isEqualTo(new Weather("Paris", 21.5, Unit.CELSIUS, null, null));
	}

}
