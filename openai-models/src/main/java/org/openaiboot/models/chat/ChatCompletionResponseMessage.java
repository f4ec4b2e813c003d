package org.openaiboot.models.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * The message the model wrote for one choice of a chat completion.
 * <p>
 * The components of API version 2.0.0 come first, the members of later versions after
 * them; the constructor of 2.0.0 is kept.
 *
 * @param content the text of the message; {@code null} (and written as such) when the
 * model only called tools or refused
 * @param toolCalls the tools the model asked to call, if any
 * @param role who wrote the message, always {@link ChatCompletionRole#ASSISTANT} today
 * @param functionCall the function the model asked to call, in the older form that
 * {@code tool_calls} replaces (deprecated by the API)
 * @param refusal why the model declined to answer, in its own words; {@code null} when
 * it answered
 * @param annotations citations of the answer, such as the web pages a search used
 * @param audio the spoken answer, when the request asked for audio output
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionResponseMessage(
		@JsonProperty("content") @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String content,
		@JsonProperty("tool_calls") @Nullable ChatCompletionMessageToolCalls toolCalls,
		@JsonProperty("role") ChatCompletionRole role,
		@JsonProperty("function_call") @Nullable FunctionCall functionCall,
		@JsonProperty("refusal") @Nullable String refusal,
		@JsonProperty("annotations") @Nullable List<Annotation> annotations,
		@JsonProperty("audio") @Nullable Audio audio,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	public ChatCompletionResponseMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Create a message with the members of API version 2.0.0.
	 * @param content the text
	 * @param toolCalls the tool calls
	 * @param role the role
	 * @param functionCall the deprecated function call
	 * @param additionalProperties other members
	 */
	public ChatCompletionResponseMessage(@Nullable String content, @Nullable ChatCompletionMessageToolCalls toolCalls,
			ChatCompletionRole role, @Nullable FunctionCall functionCall,
			Map<String, @Nullable Object> additionalProperties) {
		this(content, toolCalls, role, functionCall, null, null, null, additionalProperties);
	}

	/**
	 * A function the model asked to call, in the deprecated form that tool calls replace.
	 *
	 * @param arguments the arguments as JSON text, as the model wrote them; check them
	 * before use
	 * @param name the function's name
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FunctionCall(@JsonProperty("arguments") String arguments, @JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public FunctionCall {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A citation in the answer. Today the only kind is {@value #URL_CITATION}.
	 *
	 * @param type the kind of citation
	 * @param urlCitation the cited web page
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Annotation(@JsonProperty("type") String type,
			@JsonProperty("url_citation") @Nullable UrlCitation urlCitation,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		/** The {@code type} of a citation of a web page. */
		public static final String URL_CITATION = "url_citation";

		public Annotation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A web page the answer cites.
		 *
		 * @param endIndex the index after the last character of the cited passage of the
		 * answer
		 * @param startIndex the index of the first character of the cited passage
		 * @param url the page's address
		 * @param title the page's title
		 * @param additionalProperties members this version of the type does not know
		 */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record UrlCitation(@JsonProperty("end_index") int endIndex,
				@JsonProperty("start_index") int startIndex, @JsonProperty("url") String url,
				@JsonProperty("title") String title,
				@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

			public UrlCitation {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

		}

	}

	/**
	 * The spoken form of an answer.
	 *
	 * @param id the id to send back in an assistant message of a later turn
	 * @param expiresAt until when the server keeps the audio for later turns, in Unix
	 * seconds
	 * @param data the audio bytes, Base64 encoded, in the requested format
	 * @param transcript what the audio says
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Audio(@JsonProperty("id") String id, @JsonProperty("expires_at") long expiresAt,
			@JsonProperty("data") String data, @JsonProperty("transcript") String transcript,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public Audio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
