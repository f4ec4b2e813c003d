package org.openaiboot.models.generator;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
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

	BuilderChecks(ClassName record, Shapes shapes, GeneratorInput input) {
		this.record = record;
		this.shapes = shapes;
		this.input = input;
	}

	void add(TypeSpec.Builder builder, MethodSpec.Builder build, Component component) {
		String json = component.jsonName();
		String value = "this." + component.javaName();
		Constraints declared = Constraints.declared(this.input.rules(this.record, json));
		Schema member = this.shapes.resolve(this.shapes.withoutNull(component.schema()));
		TypeName type = component.type().box();
		if (type instanceof ClassName union && isShapeUnion(member)) {
			for (Schema variant : this.shapes.variants(member)) {
				Constraints rules = Constraints.of(this.shapes.resolve(variant)).with(declared);
				if (this.shapes.isStringLike(variant) && rules.constrainsText()) {
					build.beginControlFlow("if ($L instanceof $T.OfString text)", value, union);
					addText(builder, build, "text.value()", json, rules);
					build.endControlFlow();
				}
				else if ("array".equals(this.shapes.type(this.shapes.resolve(variant))) && rules.constrainsItems()) {
					build.beginControlFlow("if ($L instanceof $T.OfList list)", value, union);
					addItems(build, "list.items()", json, rules);
					build.endControlFlow();
				}
			}
			return;
		}
		Constraints rules = Constraints.of(component.schema()).with(declared);
		if (type.isBoxedPrimitive() && !TypeName.BOOLEAN.box().equals(type)) {
			addNumber(build, value, json, rules);
		}
		if (ModelTypes.STRING.equals(type)) {
			addText(builder, build, value, json, rules);
		}
		if (type instanceof ParameterizedTypeName list && list.rawType().equals(ModelTypes.LIST)) {
			addItems(build, value, json, rules);
		}
		if (json.equals("metadata") && METADATA.equals(type.withoutAnnotations())) {
			build.addStatement("$T.metadata($L, $S)", ModelTypes.COMMON, value, json);
		}
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
		if (rules.minLength() != null) {
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

	private void addItems(MethodSpec.Builder build, String value, String json, Constraints rules) {
		if (rules.minItems() == null && rules.maxItems() != null) {
			build.addStatement("$T.maxSize($L, $S, $L)", ModelTypes.COMMON, value, json, rules.maxItems());
		}
		else if (rules.constrainsItems()) {
			build.addStatement("$T.sizeBetween($L, $S, $L, $L)", ModelTypes.COMMON, value, json,
					(rules.minItems() != null) ? rules.minItems() : 0,
					(rules.maxItems() != null) ? rules.maxItems() : "Integer.MAX_VALUE");
		}
	}

	/** A number for a {@code double} parameter: written as a double where it is too large for an int. */
	private static String literal(BigDecimal value) {
		return (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) ? Javadocs.plain(value)
				: String.valueOf(value.doubleValue());
	}

}
