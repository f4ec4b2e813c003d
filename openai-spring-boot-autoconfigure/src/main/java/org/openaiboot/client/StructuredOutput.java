package org.openaiboot.client;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.error.StructuredOutputException;
import org.openaiboot.models.chat.ChatCompletionResponseMessage;
import org.openaiboot.models.chat.CreateChatCompletionRequest;
import org.openaiboot.models.chat.CreateChatCompletionResponse;
import org.openaiboot.models.chat.ResponseFormatJsonSchema;
import org.openaiboot.models.chat.TextResponseFormatJsonSchema;
import org.openaiboot.models.common.FunctionObjectRules;
import org.openaiboot.models.responses.CreateResponse;
import org.openaiboot.models.responses.OutputItem;
import org.openaiboot.models.responses.OutputMessage;
import org.openaiboot.models.responses.OutputMessageContent;
import org.openaiboot.models.responses.RefusalContent;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseTextParam;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.Assert;

/**
 * Structured Outputs for a Java type: the {@code response_format} of chat, or the
 * {@code text.format} of the Responses API, that makes the model answer with JSON of the
 * type's shape, and the reader that turns the answer back into the type.
 * <pre class="code">
 * record Step(String explanation, String output) {}
 * record MathReasoning(List&lt;Step&gt; steps, String finalAnswer) {}
 *
 * MathReasoning answer = chat.createChatCompletion(request, MathReasoning.class);
 * // or, to derive the schema once and reuse it:
 * StructuredOutput&lt;MathReasoning&gt; output = StructuredOutput.of(MathReasoning.class);
 * MathReasoning answer = output.read(chat.createChatCompletion(output.apply(request)));
 * // the same with the Responses API:
 * MathReasoning answer = responses.createResponse(createResponse, MathReasoning.class);
 * </pre>
 * The JSON Schema is derived from the type's fields with the victools
 * jsonschema-generator (an optional dependency: add
 * {@code com.github.victools:jsonschema-generator} to use this class), shaped for the
 * strict mode of the API: every property is required, every object has
 * {@code "additionalProperties": false}, and a field whose type is annotated
 * {@code @Nullable} may be {@code null}. Jackson's {@link JsonProperty @JsonProperty}
 * names, {@link JsonIgnore @JsonIgnore} and
 * {@link JsonPropertyDescription @JsonPropertyDescription} are honoured, so the schema
 * and the reader agree. Instances are immutable and thread-safe.
 *
 * @param <T> the type of the answer
 */
public final class StructuredOutput<T> {

	private final Class<T> type;

	private final JsonMapper jsonMapper;

	private final ResponseFormatJsonSchema responseFormat;

	private final TextResponseFormatJsonSchema textFormat;

	private StructuredOutput(Class<T> type, String name, @Nullable String description, JsonMapper jsonMapper) {
		this.type = type;
		this.jsonMapper = jsonMapper;
		Map<String, @Nullable Object> schema = schemaOf(type, jsonMapper);
		this.responseFormat = ResponseFormatJsonSchema.of(ResponseFormatJsonSchema.JsonSchema.builder()
			.name(name)
			.description(description)
			.schema(schema)
			.strict(true)
			.build());
		this.textFormat = TextResponseFormatJsonSchema.builder()
			.name(name)
			.description(description)
			.schema(schema)
			.strict(true)
			.build();
	}

	/**
	 * Structured Outputs for a type, named after the type's simple name.
	 * @param <T> the type of the answer
	 * @param type a record or class
	 * @return the structured output
	 */
	public static <T> StructuredOutput<T> of(Class<T> type) {
		return of(type, OpenAITransport.createJsonMapper());
	}

	/**
	 * Structured Outputs for a type, named after the type's simple name, read with the
	 * given mapper.
	 * @param <T> the type of the answer
	 * @param type a record or class
	 * @param jsonMapper the mapper that reads the answer
	 * @return the structured output
	 */
	public static <T> StructuredOutput<T> of(Class<T> type, JsonMapper jsonMapper) {
		Assert.notNull(type, "type must not be null");
		return new StructuredOutput<>(type, nameOf(type), null, jsonMapper);
	}

	/**
	 * Structured Outputs for a type, with the name and description the model sees.
	 * @param <T> the type of the answer
	 * @param type a record or class
	 * @param name the name of the format: letters, digits, {@code _} and {@code -}, up to
	 * 64 characters
	 * @param description what the format is for, or {@code null}
	 * @return the structured output
	 */
	public static <T> StructuredOutput<T> of(Class<T> type, String name, @Nullable String description) {
		Assert.notNull(type, "type must not be null");
		return new StructuredOutput<>(type, name, description, OpenAITransport.createJsonMapper());
	}

	/**
	 * The type of the answer.
	 * @return the type
	 */
	public Class<T> type() {
		return this.type;
	}

	/**
	 * The {@code response_format} to send: {@code json_schema} in strict mode.
	 * @return the response format
	 */
	public ResponseFormatJsonSchema responseFormat() {
		return this.responseFormat;
	}

	/**
	 * The {@code text.format} to send to the Responses API: {@code json_schema} in strict
	 * mode.
	 * @return the text format
	 */
	public TextResponseFormatJsonSchema textFormat() {
		return this.textFormat;
	}

	/**
	 * The derived JSON Schema.
	 * @return the schema, as a JSON object
	 */
	public Map<String, @Nullable Object> schema() {
		ResponseFormatJsonSchema.JsonSchema jsonSchema = this.responseFormat.jsonSchema();
		Assert.state(jsonSchema.schema() != null, "No schema");
		return jsonSchema.schema();
	}

