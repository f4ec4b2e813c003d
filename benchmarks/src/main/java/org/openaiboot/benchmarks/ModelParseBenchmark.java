package org.openaiboot.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of reading a response body, with no HTTP: the time and the allocation
 * ({@code gc.alloc.rate.norm} with {@code -prof gc}) of parsing the same {@code byte[]}
 * into this project's model types on a default Jackson 3 {@code JsonMapper}
 * ({@code starter}), into the official SDK's classes on the SDK's own Jackson 2 mapper
 * ({@code sdk}), and into a Jackson 3 {@code JsonNode} tree, the floor that binds nothing
 * ({@code tree}). Two bodies, as the API writes them (indented): a Responses API
 * {@code Response} of 20 output items (reasoning, web and file searches, messages with
 * citations, function calls; {@code response-20-items.json}) and a chat completion of 3
 * choices, two of them with tool calls ({@code chat-completion-3-choices.json}).
 * <p>
 * {@code java -jar benchmarks/target/benchmarks.jar ModelParseBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class ModelParseBenchmark {

	static final int OUTPUT_ITEMS = 20;

	static final int CHOICES = 3;

	static final int TOOL_CALLS = 5;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ObjectMapper sdkMapper = ObjectMappers.jsonMapper();

	private byte[] response;

	private byte[] chat;

	/** Loads the bodies and checks that every parser reads all of each, not a failure. */
	@Setup
	public void load() throws IOException {
		this.response = resource("response-20-items.json");
		this.chat = resource("chat-completion-3-choices.json");
		Response response = responseStarter();
		check(response.output().size() == OUTPUT_ITEMS && response.additionalProperties().isEmpty()
				&& response.output().stream().noneMatch(OutputItem.Unknown.class::isInstance), "starter Response");
		check(responseSdk().validate().output().size() == OUTPUT_ITEMS, "SDK Response");
		check(responseTree().get("output").size() == OUTPUT_ITEMS, "Response tree");
		CreateChatCompletionResponse completion = chatStarter();
		check(completion.choices().size() == CHOICES && completion.additionalProperties().isEmpty()
				&& toolCalls(completion) == TOOL_CALLS, "starter chat completion");
		ChatCompletion sdkCompletion = chatSdk().validate();
		check(sdkCompletion.choices().size() == CHOICES && sdkCompletion.choices()
			.stream()
			.mapToInt((choice) -> choice.message().toolCalls().map(List::size).orElse(0))
			.sum() == TOOL_CALLS, "SDK chat completion");
		check(chatTree().get("choices").size() == CHOICES, "chat completion tree");
	}

	@Benchmark
	public Response responseStarter() {
		return this.mapper.readValue(this.response, Response.class);
	}

	@Benchmark
	public com.openai.models.responses.Response responseSdk() throws IOException {
		return this.sdkMapper.readValue(this.response, com.openai.models.responses.Response.class);
	}

	@Benchmark
	public JsonNode responseTree() {
		return this.mapper.readTree(this.response);
	}

	@Benchmark
	public CreateChatCompletionResponse chatStarter() {
		return this.mapper.readValue(this.chat, CreateChatCompletionResponse.class);
	}

	@Benchmark
	public ChatCompletion chatSdk() throws IOException {
		return this.sdkMapper.readValue(this.chat, ChatCompletion.class);
	}

	@Benchmark
	public JsonNode chatTree() {
		return this.mapper.readTree(this.chat);
	}

	private static int toolCalls(CreateChatCompletionResponse completion) {
		return completion.choices()
			.stream()
			.mapToInt((choice) -> (choice.message().toolCalls() != null) ? choice.message().toolCalls().size() : 0)
			.sum();
	}

	private static void check(boolean read, String what) {
		if (!read) {
			throw new IllegalStateException("Did not read all of the " + what);
		}
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = ModelParseBenchmark.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("No resource " + name);
			}
			return in.readAllBytes();
		}
	}

}
