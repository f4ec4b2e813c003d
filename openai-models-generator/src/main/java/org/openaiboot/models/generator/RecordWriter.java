package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Writes a record for an object schema: one component per member under its JSON name,
 * the members a newer API adds kept in {@code additionalProperties}, the discriminator of
 * each union it belongs to as a constant, and a builder that checks the schema's rules.
 */
@SuppressWarnings("rawtypes")
final class RecordWriter {

	static final TypeName ADDITIONAL_PROPERTIES_TYPE = ParameterizedTypeName.get(ModelTypes.MAP, ModelTypes.STRING,
			ModelTypes.nullable(ModelTypes.OBJECT));

	private final ModelTypes types;

	RecordWriter(ModelTypes types) {
		this.types = types;
	}

	TypeSpec write(ClassName name, Schema schema, boolean nested) {
		Shapes shapes = this.types.shapes();
		TypeSpec.Builder type = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).addAnnotation(Jackson.NON_NULL);
		if (nested) {
			type.addModifiers(Modifier.STATIC);
		}
		type.addJavadoc("$L\n", Javadocs.record(name));
		Owner owner = new Owner(name, type);
		Map<String, String> constants = new LinkedHashMap<>();
		List<Findings.Membership> memberships = this.types.previous().membershipsOf(name);
		for (Findings.Membership membership : memberships) {
			type.addSuperinterface(membership.union());
			if (membership.values().size() == 1) {
				constants.merge(membership.property(), membership.values().get(0),
						(first, second) -> first.equals(second) ? first : null);
			}
		}
		memberships.stream().filter(Findings.Membership::untyped).forEach((m) -> constants.remove(m.property()));
		this.types.input().interfaces(name).forEach(type::addSuperinterface);
		Set<String> required = shapes.required(schema);
		Set<String> explicitNulls = explicitNulls(schema, name);
		List<Component> components = new ArrayList<>();
		List<String> written = new ArrayList<>();
		shapes.properties(schema).forEach((jsonName, member) -> {
			if (isBinary(shapes, member)) {
				type.addJavadoc("<p>The binary form part {@code $L} is sent apart from this record.\n", jsonName);
				type.addField(FieldSpec.builder(ModelTypes.STRING, JavaNames.constant(jsonName) + "_FIELD",
						Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
					.addJavadoc("The name of the binary form part {@code $L}, which the client sends.\n", jsonName)
					.initializer("$S", jsonName)
					.build());
				return;
			}
			written.add(jsonName);
			boolean constant = constants.get(jsonName) != null;
			if (!constant) {
				boolean discriminator = memberships.stream().anyMatch((m) -> m.property().equals(jsonName));
				String widening = this.types.input().widening(name, jsonName);
				Schema memberSchema = (widening != null)
						? new Schema().anyOf(new ArrayList<>(List.of(member, new Schema().type(widening)))) : member;
				TypeName handWritten = this.types.input().memberType(name, jsonName);
				TypeName memberType = discriminator ? ModelTypes.STRING
						: (handWritten != null) ? handWritten : this.types.typeOf(memberSchema, owner, jsonName);
				boolean isRequired = required.contains(jsonName);
				boolean nullable = !isRequired || shapes.isNullable(member) || explicitNulls.contains(jsonName);
				Set<String> values = (ModelTypes.STRING.equals(memberType) && shapes.isStringLike(member))
						? shapes.stringValues(member) : Set.of();
				components.add(new Component(jsonName, JavaNames.camel(jsonName), memberType, isRequired, nullable,
						member, (values.size() == 1) ? values.iterator().next() : null));
			}
		});
		// Jackson 3 sorts members alphabetically unless told the order: keep the spec's,
		// discriminator constants included
		type.addAnnotation(AnnotationSpec.builder(Jackson.JSON_PROPERTY_ORDER)
			.addMember("value", written.stream()
				.map((jsonName) -> CodeBlock.of("$S", jsonName))
				.collect(CodeBlock.joining(", ", "{ ", " }")))
			.build());
		MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
		CodeBlock.Builder params = CodeBlock.builder();
		for (Component component : components) {
			ParameterSpec.Builder parameter = ParameterSpec.builder(component.declaredType(), component.javaName())
				.addAnnotation(Jackson.property(component.jsonName()));
			if (explicitNulls.contains(component.jsonName())) {
				parameter.addAnnotation(Jackson.ALWAYS);
			}
			constructor.addParameter(parameter.build());
			params.add("@param $L $L\n", component.javaName(), Javadocs.member(component));
		}
		constructor.addParameter(ParameterSpec.builder(ADDITIONAL_PROPERTIES_TYPE, "additionalProperties")
			.addAnnotation(Jackson.JSON_ANY_SETTER)
			.addAnnotation(Jackson.JSON_ANY_GETTER)
			.build());
		params.add("@param additionalProperties members this version of the type does not know\n");
		type.addJavadoc(params.build());
		type.recordConstructor(constructor.build());
		type.addMethod(MethodSpec.compactConstructorBuilder()
			.addJavadoc("Creates the record from its members, with its own copy of {@code additionalProperties}.\n")
			.addJavadoc(params.build())
			.addModifiers(Modifier.PUBLIC)
			.addStatement("additionalProperties = $T.copyOf(additionalProperties)", ModelTypes.ADDITIONAL_PROPERTIES)
			.build());
		addConstants(type, constants);
		new BuilderWriter(name, components, this.types.previous(), this.types.input().factories(name),
				new BuilderChecks(name, shapes, this.types.input(), shapes.requiredChoices(schema)), this.types.input().validator(name)).addTo(type);
		addSingleValues(type, components);
		return type.build();
	}