	/**
	 * The request with its {@code response_format} set to this structured output.
	 * @param request the request
	 * @return a copy of the request that asks for this type
	 */
	public CreateChatCompletionRequest apply(CreateChatCompletionRequest request) {
		Assert.notNull(request, "request must not be null");
		return request.toBuilder().responseFormat(this.responseFormat).build();
	}

	/**
	 * The Responses API request with its {@code text.format} set to this structured
	 * output; the other settings of its {@code text} (such as its verbosity) are kept.
	 * @param request the request
	 * @return a copy of the request that asks for this type
	 */
	public CreateResponse apply(CreateResponse request) {
		Assert.notNull(request, "request must not be null");
		ResponseTextParam text = (request.text() != null) ? request.text() : ResponseTextParam.builder().build();
		return request.toBuilder().text(text.toBuilder().format(this.textFormat).build()).build();
	}

	/**
	 * Read the text of a response into the type.
	 * @param response the response of the Responses API
	 * @return the answer
	 * @throws StructuredOutputException when the model refused, the response is
	 * incomplete, or its text is not JSON of the type
	 */
	public T read(Response response) {
		Assert.notNull(response, "response must not be null");
		String text = response.outputText();
		for (OutputItem item : response.output()) {
			if (item instanceof OutputMessage message) {
				for (OutputMessageContent part : message.content()) {
					if (part instanceof RefusalContent refusal) {
						throw new StructuredOutputException("The model refused to answer: " + refusal.refusal(),
								refusal.refusal(), text, null);
					}
				}
			}
		}
		if (Response.Status.INCOMPLETE.equals(response.status())) {
			Response.IncompleteDetails details = response.incompleteDetails();
			throw new StructuredOutputException("The response is incomplete ("
					+ ((details != null && details.reason() != null) ? details.reason().value() : "no reason given")
					+ ")", null, text, null);
		}
		if (text.isEmpty()) {
			throw new StructuredOutputException("The response has no output text", null, null, null);
		}
		return read(text);
	}

	/**
	 * Read the answer of the first choice into the type.
	 * @param response the chat completion
	 * @return the answer
	 * @throws StructuredOutputException when there is no choice, the model refused, or
	 * the content is not JSON of the type
	 */
	public T read(CreateChatCompletionResponse response) {
		Assert.notNull(response, "response must not be null");
		if (response.choices().isEmpty()) {
			throw new StructuredOutputException("The chat completion has no choice", null, null, null);
		}
		return read(response.choices().get(0).message());
	}

	/**
	 * Read a message of the model into the type.
	 * @param message the message
	 * @return the answer
	 * @throws StructuredOutputException when the model refused, or the content is not
	 * JSON of the type
	 */
	public T read(ChatCompletionResponseMessage message) {
		Assert.notNull(message, "message must not be null");
		if (message.refusal() != null) {
			throw new StructuredOutputException("The model refused to answer: " + message.refusal(),
					message.refusal(), message.content(), null);
		}
		if (message.content() == null) {
			throw new StructuredOutputException("The model wrote no content", null, null, null);
		}
		return read(message.content());
	}

	/**
	 * Read JSON text into the type.
	 * @param json the JSON the model wrote
	 * @return the answer
	 * @throws StructuredOutputException when the text is not JSON of the type
	 */
	public T read(String json) {
		Assert.notNull(json, "json must not be null");
		try {
			return this.jsonMapper.readValue(json, this.type);
		}
		catch (JacksonException ex) {
			throw new StructuredOutputException("The answer is not JSON of " + this.type.getName() + ": "
					+ ex.getOriginalMessage(), null, json, ex);
		}
	}

	private static String nameOf(Class<?> type) {
		String name = type.getSimpleName().replaceAll("[^a-zA-Z0-9_-]", "_");
		if (name.isEmpty()) {
			name = "response";
		}
		// the schema's name follows the rule of function names, which ChatFunctionRules checks
		return (name.length() > FunctionObjectRules.NAME_MAX_LENGTH) ? name.substring(0, FunctionObjectRules.NAME_MAX_LENGTH)
				: name;
	}

	private static Map<String, @Nullable Object> schemaOf(Class<?> type, JsonMapper jsonMapper) {
		SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(jsonMapper,
				SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
			.without(Option.SCHEMA_VERSION_INDICATOR)
			.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
		config.forFields()
			.withRequiredCheck((field) -> true)
			.withIgnoreCheck((field) -> field.getAnnotationConsideringFieldAndGetter(JsonIgnore.class) != null)
			.withPropertyNameOverrideResolver(StructuredOutput::jsonName)
			.withNullableCheck(StructuredOutput::isNullable)
			.withDescriptionResolver((field) -> {
				JsonPropertyDescription description = field
					.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
				return (description != null) ? description.value() : null;
			});
		ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
		return jsonMapper.convertValue(schema, new TypeReference<LinkedHashMap<String, @Nullable Object>>() {
		});
	}

	private static @Nullable String jsonName(FieldScope field) {
		JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
		return (property != null && !property.value().isEmpty()) ? property.value() : null;
	}

	private static boolean isNullable(FieldScope field) {
		Field raw = field.getRawMember();
		AnnotatedType annotated = raw.getAnnotatedType();
		for (Annotation annotation : annotated.getAnnotations()) {
			if (annotation.annotationType().getSimpleName().equals("Nullable")) {
				return true;
			}
		}
		for (Annotation annotation : raw.getAnnotations()) {
			if (annotation.annotationType().getSimpleName().equals("Nullable")) {
				return true;
			}
		}
		return false;
	}

}
