package org.openaiboot.models.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * The Jackson annotations the models carry (jackson-annotations serves Jackson 2 and 3).
 */
final class Jackson {

	private static final String PACKAGE = "com.fasterxml.jackson.annotation";

	static final ClassName JSON_PROPERTY = ClassName.get(PACKAGE, "JsonProperty");

	static final ClassName JSON_INCLUDE = ClassName.get(PACKAGE, "JsonInclude");

	static final AnnotationSpec JSON_VALUE = AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonValue")).build();

	static final AnnotationSpec JSON_CREATOR = AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonCreator")).build();

	static final AnnotationSpec DELEGATING_CREATOR = AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonCreator"))
		.addMember("mode", "$T.Mode.DELEGATING", ClassName.get(PACKAGE, "JsonCreator"))
		.build();

	static final AnnotationSpec JSON_ANY_SETTER = AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonAnySetter"))
		.build();

	static final AnnotationSpec JSON_ANY_GETTER = AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonAnyGetter"))
		.build();

	static final AnnotationSpec JSON_IGNORE = AnnotationSpec.builder(ClassName.get(PACKAGE, "JsonIgnore")).build();

	static final ClassName JSON_PROPERTY_ORDER = ClassName.get(PACKAGE, "JsonPropertyOrder");

	static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(PACKAGE, "JsonIgnoreProperties");

	static final ClassName JSON_TYPE_INFO = ClassName.get(PACKAGE, "JsonTypeInfo");

	static final ClassName JSON_SUB_TYPES = ClassName.get(PACKAGE, "JsonSubTypes");

	static final AnnotationSpec NON_NULL = include("NON_NULL");

	static final AnnotationSpec ALWAYS = include("ALWAYS");

	private Jackson() {
	}

	static AnnotationSpec property(String jsonName) {
		return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", jsonName).build();
	}

	private static AnnotationSpec include(String inclusion) {
		return AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.$L", JSON_INCLUDE, inclusion).build();
	}

}
