package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
			return discriminated(name, property, variants, nested);
		}
		return new ShapeUnionWriter(this.types, this).write(name, schema, nested);
	}

	TypeSpec discriminated(ClassName name, String property, List<Schema> variants, boolean nested) {
		Shapes shapes = this.types.shapes();
		String accessor = JavaNames.camel(property);
		ClassName unknown = name.nestedClass("Unknown");
		TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("The {@code $L} union of the OpenAI API: its variants are told apart by {@code $L}; a value\n"
					+ "this version does not know is read as {@link Unknown}.\n", name.simpleName(), property);
		if (nested) {
			type.addModifiers(Modifier.STATIC);
		}
		Owner owner = new Owner(name, type);
		List<ClassName> permitted = new ArrayList<>();
		List<CodeBlock> subTypes = new ArrayList<>();
		boolean samePackage = true;
		Set<ClassName> seen = new LinkedHashSet<>();
		for (Schema variant : variants) {
			List<String> values = shapes.discriminatorValues(variant, property);
			String ref = References.name(variant);
			ClassName variantName = (ref != null) ? this.types.named(ref) : null;
			if (ref != null && (variantName == null || !this.types.isGenerated(variantName))) {
				// a hand-written type cannot implement a generated union: it is read as Unknown
				continue;
			}
			if (variantName == null) {
				variantName = owner.nested(JavaNames.pascal(values.get(0)));
				this.types.next().addMembership(variantName, new Findings.Membership(name, property, values));
				owner.add(this.types.records.write(variantName, variant, true));
			}
			else {
				this.types.next().addMembership(variantName, new Findings.Membership(name, property, values));
			}
			if (!seen.add(variantName)) {
				continue;
			}
			samePackage &= variantName.packageName().equals(name.packageName());
			permitted.add(variantName);
			CodeBlock names = values.stream().map((value) -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
			subTypes.add(CodeBlock.of("@$T.Type(value = $T.class, names = { $L })", Jackson.JSON_SUB_TYPES, variantName,
					names));
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
			.addMember("defaultImpl", "$T.class", unknown)
			.build());
		type.addAnnotation(AnnotationSpec.builder(Jackson.JSON_SUB_TYPES)
			.addMember("value", subTypes.stream().collect(CodeBlock.joining(",\n", "{\n", "\n}")))
			.build());
		type.addMethod(MethodSpec.methodBuilder(accessor)
			.addJavadoc("The {@code $L} that names this variant on the wire.\n@return the discriminator\n", property)
			.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
			.returns(ModelTypes.STRING)
			.build());
		type.addType(unknownObject(name, unknown, property, accessor));
		return type.build();
	}

	private TypeSpec unknownObject(ClassName union, ClassName unknown, String property, String accessor) {
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
				.addModifiers(Modifier.PUBLIC)
				.addStatement("properties = $T.copyOf(properties)", ModelTypes.ADDITIONAL_PROPERTIES)
				.build())
			.addMethod(MethodSpec.methodBuilder(accessor)
				.addAnnotation(Override.class)
				.addAnnotation(Jackson.JSON_IGNORE)
				.addModifiers(Modifier.PUBLIC)
				.returns(ModelTypes.STRING)
				.addStatement("return $T.valueOf(this.properties.get($S))", String.class, property)
				.build())
			.build();
	}

}
