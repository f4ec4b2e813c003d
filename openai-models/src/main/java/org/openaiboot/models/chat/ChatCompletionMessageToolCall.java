package org.openaiboot.models.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.Validate;

/**
 * One call of a tool that the model asked for in an assistant message. Read from
 * responses, and built by hand to replay a conversation that contains tool calls.
 *
 * @param id the call's id, which the tool message that answers it refers to
 * @param type the kind of tool; {@value #TYPE} is the only kind today
 * @param function the function to run and its arguments
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionMessageToolCall(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("function") Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The {@code type} of a function tool call. */
	public static final String TYPE = "function";

	public ChatCompletionMessageToolCall {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a function tool call.
	 * @param id the call's id
	 * @param name the function's name
	 * @param arguments the arguments, as JSON text
	 * @return the tool call
	 */
	public static ChatCompletionMessageToolCall of(String id, String name, String arguments) {
		return builder().id(id).function(name, arguments).build();
	}

	/**
	 * Create a function tool call.
	 * @param id the call's id
	 * @param function the function and its arguments
	 * @return the tool call
	 */
	public static ChatCompletionMessageToolCall of(String id, Function function) {
		return builder().id(id).function(function).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().id(this.id)
			.type(this.type)
			.function(this.function)
			.additionalProperties(this.additionalProperties);
	}

	/**
	 * The function a tool call runs.
	 *
	 * @param name the function's name
	 * @param arguments the arguments as JSON text, as the model wrote them; they may not
	 * be valid JSON nor match the function's schema, so check them before use
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Function(@JsonProperty("name") String name, @JsonProperty("arguments") String arguments,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Function {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * Create a function call.
		 * @param name the function's name
		 * @param arguments the arguments, as JSON text
		 * @return the function call
		 */
		public static Function of(String name, String arguments) {
			return new Function(name, arguments, Map.of());
		}

	}

	/**
	 * Builds a {@link ChatCompletionMessageToolCall}; {@code type} defaults to
	 * {@value ChatCompletionMessageToolCall#TYPE}, and {@link #build()} checks that
	 * {@code id} and {@code function} with its name and arguments are given.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type = TYPE;

		private @Nullable Function function;

		private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		public Builder function(@Nullable Function function) {
			this.function = function;
			return this;
		}

		public Builder function(String name, String arguments) {
			return function(Function.of(name, arguments));
		}

		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public Builder additionalProperties(Map<String, ? extends @Nullable Object> properties) {
			this.additionalProperties.putAll(properties);
			return this;
		}

		public ChatCompletionMessageToolCall build() {
			Validate.requiredText(this.id, "id");
			Validate.requiredText(this.type, "type");
			Validate.required(this.function, "function");
			Validate.requiredText(this.function.name(), "function.name");
			Validate.required(this.function.arguments(), "function.arguments");
			return new ChatCompletionMessageToolCall(this.id, this.type, this.function, this.additionalProperties);
		}

	}

}
