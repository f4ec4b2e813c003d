package org.openaiboot.models.threads;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * An annotation that cites a quote from a file, added when the assistant searched files
 * with its retrieval tool ({@code "type": "file_citation"}).
 *
 * @param text the span of the message text that the citation replaces
 * @param fileCitation the cited file and quote
 * @param startIndex where the span starts in the message text
 * @param endIndex where the span ends in the message text
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record MessageContentTextAnnotationsFileCitationObject(@JsonProperty("text") String text,
		@JsonProperty("file_citation") FileCitation fileCitation, @JsonProperty("start_index") int startIndex,
		@JsonProperty("end_index") int endIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements MessageContentTextAnnotation {

	/** The discriminator of this variant. */
	public static final String TYPE = "file_citation";

	public MessageContentTextAnnotationsFileCitationObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	public MessageContentTextAnnotationsFileCitationObject(String text, FileCitation fileCitation, int startIndex,
			int endIndex) {
		this(text, fileCitation, startIndex, endIndex, Map.of());
	}

	@Override
	@JsonProperty("type")
	public String type() {
		return TYPE;
	}

	/**
	 * The file a citation comes from, and the words quoted from it.
	 *
	 * @param fileId the ID of the cited file
	 * @param quote the quoted words
	 * @param additionalProperties members this version of the type does not know
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FileCitation(@JsonProperty("file_id") String fileId, @JsonProperty("quote") String quote,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

		public FileCitation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		public FileCitation(String fileId, String quote) {
			this(fileId, quote, Map.of());
		}

	}

}
