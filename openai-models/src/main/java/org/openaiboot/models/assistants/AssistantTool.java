package org.openaiboot.models.assistants;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;
import org.openaiboot.models.common.FunctionObject;

/**
 * A tool an assistant (or a run) may use, told apart by its {@code type}: the code
 * interpreter, retrieval over attached files, or a function of the application.
 * A tool type this version does not know is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = AssistantTool.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = AssistantToolsCode.class, name = AssistantToolsCode.TYPE),
		@JsonSubTypes.Type(value = AssistantToolsRetrieval.class, name = AssistantToolsRetrieval.TYPE),
		@JsonSubTypes.Type(value = AssistantToolsFunction.class, name = AssistantToolsFunction.TYPE) })
public sealed interface AssistantTool
		permits AssistantToolsCode, AssistantToolsRetrieval, AssistantToolsFunction, AssistantTool.Unknown {

	/**
	 * The discriminator as sent on the wire.
	 * @return the tool type, such as {@code code_interpreter}
	 */
	String type();

	/**
	 * The code interpreter tool.
	 * @return the tool
	 */
	static AssistantToolsCode codeInterpreter() {
		return AssistantToolsCode.of();
	}

	/**
	 * The retrieval tool.
	 * @return the tool
	 */
	static AssistantToolsRetrieval retrieval() {
		return AssistantToolsRetrieval.of();
	}

	/**
	 * A function tool.
	 * @param function the function the model may call
	 * @return the tool
	 */
	static AssistantToolsFunction function(FunctionObject function) {
		return AssistantToolsFunction.of(function);
	}

	/**
	 * A tool of a type this version does not know, kept member by member as read.
	 *
	 * @param properties all members of the JSON object, {@code type} included
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Unknown(@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties) implements AssistantTool {

		public Unknown {
			properties = AdditionalProperties.copyOf(properties);
		}

		@Override
		@JsonIgnore
		public String type() {
			return String.valueOf(this.properties.get("type"));
		}

	}

}
