package org.openaiboot.models.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.swagger.v3.core.util.Yaml;

/**
 * The generator's declarative input ({@code models.yaml}): what the specs cannot say.
 *
 * @param excludePaths parts of paths whose operations are left out
 * @param packages the package of each resource, by the first segment of its paths, in
 * tie-break order
 * @param names Java names for schemas whose own name does not fit
 * @param place the package of schemas the placement rule does not decide well
 * @param inlineTypes top-level names for inline types, by the nested name they would have
 * @param factories the {@code of(..)} factories of records, each by the members it takes
 * @param widen the JSON type that members whose examples disagree with the spec also
 * take, by Java type and JSON name
 * @param memberTypes hand-written value types of members, by Java type and JSON name
 * @param rules rules that only the spec's descriptions state, by Java type and JSON name
 * @param validators hand-written classes whose {@code check(record)} a builder calls, by
 * Java type
 * @param successors today's schemas whose members a 2.0.0 schema that they replace takes,
 * by the 2.0.0 schema's name
 * @param explicitNulls members the API sends as {@code null} though the spec does not say
 * so, by Java type and JSON name
 * @param interfaces hand-written interfaces a record implements, for the helpers they
 * declare, by Java type
 * @param sharedValues for a discriminated union whose variants share a discriminator
 * value, the variant that reads each shared value, by the union's schema name
 * @param untypedVariants for a discriminated union whose discriminator some variants may
 * leave out, the variant that reads an object without it, by the union's schema name
 */
record GeneratorInput(@JsonProperty("exclude-paths") List<String> excludePaths,
		@JsonProperty("packages") LinkedHashMap<String, String> packages,
		@JsonProperty("names") Map<String, String> names, @JsonProperty("place") Map<String, String> place,
		@JsonProperty("inline-types") Map<String, String> inlineTypes,
		@JsonProperty("factories") Map<String, List<List<String>>> factories,
		@JsonProperty("widen") Map<String, String> widen,
		@JsonProperty("member-types") Map<String, String> memberTypes,
		@JsonProperty("rules") Map<String, Map<String, Object>> rules,
		@JsonProperty("validators") Map<String, String> validators,
		@JsonProperty("successors") Map<String, List<String>> successors,
		@JsonProperty("explicit-nulls") List<String> explicitNulls,
		@JsonProperty("interfaces") Map<String, List<String>> interfaces,
		@JsonProperty("shared-values") Map<String, Map<String, String>> sharedValues,
		@JsonProperty("untyped-variants") Map<String, String> untypedVariants) {

	static final String WEBHOOKS_PACKAGE = "webhooks";

	static final String COMMON_PACKAGE = "common";

	GeneratorInput {
		sharedValues = (sharedValues != null) ? sharedValues : Map.of();
		untypedVariants = (untypedVariants != null) ? untypedVariants : Map.of();
	}

	static GeneratorInput read(Path file) {
		try {
			return Yaml.mapper().readValue(file.toFile(), GeneratorInput.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	boolean excludes(String path) {
		return this.excludePaths.stream().anyMatch(path::contains);
	}

	String packageOfOperation(Spec.ApiOperation operation) {
		String resource = operation.path().split("/")[1];
		String pkg = this.packages.get(resource);
		if (pkg == null) {
			throw new IllegalStateException("models.yaml names no package for the resource of " + operation.path());
		}
		return pkg;
	}

	/**
	 * The packages in the order of the input, then the webhooks and the shared types.
	 * @return the package names
	 */
	List<String> packageOrder() {
		List<String> order = new ArrayList<>(this.packages.values().stream().distinct().toList());
		order.add(WEBHOOKS_PACKAGE);
		order.add(COMMON_PACKAGE);
		return order;
	}

	/**
	 * The JSON type a member also takes, beyond its schema's.
	 * @param owner the record the member belongs to
	 * @param jsonName the member's JSON name
	 * @return the extra JSON type, or {@code null}
	 */
	String widening(ClassName owner, String jsonName) {
		String type = String.join(".", owner.simpleNames()) + "." + jsonName;
		return (this.widen != null) ? this.widen.get(type) : null;
	}

	/**
	 * The top-level name an inline type takes instead of a nested one.
	 * @param owner the type it would be nested in
	 * @param nestedName its nested simple name
	 * @return the top-level simple name, or {@code null} to nest it
	 */
	String hoistedName(ClassName owner, String nestedName) {
		String nested = String.join(".", owner.simpleNames()) + "." + nestedName;
		return (this.inlineTypes != null) ? this.inlineTypes.get(nested) : null;
	}

	List<List<String>> factories(ClassName record) {
		List<List<String>> members = (this.factories != null)
				? this.factories.get(String.join(".", record.simpleNames())) : null;
		return (members != null) ? members : List.of();
	}

	Map<String, List<String>> successorsOfSeedSchemas() {
		return (this.successors != null) ? this.successors : Map.of();
	}

	Map<String, String> placements() {
		return (this.place != null) ? this.place : Map.of();
	}

	/**
	 * The hand-written type a member takes instead of the one its schema gives: a class,
	 * or a generic type of classes such as {@code java.util.List<java.lang.Integer>}.
	 * @param owner the record the member belongs to
	 * @param jsonName the member's JSON name
	 * @return the type, or {@code null}
	 */
	TypeName memberType(ClassName owner, String jsonName) {
		String type = (this.memberTypes != null)
				? this.memberTypes.get(String.join(".", owner.simpleNames()) + "." + jsonName) : null;
		return (type != null) ? typeName(type.strip()) : null;
	}

	private static TypeName typeName(String type) {
		int open = type.indexOf('<');
		if (open < 0) {
			return ClassName.bestGuess(type);
		}
		TypeName[] arguments = Arrays.stream(type.substring(open + 1, type.lastIndexOf('>')).split(","))
			.map((argument) -> ClassName.bestGuess(argument.strip()))
			.toArray(TypeName[]::new);
		return ParameterizedTypeName.get(ClassName.bestGuess(type.substring(0, open).strip()), arguments);
	}

	ClassName validator(ClassName record) {
		String validator = (this.validators != null) ? this.validators.get(String.join(".", record.simpleNames()))
				: null;
		return (validator != null) ? ClassName.bestGuess(validator) : null;
	}

	/**
	 * The hand-written interfaces a record implements.
	 * @param record the record
	 * @return the interfaces, in the order of the input
	 */
	List<ClassName> interfaces(ClassName record) {
		List<String> declared = (this.interfaces != null)
				? this.interfaces.get(String.join(".", record.simpleNames())) : null;
		return (declared != null) ? declared.stream().map(ClassName::bestGuess).toList() : List.of();
	}

	/**
	 * The members of a record that {@code models.yaml} says are written as {@code null}.
	 * @param record the record
	 * @return their JSON names
	 */
	Set<String> explicitNulls(ClassName record) {
		String prefix = String.join(".", record.simpleNames()) + ".";
		return (this.explicitNulls != null) ? this.explicitNulls.stream()
			.filter((member) -> member.startsWith(prefix) && member.indexOf('.', prefix.length()) < 0)
			.map((member) -> member.substring(prefix.length()))
			.collect(Collectors.toSet()) : Set.of();
	}

	Map<String, Object> rules(ClassName owner, String jsonName) {
		Map<String, Object> declared = (this.rules != null)
				? this.rules.get(String.join(".", owner.simpleNames()) + "." + jsonName) : null;
		return (declared != null) ? declared : Map.of();
	}

	String javaName(String schema) {
		String name = (this.names != null) ? this.names.get(schema) : null;
		return (name != null) ? name : JavaNames.pascal(schema);
	}

}
