package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * A piece of a tool call in a streamed chunk. The first piece of a call carries its
 * {@code id}, {@code type} and function name; the following pieces with the same
 * {@code index} carry more of the arguments text, to append.
 *
 * @param index the position of the tool call this piece belongs to
 * @param id the call's id, in the first piece only
 * @param type the kind of tool ({@code function}), in the first piece only
 * @param function the part of the function name and arguments in this piece
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionMessageToolCallChunk(@JsonProperty("index") int index,
		@JsonProperty("id") @Nullable String id, @JsonProperty("type") @Nullable String type,
		@JsonProperty("function") @Nullable Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ChatCompletionMessageToolCallChunk {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The part of a function call in one piece of a streamed tool call.
	 *
	 * @param name the function's name, in the first piece only
	 * @param arguments more of the arguments text, to append to the previous pieces
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Function(@JsonProperty("name") @Nullable String name,
			@JsonProperty("arguments") @Nullable String arguments,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Function {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
