package org.openaiboot.models.generator;

import java.math.BigDecimal;
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
import io.swagger.v3.oas.models.media.Schema;

/**
 * Writes the checks a builder's {@code build()} makes of one member: the rules of its
 * schema and of {@code models.yaml}, on the member itself or, for a union told apart by
 * shape, on its string or list variant.
 */
@SuppressWarnings("rawtypes")
final class BuilderChecks {

	private static final TypeName METADATA = ParameterizedTypeName.get(ModelTypes.MAP, ModelTypes.STRING,
			ModelTypes.STRING);

	private final ClassName record;

	private final Shapes shapes;

	private final GeneratorInput input;

	private final List<List<String>> requiredChoices;

	BuilderChecks(ClassName record, Shapes shapes, GeneratorInput input, List<List<String>> requiredChoices) {
		this.record = record;
		this.shapes = shapes;
		this.input = input;
		this.requiredChoices = requiredChoices;
	}

	/**
	 * Check that one of the members of which the schema requires one is set, when each
	 * choice is a single member (the only form the specs use).
	 */
	void addRequiredChoice(MethodSpec.Builder build, List<Component> components) {
		if (this.requiredChoices.isEmpty() || this.requiredChoices.stream().anyMatch((choice) -> choice.size() != 1)) {
			return;
		}
		List<String> members = this.requiredChoices.stream().map((choice) -> choice.get(0)).toList();
		CodeBlock names = members.stream().map((json) -> CodeBlock.of("$S", json)).collect(CodeBlock.joining(", "));
		CodeBlock values = members.stream()
			.map((json) -> CodeBlock.of("this.$L", components.stream()
				.filter((component) -> component.jsonName().equals(json))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(this.record + " requires one of " + members
						+ " but has no member " + json))
				.javaName()))
			.collect(CodeBlock.joining(", "));
		build.addStatement("$T.oneOfRequired($T.of($L), $L)", ModelTypes.COMMON, List.class, names, values);
	}

	void add(TypeSpec.Builder builder, MethodSpec.Builder build, Component component) {
		String json = component.jsonName();
		String value = "this." + component.javaName();
		Constraints declared = Constraints.declared(this.input.rules(this.record, json));
		Schema member = bare(component.schema());
		TypeName type = component.type().box();
		if (type instanceof ClassName union && isShapeUnion(member)) {
			boolean numberChecked = false;
			for (Schema variant : this.shapes.variants(member)) {
				Constraints rules = Constraints.of(this.shapes.resolve(variant)).with(declared);
				if (this.shapes.isStringLike(variant) && rules.constrainsText()) {
					build.beginControlFlow("if ($L instanceof $T.OfString text)", value, union);
					addText(builder, build, "text.value()", json, rules);
					build.endControlFlow();
				}
				else if ("array".equals(this.shapes.type(this.shapes.resolve(variant))) && rules.constrainsItems()) {
					build.beginControlFlow("if ($L instanceof $T.OfList list)", value, union);
					addItems(build, "list.items()", json, rules, component.required());
					build.endControlFlow();
				}
				else if (isNumber(this.shapes.resolve(variant)) && rules.constrainsNumber() && !numberChecked) {
					// one OfNumber variant holds the integers and the numbers alike
					numberChecked = true;
					build.beginControlFlow("if ($L instanceof $T.OfNumber number)", value, union);
					addNumber(build, "number.value()", json, rules);
					build.endControlFlow();
				}
			}
			return;
		}
		Constraints rules = rules(component);
		if (type.isBoxedPrimitive() && !TypeName.BOOLEAN.box().equals(type)) {
			addNumber(build, value, json, rules);
		}
		if (ModelTypes.STRING.equals(type)) {
			addText(builder, build, value, json, rules);
		}
		if (isList(type) && !(component.required() && mustNotBeEmpty(rules))) {
			addItems(build, value, json, rules, false);
		}
		if (json.equals("metadata") && METADATA.equals(type.withoutAnnotations())) {
			build.addStatement("$T.metadata($L, $S)", ModelTypes.COMMON, value, json);
		}
	}

	/**
	 * The {@code Validate} method that checks a required member is set: text must not be
	 * blank unless {@code models.yaml} allows it to be empty ({@code min-length: 0}), and a
	 * list that must have elements must not be empty.
	 * @param component a required member
	 * @return the method's name
	 */
	String requiredCheck(Component component) {
		TypeName type = component.type().withoutAnnotations();
		if (ModelTypes.STRING.equals(type)) {
			Integer minLength = rules(component).minLength();
			return (minLength != null && minLength == 0) ? "required" : "requiredText";
		}
		return (isList(type) && mustNotBeEmpty(rules(component))) ? "requiredNotEmpty" : "required";
	}

	/**
	 * The schema of a member's values: past its references and its {@code null}
	 * alternatives, which may nest ({@code anyOf: [$ref: PartialImages, null]} where
	 * {@code PartialImages} is {@code anyOf: [integer, null]}).
	 */
	private Schema bare(Schema schema) {
		Schema current = schema;
		Schema next = this.shapes.resolve(this.shapes.withoutNull(current));
		while (next != current) {
			current = next;
			next = this.shapes.resolve(this.shapes.withoutNull(current));
		}
		return current;
	}

	private Constraints rules(Component component) {
		return Constraints.of(bare(component.schema())).with(Constraints.declared(this.input.rules(this.record, component.jsonName())));
	}

	private static boolean isList(TypeName type) {
		return type instanceof ParameterizedTypeName list && list.rawType().equals(ModelTypes.LIST);
	}

	private static boolean mustNotBeEmpty(Constraints rules) {
		return rules.minItems() != null && rules.minItems() == 1 && rules.maxItems() == null;
	}

	private boolean isNumber(Schema schema) {
		String type = this.shapes.type(schema);
		return "integer".equals(type) || "number".equals(type);
	}

	private boolean isShapeUnion(Schema member) {
		return !this.shapes.variants(member).isEmpty() && !this.shapes.isStringLike(member);
	}

	private void addNumber(MethodSpec.Builder build, String value, String json, Constraints rules) {
		if (rules.minimum() != null && rules.maximum() != null) {
			build.addStatement("$T.range($L, $S, $L, $L)", ModelTypes.COMMON, value, json, literal(rules.minimum()),
					literal(rules.maximum()));
		}
		else if (rules.minimum() != null) {
			build.addStatement("$T.min($L, $S, $L)", ModelTypes.COMMON, value, json, literal(rules.minimum()));
		}
		else if (rules.maximum() != null) {
			build.addStatement("$T.max($L, $S, $L)", ModelTypes.COMMON, value, json, literal(rules.maximum()));
		}
		if (rules.atLeastMember() != null) {
			build.addStatement("$T.notBelow($L, $S, this.$L, $S)", ModelTypes.COMMON, value, json,
					JavaNames.camel(rules.atLeastMember()), rules.atLeastMember());
		}
	}

	private void addText(TypeSpec.Builder builder, MethodSpec.Builder build, String value, String json,
			Constraints rules) {
		if (rules.minLength() != null && rules.minLength() > 0) {
			build.addStatement("$T.minLength($L, $S, $L)", ModelTypes.COMMON, value, json, rules.minLength());
		}
		if (rules.maxLength() != null) {
			build.addStatement("$T.maxLength($L, $S, $L)", ModelTypes.COMMON, value, json, rules.maxLength());
		}
		if (rules.pattern() != null) {
			String constant = JavaNames.constant(json) + "_PATTERN";
			builder.addField(FieldSpec.builder(Pattern.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
				.initializer("$T.compile($S)", Pattern.class, rules.pattern())
				.build());
			build.addStatement("$T.pattern($L, $S, $L)", ModelTypes.COMMON, value, json, constant);
		}
	}

	/**
	 * The checks of a list's size; a minimum of 0 elements (which {@code models.yaml} may state
	 * to lift the schema's) is no minimum.
	 * @param required whether the list is the variant of a required member, which must then
	 * not be empty in the words of a required list
	 */
	private void addItems(MethodSpec.Builder build, String value, String json, Constraints rules, boolean required) {
		Integer min = (rules.minItems() != null && rules.minItems() > 0) ? rules.minItems() : null;
		if (mustNotBeEmpty(rules)) {
			build.addStatement("$T.$L($L, $S)", ModelTypes.COMMON, required ? "requiredNotEmpty" : "notEmpty", value,
					json);
		}
		else if (min == null && rules.maxItems() != null) {
			build.addStatement("$T.maxSize($L, $S, $L)", ModelTypes.COMMON, value, json, rules.maxItems());
		}
		else if (min != null) {
			build.addStatement("$T.sizeBetween($L, $S, $L, $L)", ModelTypes.COMMON, value, json, min,
					(rules.maxItems() != null) ? rules.maxItems() : "Integer.MAX_VALUE");
		}
	}

	/** A number for a {@code double} parameter: written as a double where it is too large for an int. */
	private static String literal(BigDecimal value) {
		return (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) ? Javadocs.plain(value)
				: String.valueOf(value.doubleValue());
	}

}
