package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Writes a union: a sealed interface whose variants are picked by a discriminator
 * member ({@code type}, {@code role}, ...) when every variant states one, or else by the
 * JSON shape of the value (string, number, boolean, array, object); an {@code Unknown}
 * variant keeps whatever this version of the API does not know.
 */
@SuppressWarnings("rawtypes")
final class UnionWriter {

	private final ModelTypes types;

	UnionWriter(ModelTypes types) {
		this.types = types;
	}

	TypeSpec write(ClassName name, Schema schema, boolean nested) {
		Discriminators discriminators = this.types.discriminators();
		List<Schema> variants = discriminators.objectVariants(schema);
		String property = discriminators.discriminator(schema, variants);
		if (property != null) {
			UnionChoices choices = UnionChoices.of(this.types.shapes().resolve(schema));
			return discriminated(name, property, variants, choices, nested);
		}
		return new ShapeUnionWriter(this.types, this).write(name, schema, nested);
	}

	/**
	 * Write a union told apart by a member. A value several variants claim is read as the
	 * variant {@code models.yaml} names; the others still implement the union, so that
	 * they can be sent where it is expected. An object without the member is read as the
	 * variant {@code models.yaml} names for it, or else as {@code Unknown}.
	 */
	TypeSpec discriminated(ClassName name, String property, List<Schema> variants, UnionChoices choices,
			boolean nested) {
		Shapes shapes = this.types.shapes();
		String accessor = JavaNames.camel(property);
		ClassName unknown = name.nestedClass("Unknown");
		ClassName untyped = (choices.untyped() != null) ? this.types.named(choices.untyped()) : null;
		TypeSpec.Builder type = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC);
		if (untyped == null) {
			type.addJavadoc("The {@code $L} union of the OpenAI API: its variants are told apart by {@code $L}; a value\n"
					+ "this version does not know is read as {@link Unknown}.\n", name.simpleName(), property);
		}
		else {
			type.addJavadoc("The {@code $L} union of the OpenAI API: its variants are told apart by {@code $L}. An object\n"
					+ "without {@code $L}, or with a value this version does not know, is read as {@link $T},\n"
					+ "which keeps the value and every member; {@link Unknown} sends a variant no record describes.\n",
					name.simpleName(), property, property, untyped);
		}
		if (nested) {
			type.addModifiers(Modifier.STATIC);
		}
		Owner owner = new Owner(name, type);
		List<ClassName> permitted = new ArrayList<>();
		List<CodeBlock> subTypes = new ArrayList<>();
		boolean samePackage = true;
		Set<ClassName> seen = new LinkedHashSet<>();
		Set<String> chosen = new LinkedHashSet<>(choices.winners().values());
		if (choices.untyped() != null) {
			chosen.add(choices.untyped());
		}
		for (Schema variant : variants) {
			List<String> values = shapes.discriminatorValues(variant, property);
			String ref = References.name(variant);
			chosen.remove(ref);
			ClassName variantName = (ref != null) ? this.types.named(ref) : null;
			if (ref != null && (variantName == null || !this.types.isGenerated(variantName))) {
				// a hand-written type cannot implement a generated union: it is read as Unknown
				continue;
			}
			Findings.Membership membership = new Findings.Membership(name, property, values,
					ref != null && ref.equals(choices.untyped()));
			if (variantName == null) {
				variantName = owner.nested(JavaNames.pascal(values.get(0)));
				this.types.next().addMembership(variantName, membership);
				owner.add(this.types.records.write(variantName, variant, true));
			}
			else {
				this.types.next().addMembership(variantName, membership);
			}
			if (!seen.add(variantName)) {
				continue;
			}
			samePackage &= variantName.packageName().equals(name.packageName());
			permitted.add(variantName);
			List<String> read = values.stream().filter((value) -> choices.reads(ref, value)).toList();
			if (!read.isEmpty()) {
				CodeBlock names = read.stream().map((value) -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
				subTypes.add(CodeBlock.of("@$T.Type(value = $T.class, names = { $L })", Jackson.JSON_SUB_TYPES,
						variantName, names));
			}
		}
		if (!chosen.isEmpty()) {
			throw new IllegalStateException("models.yaml names " + chosen + " for the union " + name
					+ ", which has no such variant");
		}
		permitted.add(unknown);
		if (samePackage) {
			type.addModifiers(Modifier.SEALED).addPermittedSubclasses(permitted);
		}
		type.addAnnotation(AnnotationSpec.builder(Jackson.JSON_TYPE_INFO)
			.addMember("use", "$T.Id.NAME", Jackson.JSON_TYPE_INFO)
			.addMember("include", "$T.As.EXISTING_PROPERTY", Jackson.JSON_TYPE_INFO)
			.addMember("property", "$S", property)
			.addMember("visible", "true")
			.addMember("defaultImpl", "$T.class", (untyped != null) ? untyped : unknown)
			.build());
		type.addAnnotation(AnnotationSpec.builder(Jackson.JSON_SUB_TYPES)
			.addMember("value", subTypes.stream().collect(CodeBlock.joining(",\n", "{\n", "\n}")))
			.build());
		type.addMethod(MethodSpec.methodBuilder(accessor)
			.addJavadoc("The {@code $L} that names this variant on the wire.\n@return the discriminator$L\n", property,
					(untyped != null) ? ", or {@code null} when absent" : "")
			.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
			.returns((untyped != null) ? ModelTypes.nullable(ModelTypes.STRING) : ModelTypes.STRING)
			.build());
		type.addType(unknownObject(name, unknown, property, accessor, untyped != null));
		return type.build();
	}

	private TypeSpec unknownObject(ClassName union, ClassName unknown, String property, String accessor,
			boolean mayLackProperty) {
		MethodSpec.Builder discriminator = MethodSpec.methodBuilder(accessor)
			.addAnnotation(Override.class)
			.addAnnotation(Jackson.JSON_IGNORE)
			.addModifiers(Modifier.PUBLIC);
		if (mayLackProperty) {
			discriminator.returns(ModelTypes.nullable(ModelTypes.STRING))
				.addStatement("return $T.toString(this.properties.get($S), null)", Objects.class, property);
		}
		else {
			discriminator.returns(ModelTypes.STRING)
				.addStatement("return $T.valueOf(this.properties.get($S))", String.class, property);
		}
		return TypeSpec.recordBuilder(unknown)
			.addJavadoc("A variant this version of the API does not know, kept member for member.\n"
					+ "@param properties the members as read\n")
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addAnnotation(Jackson.NON_NULL)
			.addSuperinterface(union)
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(RecordWriter.ADDITIONAL_PROPERTIES_TYPE, "properties")
					.addAnnotation(Jackson.JSON_ANY_SETTER)
					.addAnnotation(Jackson.JSON_ANY_GETTER)
					.build())
				.build())
			.addMethod(MethodSpec.compactConstructorBuilder()
				.addJavadoc("Keeps its own copy of the members.\n@param properties the members as read\n")
				.addModifiers(Modifier.PUBLIC)
				.addStatement("properties = $T.copyOf(properties)", ModelTypes.ADDITIONAL_PROPERTIES)
				.build())
			.addMethod(discriminator.build())
			.build();
	}

}
