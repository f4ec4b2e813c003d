package org.openaiboot.models.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Writes the generated sources of {@code openai-models} from the spec files and
 * {@code models.yaml}.
 * <p>
 * Usage: {@code ModelsGenerator <spec-dir> <models-source-dir>}; run it through the
 * {@code generate-models} Maven profile of this module.
 */
public final class ModelsGenerator {

	static final String SEED_SPEC = "openai-openapi-2.0.0.yaml";

	static final String LATEST_SPEC = "openai-openapi-2.3.0.yaml";

	static final String INPUT = "models.yaml";

	private static final int MAX_PASSES = 4;

	private final Path specs;

	private final GeneratedSources sources;

	ModelsGenerator(Path specs, Path sources) {
		this.specs = specs;
		this.sources = new GeneratedSources(sources);
	}

	public static void main(String[] args) {
		ModelsGenerator generator = new ModelsGenerator(Path.of(args[0]), Path.of(args[1]));
		Map<String, String> files = generator.generate();
		generator.sources.replaceWith(files);
		long lines = files.values().stream().mapToLong((content) -> content.lines().count()).sum();
		System.out.printf("Wrote %d generated files (%d lines) to %s%n", files.size(), lines, args[1]);
	}

	/**
	 * Generate every source file.
	 * @return the content of each file, by path relative to the source root
	 */
	@SuppressWarnings("rawtypes")
	Map<String, String> generate() {
		GeneratorInput input = GeneratorInput.read(this.specs.resolve(INPUT));
		Spec seed = Spec.read(this.specs.resolve(SEED_SPEC));
		Spec latest = Spec.read(this.specs.resolve(LATEST_SPEC));
		Map<String, String> fixedPackages = fixedPackages(seed, input);
		SeedMerge.into(latest, seed);
		SeedMerge.absorb(latest, input.successorsOfSeedSchemas());
		UnionChoices.attach(latest, input);
		Map<String, Set<String>> roots = Scope.roots(latest, input);
		Scope.roots(seed, input).forEach((pkg, names) -> roots.computeIfAbsent(pkg, (key) -> new LinkedHashSet<>())
			.addAll(names));
		seed.schemas().keySet()
			.forEach((name) -> roots.computeIfAbsent(fixedPackages.get(name), (key) -> new LinkedHashSet<>()).add(name));
		Scope scope = Scope.walk(latest, roots);
		Shapes shapes = new Shapes(latest);
		Map<String, ClassName> handWritten = new HashMap<>();
		for (String qualified : this.sources.handWritten()) {
			ClassName name = ClassName.bestGuess(qualified);
			handWritten.putIfAbsent(name.simpleName(), name);
		}
		Map<String, ClassName> named = new LinkedHashMap<>();
		List<String> generated = new ArrayList<>();
		for (String schema : scope.names()) {
			String simpleName = input.javaName(schema);
			if (handWritten.containsKey(simpleName)) {
				named.put(schema, handWritten.get(simpleName));
			}
			else if (kind(shapes, latest.schema(schema), seed.schemas().containsKey(schema)) != null) {
				generated.add(schema);
			}
		}
		Placement placement = new Placement(scope, fixedPackages, generated, shapes, input.packageOrder());
		for (String schema : generated) {
			named.put(schema, ClassName.get(ModelTypes.MODELS_PACKAGE + "." + placement.packageOf(schema),
					input.javaName(schema)));
		}
		Findings findings = new Findings();
		for (int pass = 1; pass <= MAX_PASSES; pass++) {
			ModelTypes types = new ModelTypes(input, shapes, named, new HashSet<>(handWritten.values()), findings);
			Map<String, String> files = write(types, latest, generated, named, seed.schemas().keySet());
			if (types.next().equals(findings)) {
				return files;
			}
			findings = types.next();
		}
		throw new IllegalStateException("Findings about other files did not settle in " + MAX_PASSES + " passes");
	}

