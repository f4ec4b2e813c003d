package org.openaiboot.client;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openaiboot.client.error.PollingTimeoutException;
import org.openaiboot.client.error.StructuredOutputException;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseTextParam;
import org.openaiboot.models.responses.Verbosity;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The helpers of {@link OpenAIResponsesClient} beyond the operations: answers read into a
 * Java type through {@code text.format}, and waiting for a response created in the
 * background.
 */
@Timeout(30)
class OpenAIResponsesHelpersTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final OpenAIResponsesClient client = new RecordingTransport().builder(server.baseUrl())
		.build(OpenAIResponsesClient::new);

	@Test
	void createResponseWithATypeSendsItsStrictSchemaAsTextFormatAndReadsTheAnswer() {
		server.stubFor(post("/v1/responses").willReturn(okJson(response("completed",
				"{\"type\":\"output_text\",\"text\":\"{\\\"city\\\":\\\"Paris\\\",\\\"celsius\\\":21.5}\",\"annotations\":[]}"))));
		CreateResponse request = CreateResponse.builder()
			.model("gpt-5.4")
			.input("Weather in Paris?")
			.text(ResponseTextParam.builder().verbosity(Verbosity.LOW).build())
			.build();
		Weather weather = this.client.createResponse(request, Weather.class);
		assertThat(weather).isEqualTo(new Weather("Paris", 21.5));
		server.verify(postRequestedFor(urlEqualTo("/v1/responses")).withRequestBody(equalToJson("""
				{"model":"gpt-5.4","input":"Weather in Paris?",
				 "text":{"verbosity":"low","format":{"type":"json_schema","name":"Weather","strict":true,
				  "schema":{"type":"object","additionalProperties":false,"required":["city","celsius"],
				   "properties":{"city":{"type":"string","description":"The city's name"},
				                 "celsius":{"type":"number"}}}}}}""", true, false)));
	}

	@Test
	void aRefusalIsAStructuredOutputExceptionWithTheRefusal() {
		server.stubFor(post("/v1/responses").willReturn(
				okJson(response("completed", "{\"type\":\"refusal\",\"refusal\":\"I cannot help with that.\"}"))));
		assertThatExceptionOfType(StructuredOutputException.class)
			.isThrownBy(() -> this.client.createResponse(request(), Weather.class))
			.withMessage("The model refused to answer: I cannot help with that.")
			.satisfies((ex) -> assertThat(ex.getRefusal()).isEqualTo("I cannot help with that."));
	}

	@Test
	void anIncompleteResponseIsAStructuredOutputExceptionWithItsReasonAndText() {
		server.stubFor(post("/v1/responses").willReturn(okJson(response("incomplete",
				"{\"type\":\"output_text\",\"text\":\"{\\\"city\\\":\\\"Par\",\"annotations\":[]}")
			.replace("\"incomplete_details\":null", "\"incomplete_details\":{\"reason\":\"max_output_tokens\"}"))));
		assertThatExceptionOfType(StructuredOutputException.class)
			.isThrownBy(() -> this.client.createResponse(request(), Weather.class))
			.withMessage("The response is incomplete (max_output_tokens)")
			.satisfies((ex) -> assertThat(ex.getContent()).isEqualTo("{\"city\":\"Par"));
	}

	@Test
	void awaitResponseFetchesUntilTheStatusIsFinal() {
		String scenario = "background";
		server.stubFor(get("/v1/responses/resp_1").inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(response("queued")))
			.willSetStateTo("running"));
		server.stubFor(get("/v1/responses/resp_1").inScenario(scenario)
			.whenScenarioStateIs("running")
			.willReturn(okJson(response("in_progress")))
			.willSetStateTo("done"));
		server.stubFor(get("/v1/responses/resp_1").inScenario(scenario)
			.whenScenarioStateIs("done")
			.willReturn(okJson(response("completed",
					"{\"type\":\"output_text\",\"text\":\"Finished.\",\"annotations\":[]}"))));
		Response done = this.client.awaitResponse("resp_1", Duration.ofSeconds(20));
		assertThat(done.status()).isEqualTo(Response.Status.COMPLETED);
		assertThat(done.outputText()).isEqualTo("Finished.");
		server.verify(3, getRequestedFor(urlEqualTo("/v1/responses/resp_1")));
	}

	@Test
	void awaitResponseGivesUpAtTheTimeoutWithTheResponseAsLastSeen() {
		server.stubFor(get("/v1/responses/resp_1").willReturn(okJson(response("in_progress"))));
		assertThatExceptionOfType(PollingTimeoutException.class)
			.isThrownBy(() -> this.client.awaitResponse("resp_1", Duration.ofMillis(300)))
			.withMessage("The response resp_1 was not done within PT0.3S; it goes on in the background")
			.satisfies((ex) -> assertThat(ex.getLastSeen()).isInstanceOfSatisfying(Response.class,
					(last) -> assertThat(last.status()).isEqualTo(Response.Status.IN_PROGRESS)));
	}

	@Test
	void awaitResponseNeedsAPositiveTimeout() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.client.awaitResponse("resp_1", Duration.ZERO))
			.withMessage("timeout must be positive but was PT0S");
	}

	private static CreateResponse request() {
		return CreateResponse.builder().model("gpt-5.4").input("Weather in Paris?").build();
	}

	private static String response(String status, String... content) {
		String output = (content.length == 0) ? "[]" : """
				[{"type":"message","id":"msg_1","status":"completed","role":"assistant","content":[%s]}]"""
			.formatted(String.join(",", List.of(content)));
		return """
				{"id":"resp_1","object":"response","created_at":1741476542,"status":"%s","model":"gpt-5.4",
				 "output":%s,"parallel_tool_calls":true,"tools":[],"tool_choice":"auto","metadata":{},
				 "error":null,"incomplete_details":null,"instructions":null,"temperature":null,"top_p":null}"""
			.formatted(status, output);
	}

	record Weather(@JsonPropertyDescription("The city's name") String city, double celsius) {
	}

}
