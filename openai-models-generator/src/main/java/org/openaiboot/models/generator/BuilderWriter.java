package org.openaiboot.models.generator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;

/**
 * Adds {@code builder()}, {@code toBuilder()} and a {@code Builder} to a record, whose
 * {@code build()} checks required members and every rule the schema states, naming the
 * field, the rule and the value.
 */
final class BuilderWriter {

	private static final TypeName METADATA = ParameterizedTypeName.get(ModelTypes.MAP, ModelTypes.STRING,
			ModelTypes.STRING);

	private final ClassName record;

	private final ClassName builder;

	private final List<Component> components;

	BuilderWriter(ClassName record, List<Component> components) {
		this.record = record;
		this.builder = record.nestedClass("Builder");
		this.components = components;
	}

	void addTo(TypeSpec.Builder type) {
		type.addMethod(MethodSpec.methodBuilder("builder")
			.addJavadoc("Start building a {@code $L}.\n@return a new builder\n", this.record.simpleName())
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.returns(this.builder)
			.addStatement("return new $T()", this.builder)
			.build());
		CodeBlock.Builder copy = CodeBlock.builder().add("return new $T()", this.builder);
		for (Component component : this.components) {
			copy.add("\n.$L(this.$L)", component.javaName(), component.javaName());
		}
		type.addMethod(MethodSpec.methodBuilder("toBuilder")
			.addJavadoc("A builder that starts from this record's values.\n@return a new builder\n")
			.addModifiers(Modifier.PUBLIC)
			.returns(this.builder)
			.addStatement("$L\n.additionalProperties(this.additionalProperties)", copy.build())
			.build());
		type.addType(builderType());
	}

	private TypeSpec builderType() {
		TypeSpec.Builder type = TypeSpec.classBuilder(this.builder)
			.addJavadoc("Builds a {@link $T}; {@link #build()} checks the required members and the rules.\n",
					this.record)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
		for (Component component : this.components) {
			type.addField(component.builderType(), component.javaName(), Modifier.PRIVATE);
		}
		type.addField(FieldSpec.builder(RecordWriter.ADDITIONAL_PROPERTIES_TYPE, "additionalProperties", Modifier.PRIVATE,
				Modifier.FINAL)
			.initializer("new $T<>()", LinkedHashMap.class)
			.build());
		type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
		for (Component component : this.components) {
			type.addMethod(MethodSpec.methodBuilder(component.javaName())
				.addJavadoc("Set the {@code $L} member.\n@param $L the value, or {@code null} to leave it out\n"
						+ "@return this builder\n", component.jsonName(), component.javaName())
				.addModifiers(Modifier.PUBLIC)
				.returns(this.builder)
				.addParameter(component.builderType(), component.javaName())
				.addStatement("this.$L = $L", component.javaName(), component.javaName())
				.addStatement("return this")
				.build());
		}
		type.addMethod(MethodSpec.methodBuilder("additionalProperty")
			.addJavadoc("Add a member this version of the type does not know.\n@param name the JSON name\n"
					+ "@param value the value\n@return this builder\n")
			.addModifiers(Modifier.PUBLIC)
			.returns(this.builder)
			.addParameter(ModelTypes.STRING, "name")
			.addParameter(ModelTypes.nullable(ModelTypes.OBJECT), "value")
			.addStatement("this.additionalProperties.put(name, value)")
			.addStatement("return this")
			.build());
		type.addMethod(MethodSpec.methodBuilder("additionalProperties")
			.addJavadoc("Add members this version of the type does not know.\n@param properties the members by JSON name\n"
					+ "@return this builder\n")
			.addModifiers(Modifier.PUBLIC)
			.returns(this.builder)
			.addParameter(ParameterizedTypeName.get(ModelTypes.MAP, ModelTypes.STRING,
					WildcardTypeName.subtypeOf(ModelTypes.nullable(ModelTypes.OBJECT))), "properties")
			.addStatement("this.additionalProperties.putAll(properties)")
			.addStatement("return this")
			.build());
		type.addMethod(build(type));
		return type.build();
	}

	private MethodSpec build(TypeSpec.Builder type) {
		MethodSpec.Builder build = MethodSpec.methodBuilder("build")
			.addJavadoc("Check the members and build the record.\n@return the record\n"
					+ "@throws org.openaiboot.models.common.ValidationException if a member breaks a rule\n")
			.addModifiers(Modifier.PUBLIC)
			.returns(this.record);
		CodeBlock.Builder arguments = CodeBlock.builder();
		for (Component component : this.components) {
			addChecks(type, build, component);
			boolean mustBeSet = component.required() && !component.nullable();
			arguments.add(mustBeSet ? "\n$T.required(this.$L, $S)," : "\nthis.$L,",
					mustBeSet ? new Object[] { ModelTypes.COMMON, component.javaName(), component.jsonName() }
							: new Object[] { component.javaName() });
		}
		return build.addStatement("return new $T($L\nthis.additionalProperties)", this.record, arguments.build()).build();
	}

	/** A number for a {@code double} parameter: written as a double where it is too large for an int. */
	private static String literal(BigDecimal value) {
		return (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) ? Javadocs.plain(value)
				: String.valueOf(value.doubleValue());
	}

	private void addChecks(TypeSpec.Builder type, MethodSpec.Builder build, Component component) {
		String field = component.javaName();
		String json = component.jsonName();
		TypeName boxed = component.type().box();
		Constraints rules = Constraints.of(component.schema());
		if (boxed.isBoxedPrimitive() && !TypeName.BOOLEAN.box().equals(boxed)) {
			if (rules.minimum() != null && rules.maximum() != null) {
				build.addStatement("$T.range(this.$L, $S, $L, $L)", ModelTypes.COMMON, field, json,
						literal(rules.minimum()), literal(rules.maximum()));
			}
			else if (rules.minimum() != null) {
				build.addStatement("$T.min(this.$L, $S, $L)", ModelTypes.COMMON, field, json,
						literal(rules.minimum()));
			}
			else if (rules.maximum() != null) {
				build.addStatement("$T.max(this.$L, $S, $L)", ModelTypes.COMMON, field, json,
						literal(rules.maximum()));
			}
		}
		if (ModelTypes.STRING.equals(boxed)) {
			if (rules.maxLength() != null) {
				build.addStatement("$T.maxLength(this.$L, $S, $L)", ModelTypes.COMMON, field, json, rules.maxLength());
			}
			if (rules.pattern() != null) {
				String constant = JavaNames.constant(json) + "_PATTERN";
				type.addField(FieldSpec.builder(Pattern.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
					.initializer("$T.compile($S)", Pattern.class, rules.pattern())
					.build());
				build.addStatement("$T.pattern(this.$L, $S, $L)", ModelTypes.COMMON, field, json, constant);
			}
		}
		if (boxed instanceof ParameterizedTypeName list && list.rawType().equals(ModelTypes.LIST)) {
			if (rules.minItems() != null || rules.maxItems() != null) {
				build.addStatement("$T.sizeBetween(this.$L, $S, $L, $L)", ModelTypes.COMMON, field, json,
						(rules.minItems() != null) ? rules.minItems() : 0,
						(rules.maxItems() != null) ? rules.maxItems() : "Integer.MAX_VALUE");
			}
		}
		if (json.equals("metadata") && METADATA.equals(boxed.withoutAnnotations())) {
			build.addStatement("$T.metadata(this.$L, $S)", ModelTypes.COMMON, field, json);
		}
	}

}