	@SuppressWarnings("rawtypes")
	private Map<String, String> write(ModelTypes types, Spec spec, List<String> generated,
			Map<String, ClassName> named, Set<String> seedNames) {
		Map<String, String> files = new TreeMap<>();
		Set<String> packages = new HashSet<>();
		for (String schema : generated) {
			ClassName name = named.get(schema);
			Schema definition = types.shapes().withoutNull(spec.schema(schema));
			TypeSpec type = switch (kind(types.shapes(), definition, seedNames.contains(schema))) {
				case RECORD -> types.records.write(name, definition, false);
				case ENUM -> {
					types.next().addFromString(name);
					yield types.enums.write(name, types.shapes().stringValues(definition), schema, false);
				}
				case UNION -> types.unions.write(name, definition, false);
				case VALUE -> types.values.write(name, definition);
			};
			files.put(path(name.packageName(), name.simpleName()), javaFile(name, type, schema));
			packages.add(name.packageName());
		}
		types.hoisted().forEach((name, type) -> {
			files.put(path(name.packageName(), name.simpleName()), javaFile(name, type, "inline"));
			packages.add(name.packageName());
		});
		for (String pkg : packages) {
			if (!this.sources.hasHandWrittenPackageInfo(pkg)) {
				files.put(path(pkg, "package-info"), packageInfo(pkg));
			}
		}
		return files;
	}

	/**
	 * The packages that do not follow the rule for today's schemas: each schema of the
	 * 2.0.0 spec in the first package whose 2.0.0 operations reach it, and every schema
	 * where {@code models.yaml} places it.
	 */
	private static Map<String, String> fixedPackages(Spec seed, GeneratorInput input) {
		Scope seedScope = Scope.walk(seed, Scope.roots(seed, input));
		Map<String, String> packages = new LinkedHashMap<>();
		for (String name : seed.schemas().keySet()) {
			packages.put(name, seedScope.contains(name) ? seedScope.firstPackage(name, input.packageOrder()) : null);
		}
		packages.putAll(input.placements());
		packages.forEach((name, pkg) -> {
			if (pkg == null) {
				throw new IllegalStateException("No 2.0.0 operation reaches " + name + ": place it in models.yaml");
			}
		});
		return packages;
	}

	private static String javaFile(ClassName name, TypeSpec type, String schema) {
		return JavaFile.builder(name.packageName(), type)
			.addFileComment("$L from $L ($L); do not edit.", GeneratedSources.MARKER, LATEST_SPEC, schema)
			.skipJavaLangImports(true)
			.indent("\t")
			.build()
			.toString();
	}

	private static String packageInfo(String pkg) {
		return "// " + GeneratedSources.MARKER + "; do not edit.\n/**\n * The types of the {@code "
				+ pkg.substring(pkg.lastIndexOf('.') + 1) + "} resource of the OpenAI API.\n */\n"
				+ "@NullMarked\npackage " + pkg + ";\n\nimport org.jspecify.annotations.NullMarked;\n";
	}

	private static String path(String pkg, String simpleName) {
		return pkg.replace('.', '/') + "/" + simpleName + ".java";
	}

	@SuppressWarnings("rawtypes")
	/**
	 * What kind of type a schema is written as: a schema of the 2.0.0 spec that only names
	 * a list or a free-form object keeps its name as a value type; today's are plain
	 * {@code List}s and {@code Map}s.
	 */
	private static Kind kind(Shapes shapes, Schema nullable, boolean seedSchema) {
		Kind kind = kind(shapes, nullable);
		Schema schema = shapes.withoutNull(nullable);
		boolean value = schema.get$ref() == null && ("array".equals(shapes.type(schema)) || "object".equals(shapes.type(schema)));
		return (kind == null && seedSchema && value) ? Kind.VALUE : kind;
	}

	private static Kind kind(Shapes shapes, Schema nullable) {
		Schema schema = shapes.withoutNull(nullable);
		if (schema.get$ref() != null) {
			return null;
		}
		if (shapes.isStringLike(schema)) {
			return shapes.stringValues(schema).isEmpty() ? null : Kind.ENUM;
		}
		if (!shapes.variants(schema).isEmpty()) {
			return Kind.UNION;
		}
		return shapes.isRecord(schema) ? Kind.RECORD : null;
	}

	private enum Kind {

		RECORD, ENUM, UNION, VALUE

	}

}
