package org.openaiboot.models.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * Marks a content part as the end of a prompt prefix that the API should cache
 * (the {@code prompt_cache_breakpoint} of a content part).
 *
 * @param mode how the breakpoint was set, today always {@value #EXPLICIT}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromptCacheBreakpoint(@JsonProperty("mode") String mode,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The only {@code mode} today. */
	public static final String EXPLICIT = "explicit";

	public PromptCacheBreakpoint {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * An explicit breakpoint.
	 * @return the breakpoint
	 */
	public static PromptCacheBreakpoint explicit() {
		return new PromptCacheBreakpoint(EXPLICIT, Map.of());
	}

}