	/**
	 * The members written as {@code null} when they are: those a 2.0.0 type declared
	 * required and nullable (a 2.0.0 payload then round-trips unchanged), today's required
	 * nullable ones on every other type, and those {@code models.yaml} adds.
	 */
	@SuppressWarnings("unchecked")
	private Set<String> explicitNulls(Schema schema, ClassName name) {
		Shapes shapes = this.types.shapes();
		Schema resolved = shapes.resolve(schema);
		Object seed = (resolved.getExtensions() != null) ? resolved.getExtensions().get(SeedMerge.SEED_EXPLICIT_NULLS)
				: null;
		Set<String> members = new LinkedHashSet<>();
		if (seed != null) {
			members.addAll((Set<String>) seed);
		}
		else {
			Set<String> required = shapes.required(schema);
			shapes.properties(schema).forEach((jsonName, member) -> {
				if (required.contains(jsonName) && shapes.isNullable(member)) {
					members.add(jsonName);
				}
			});
		}
		members.addAll(this.types.input().explicitNulls(name));
		return members;
	}

	private void addConstants(TypeSpec.Builder type, Map<String, String> constants) {
		if (!constants.isEmpty()) {
			List<String> ignored = new ArrayList<>();
			constants.forEach((property, value) -> {
				if (value == null) {
					return;
				}
				String field = JavaNames.constant(property);
				ignored.add(property);
				type.addField(FieldSpec.builder(ModelTypes.STRING, field, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
					.addJavadoc("The {@code $L} this record always has.\n", property)
					.initializer("$S", value)
					.build());
				type.addMethod(MethodSpec.methodBuilder(JavaNames.camel(property))
					.addAnnotation(Override.class)
					.addAnnotation(Jackson.property(property))
					.addModifiers(Modifier.PUBLIC)
					.returns(ModelTypes.STRING)
					.addStatement("return $L", field)
					.build());
			});
			CodeBlock names = ignored.stream()
				.map((property) -> CodeBlock.of("$S", property))
				.collect(CodeBlock.joining(", ", "{ ", " }"));
			type.addAnnotation(AnnotationSpec.builder(Jackson.JSON_IGNORE_PROPERTIES)
				.addMember("value", names)
				.addMember("allowGetters", "true")
				.build());
		}
	}

	/**
	 * A constant for each member that always has one value ({@code "object": "list"}),
	 * named after the member.
	 */
	private void addSingleValues(TypeSpec.Builder type, List<Component> components) {
		for (Component component : components) {
			if (component.singleValue() != null) {
				type.addField(FieldSpec.builder(ModelTypes.STRING, JavaNames.constant(component.jsonName()),
						Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
					.addJavadoc("The only {@code $L} this version of the API sends.\n", component.jsonName())
					.initializer("$S", component.singleValue())
					.build());
			}
		}
	}

	private static boolean isBinary(Shapes shapes, Schema member) {
		Schema bare = shapes.resolve(shapes.withoutNull(member));
		if ("array".equals(shapes.type(bare)) && bare.getItems() != null) {
			return isBinary(shapes, bare.getItems());
		}
		if (!shapes.variants(bare).isEmpty()) {
			return shapes.variants(bare).stream().allMatch((variant) -> isBinary(shapes, variant));
		}
		return "binary".equals(bare.getFormat()) || bare.getContentMediaType() != null;
	}

}
