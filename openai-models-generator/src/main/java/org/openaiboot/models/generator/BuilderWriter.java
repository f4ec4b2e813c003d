package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ArrayTypeName;
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

	private final ClassName record;

	private final ClassName builder;

	private final List<Component> components;

	private final Findings findings;

	private final List<List<String>> factories;

	private final BuilderChecks checks;

	private final ClassName validator;

	BuilderWriter(ClassName record, List<Component> components, Findings findings, List<List<String>> factories,
			BuilderChecks checks, ClassName validator) {
		this.record = record;
		this.validator = validator;
		this.findings = findings;
		this.factories = factories;
		this.checks = checks;
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
		this.factories.forEach((members) -> addFactory(type, members));
	}

	/**
	 * A static {@code of(..)} taking the given members, and the same with a string for each
	 * member that can be made from one.
	 */
	private void addFactory(TypeSpec.Builder type, List<String> members) {
		List<Component> parameters = members.stream()
			.map((member) -> this.components.stream()
				.filter((component) -> component.jsonName().equals(member))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"models.yaml names a factory of " + this.record + " with no member " + member)))
			.toList();
		type.addMethod(factory(parameters, false));
		if (parameters.stream().anyMatch(this::takesString)) {
			type.addMethod(factory(parameters, true));
		}
	}

	private MethodSpec factory(List<Component> parameters, boolean strings) {
		MethodSpec.Builder factory = MethodSpec.methodBuilder("of")
			.addJavadoc("Make a {@code $L} of its main members.\n", this.record.simpleName())
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.returns(this.record);
		CodeBlock.Builder body = CodeBlock.builder().add("return builder()");
		for (Component component : parameters) {
			TypeName parameterType = (strings && takesString(component)) ? ModelTypes.STRING : component.type();
			factory.addParameter(parameterType, component.javaName());
			factory.addJavadoc("@param $L the {@code $L} member\n", component.javaName(), component.jsonName());
			body.add(".$L($L)", component.javaName(), component.javaName());
		}
		factory.addJavadoc("@return the record\n");
		return factory.addStatement("$L.build()", body.build()).build();
	}

	private boolean takesString(Component component) {
		return component.type() instanceof ClassName value && this.findings.isFromString(value);
	}

	private TypeSpec builderType() {
		TypeSpec.Builder type = TypeSpec.classBuilder(this.builder)
			.addJavadoc("Builds a {@link $T}; {@link #build()} checks the required members and the rules.\n",
					this.record)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
		for (Component component : this.components) {
			FieldSpec.Builder field = FieldSpec.builder(component.builderType(), component.javaName(), Modifier.PRIVATE);
			if (component.singleValue() != null) {
				// a member with one possible value starts with it
				field.initializer("$S", component.singleValue());
			}
			type.addField(field.build());
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
				.addParameter(setterType(component), component.javaName())
				.addCode(assignment(component))
				.addStatement("return this")
				.build());
			addConveniences(type, component);
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

	/**
	 * A list setter takes a list of any subtype of the element type (a list of one variant
	 * of a union, say), which it copies.
	 */
	private static TypeName setterType(Component component) {
		ClassName element = listElement(component);
		return (element != null) ? ModelTypes.nullable(ParameterizedTypeName.get(ModelTypes.LIST,
				WildcardTypeName.subtypeOf(element))) : component.builderType();
	}

	private static CodeBlock assignment(Component component) {
		String name = component.javaName();
		if (listElement(component) != null) {
			return CodeBlock.builder()
				.addStatement("this.$L = ($L != null) ? $T.unmodifiableList(new $T<>($L)) : null", name, name,
						Collections.class, ArrayList.class, name)
				.build();
		}
		if (component.type().withoutAnnotations() instanceof ParameterizedTypeName map
				&& map.rawType().equals(ModelTypes.MAP)) {
			// a map is copied too, so that the record does not change with the caller's map
			return CodeBlock.builder()
				.addStatement("this.$L = ($L != null) ? $T.unmodifiableMap(new $T<>($L)) : null", name, name,
						Collections.class, LinkedHashMap.class, name)
				.build();
		}
		return CodeBlock.builder().addStatement("this.$L = $L", name, name).build();
	}

	private static ClassName listElement(Component component) {
		return ModelTypes.listElement(component.type());
	}

	/**
	 * Setters that read better: a string for a value made from one (an enum-like value or
	 * a union with a string variant), and elements for a list.
	 */
	private void addConveniences(TypeSpec.Builder type, Component component) {
		String name = component.javaName();
		if (takesString(component)) {
			ClassName value = (ClassName) component.type();
			type.addMethod(MethodSpec.methodBuilder(name)
				.addJavadoc("Set the {@code $L} member from its JSON string.\n@param $L the value\n@return this builder\n",
						component.jsonName(), name)
				.addModifiers(Modifier.PUBLIC)
				.returns(this.builder)
				.addParameter(ModelTypes.nullable(ModelTypes.STRING), name)
				.addStatement("return $L(($L != null) ? $T.of($L) : null)", name, name, value, name)
				.build());
		}
		TypeName wrapped = this.findings.wrappedBy(component.type().withoutAnnotations());
		if (wrapped != null) {
			addValueConvenience(type, component, wrapped);
		}
		ClassName element = listElement(component);
		if (element != null) {
			type.addMethod(MethodSpec.methodBuilder(name)
				.addJavadoc("Set the {@code $L} member.\n@param $L the elements\n@return this builder\n",
						component.jsonName(), name)
				.addModifiers(Modifier.PUBLIC)
				.returns(this.builder)
				.addParameter(ArrayTypeName.of(element), name)
				.varargs(true)
				.addStatement("return $L($T.of($L))", name, List.class, name)
				.build());
		}
		ClassName unionElement = this.findings.listElementOf(component.type().withoutAnnotations());
		if (unionElement != null) {
			addListUnionConveniences(type, component, unionElement);
		}
	}

	/**
	 * A union with a list variant also takes the list, of any subtype of its element type
	 * (a list of one variant of an element union, say), and the elements.
	 */
	private void addListUnionConveniences(TypeSpec.Builder type, Component component, ClassName element) {
		String name = component.javaName();
		ClassName union = (ClassName) component.type().withoutAnnotations();
		type.addMethod(MethodSpec.methodBuilder(name)
			.addJavadoc("Set the {@code $L} member to a list.\n@param $L the elements\n@return this builder\n",
					component.jsonName(), name)
			.addModifiers(Modifier.PUBLIC)
			.returns(this.builder)
			.addParameter(ModelTypes.nullable(ParameterizedTypeName.get(ModelTypes.LIST,
					isFinal(element) ? element : WildcardTypeName.subtypeOf(element))), name)
			.addStatement("return $L(($L != null) ? $T.of($T.<$T>copyOf($L)) : null)", name, name, union, List.class,
					element, name)
			.build());
		type.addMethod(MethodSpec.methodBuilder(name)
			.addJavadoc("Set the {@code $L} member to a list of these elements.\n@param $L the elements\n"
					+ "@return this builder\n", component.jsonName(), name)
			.addModifiers(Modifier.PUBLIC)
			.returns(this.builder)
			.addParameter(ArrayTypeName.of(element), name)
			.varargs(true)
			.addStatement("return $L($T.of($L))", name, union, name)
			.build());
	}

	/** Whether a type has no subtypes to take: the JDK's strings, numbers and booleans. */
	private static boolean isFinal(ClassName type) {
		return type.packageName().equals("java.lang");
	}

	/** A value type's member also takes the value it wraps: a map, or the elements of a list. */
	private void addValueConvenience(TypeSpec.Builder type, Component component, TypeName wrapped) {
		String name = component.javaName();
		ClassName valueType = (ClassName) component.type().withoutAnnotations();
		ClassName element = ModelTypes.listElement(wrapped);
		MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
			.addJavadoc("Set the {@code $L} member from the value it wraps.\n@param $L the value\n@return this builder\n",
					component.jsonName(), name)
			.addModifiers(Modifier.PUBLIC)
			.returns(this.builder);
		if (element != null) {
			setter.addParameter(ArrayTypeName.of(element), name).varargs(true);
		}
		else {
			setter.addParameter(ModelTypes.nullable(wrapped), name);
		}
		type.addMethod(setter.addStatement("return $L(($L != null) ? $T.of($L) : null)", name, name, valueType, name)
			.build());
	}

	private MethodSpec build(TypeSpec.Builder type) {
		MethodSpec.Builder build = MethodSpec.methodBuilder("build")
			.addJavadoc("Check the members and build the record.\n@return the record\n"
					+ "@throws org.openaiboot.models.common.ValidationException if a member breaks a rule\n")
			.addModifiers(Modifier.PUBLIC)
			.returns(this.record);
		CodeBlock.Builder arguments = CodeBlock.builder();
		for (Component component : this.components) {
			this.checks.add(type, build, component);
			if (component.required() && !component.nullable()) {
				arguments.add("\n$T.$L(this.$L, $S),", ModelTypes.COMMON, this.checks.requiredCheck(component),
						component.javaName(), component.jsonName());
			}
			else {
				arguments.add("\nthis.$L,", component.javaName());
			}
		}
		this.checks.addRequiredChoice(build, this.components);
		if (this.validator == null) {
			return build.addStatement("return new $T($L\nthis.additionalProperties)", this.record, arguments.build())
				.build();
		}
		// rules no schema can state (one member depending on another) are checked by hand-written code
		return build.addStatement("$T built = new $T($L\nthis.additionalProperties)", this.record, this.record,
				arguments.build())
			.addStatement("$T.check(built)", this.validator)
			.addStatement("return built")
			.build();
	}


}
