package org.openaiboot.client;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.error.ToolCallException;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.responses.FunctionTool;
import org.openaiboot.models.responses.FunctionToolCall;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aop.framework.ProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ToolFunction}: the schema derived from a record or a method's parameters, the
 * rules a function must follow, and how a call is read, run and answered.
 */
@Timeout(30)
class ToolFunctionTests {

	private static final JsonMapper JSON = OpenAITransport.createJsonMapper();

	@Test
	void ofDerivesTheStrictSchemaOfTheRecord() {
		ToolFunction function = ToolFunction.of("get_weather", "Current weather", WeatherQuery.class, (query) -> "");
		assertThat(function.parameters()).isEqualTo(StructuredOutput.of(WeatherQuery.class).schema());
		FunctionTool tool = function.toFunctionTool();
		assertThat(tool.name()).isEqualTo("get_weather");
		assertThat(tool.description()).isEqualTo("Current weather");
		assertThat(tool.strict()).isTrue();
		assertThat(tool.parameters()).isEqualTo(function.parameters());
	}

	@Test
	void ofRejectsANameTheApiDoesNot() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ToolFunction.of("get weather", null, WeatherQuery.class, (query) -> ""))
			.withMessageContaining("'name'")
			.withMessageContaining("get weather");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> ToolFunction.of("f".repeat(65), null, WeatherQuery.class, (query) -> ""))
			.withMessageContaining("'name'");
	}

	@Test
	void fromMethodDerivesOnePropertyPerParameter() throws IOException {
		ToolFunction function = ToolFunction.fromMethod(new Trips(), "plan");
		assertThat(function.name()).isEqualTo("plan");
		assertThat(function.description()).isEqualTo("Plan a trip");
		assertThat(JSON.<JsonNode>valueToTree(function.parameters())).isEqualTo(JSON.readTree("""
				{"type":"object",
				 "properties":{
				  "from":{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":["string","null"]}},
				   "required":["city","unit"],"additionalProperties":false},
				  "stops":{"type":"array","items":{"type":"string"}},
				  "nights":{"type":["integer","null"],"description":"Nights away, if known"},
				  "travellers":{"type":"integer"}},
				 "required":["from","stops","nights","travellers"],"additionalProperties":false}"""));
	}

	@Test
	void fromMethodGathersTheDefinitionsOfItsParametersAtTheRoot() throws IOException {
		ToolFunction function = ToolFunction.fromMethod(new Trips(), "compare");
		String journey = """
				{"type":"object","properties":{"from":{"$ref":"#/$defs/Place"},"to":{"$ref":"#/$defs/Place"}},
				 "required":["from","to"],"additionalProperties":false}""";
		assertThat(JSON.<JsonNode>valueToTree(function.parameters())).isEqualTo(JSON.readTree("""
				{"type":"object","properties":{"first":%s,"second":%s},"required":["first","second"],
				 "additionalProperties":false,
				 "$defs":{"Place":{"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"}},
				  "required":["city","country"],"additionalProperties":false}}}""".formatted(journey, journey)));
	}

	@Test
	void fromMethodRejectsWhatItCannotDescribe() {
		Trips trips = new Trips();
		assertThatIllegalArgumentException().isThrownBy(() -> ToolFunction.fromMethod(trips, "book"))
			.withMessage("methodName 'book' names 2 public methods of " + Trips.class.getName()
					+ ": pass the Method to fromMethod(Object, Method)");
		assertThatIllegalArgumentException().isThrownBy(() -> ToolFunction.fromMethod(trips, "fly"))
			.withMessage("methodName 'fly' names no public method of " + Trips.class.getName());
		assertThatIllegalArgumentException().isThrownBy(() -> ToolFunction.fromMethod(trips, "tag"))
			.withMessage("Parameter 'tags' of method " + Trips.class.getName()
					+ ".tag is of type java.util.Map<java.lang.String, java.lang.String>, of which no schema is "
					+ "derived: use a class, a record or a collection of one");
		assertThatIllegalArgumentException().isThrownBy(() -> ToolFunction.fromMethod(trips, "route"))
			.withMessageStartingWith("Parameter 'leg' of method " + Trips.class.getName()
					+ ".route is of the recursive type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ToolFunction.fromMethod("not a trip", Trips.class.getMethod("plan", WeatherQuery.class,
					List.class, Integer.class, int.class)))
			.withMessageContaining("not by the target's class");
	}

	@Test
	void fromMethodFindsTheParameterNamesBehindAProxy() {
		ProxyFactory factory = new ProxyFactory(new Trips());
		factory.setProxyTargetClass(true);
		Object proxy = factory.getProxy();
		ToolFunction function = ToolFunction.fromMethod(proxy, "plan");
		assertThat(function.parameters().get("required")).isEqualTo(List.of("from", "stops", "nights", "travellers"));
		assertThat(function.call(call("plan", "{\"from\":{\"city\":\"Oslo\",\"unit\":null},\"stops\":[\"Bergen\"],"
				+ "\"nights\":null,\"travellers\":2}"), JSON)).isEqualTo("Oslo via [Bergen] for 2, null nights");
	}

	@Test
	void callWritesAStringAsItIsAndAnythingElseAsJson() throws NoSuchMethodException {
		ToolFunction text = ToolFunction.of("text", null, WeatherQuery.class, WeatherQuery::city);
		assertThat(text.call(call("text", "{\"city\":\"Paris\",\"unit\":null}"), JSON)).isEqualTo("Paris");
		ToolFunction json = ToolFunction.of("json", null, WeatherQuery.class, (query) -> query);
		assertThat(json.call(call("json", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"), JSON))
			.isEqualTo("{\"city\":\"Paris\",\"unit\":\"celsius\"}");
		ToolFunction nothing = ToolFunction.fromMethod(new Trips(),
				Trips.class.getMethod("book", String.class));
		assertThat(nothing.call(call("book", "{\"city\":\"Paris\"}"), JSON)).isEqualTo("null");
		ToolFunction renamed = ToolFunction.fromMethod(new Trips(), "rename");
		assertThat(renamed.parameters().get("required")).isEqualTo(List.of("new_name"));
		assertThat(renamed.call(call("rename", "{\"new_name\":\"Lisbon\"}"), JSON)).isEqualTo("Lisbon");
	}

	@Test
	void callFailsWithTheFunctionAndTheCallNamed() throws NoSuchMethodException {
		ToolFunction weather = ToolFunction.of("get_weather", null, WeatherQuery.class, WeatherQuery::city);
		assertThatExceptionOfType(ToolCallException.class)
			.isThrownBy(() -> weather.call(call("get_weather", "{\"city\":"), JSON))
			.withMessageStartingWith("Function 'get_weather' failed for call_id 'call_1': ")
			.withCauseInstanceOf(JacksonException.class);
		ToolFunction plan = ToolFunction.fromMethod(new Trips(), "rename");
		assertThatExceptionOfType(ToolCallException.class).isThrownBy(() -> plan.call(call("rename", "{}"), JSON))
			.withMessage("Function 'rename' failed for call_id 'call_1': The arguments have no 'new_name'");
		ToolFunction checked = ToolFunction.fromMethod(new Trips(), Trips.class.getMethod("book", int.class));
		assertThatExceptionOfType(ToolCallException.class)
			.isThrownBy(() -> checked.call(call("book", "{\"days\":3}"), JSON))
			.withCauseInstanceOf(IOException.class)
			.withMessage("Function 'book' failed for call_id 'call_1': no seats for 3 days");
		assertThatIllegalArgumentException().isThrownBy(() -> weather.call(call("plan", "{}"), JSON))
			.withMessage("call.name 'plan' is not this function's name 'get_weather'");
	}

	private static FunctionToolCall call(String name, String arguments) {
		return FunctionToolCall.builder().callId("call_1").name(name).arguments(arguments).build();
	}

	record WeatherQuery(String city, @Nullable String unit) {
	}

	record Place(String city, String country) {
	}

	record Journey(Place from, Place to) {
	}

	record Leg(String city, @Nullable Leg next) {
	}

	public static class Trips {

		@JsonPropertyDescription("Plan a trip")
		public String plan(WeatherQuery from, List<String> stops,
				@JsonPropertyDescription("Nights away, if known") @Nullable Integer nights, int travellers) {
			return from.city() + " via " + stops + " for " + travellers + ", " + nights + " nights";
		}

		public String compare(Journey first, Journey second) {
			return first + " " + second;
		}

		public void book(String city) {
		}

		public String book(int days) throws IOException {
			throw new IOException("no seats for " + days + " days");
		}

		public String tag(Map<String, String> tags) {
			return tags.toString();
		}

		public String route(Leg leg) {
			return leg.toString();
		}

		public String rename(@JsonProperty("new_name") String newName) {
			return newName;
		}

	}

}
