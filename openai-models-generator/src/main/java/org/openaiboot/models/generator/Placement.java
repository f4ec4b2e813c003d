package org.openaiboot.models.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Decides the package of each generated type: a type of the 2.0.0 spec keeps the package
 * it has always had; any other goes to the first package, in the order of
 * {@code models.yaml}, whose operations reach it. A union and the records that are its
 * variants share a package (Java requires a sealed interface and the classes it permits
 * to be in one package): the package of a 2.0.0 type among them, or else the earliest
 * that any of them is placed in.
 */
@SuppressWarnings("rawtypes")
final class Placement {

	private final Map<String, String> parent = new HashMap<>();

	private final Map<String, String> packages = new HashMap<>();

	Placement(Scope scope, Map<String, String> fixed, List<String> generated, Shapes shapes,
			List<String> packageOrder) {
		Discriminators discriminators = new Discriminators(shapes);
		for (String name : generated) {
			this.parent.put(name, name);
		}
		for (String name : generated) {
			eachVariant(discriminators, shapes, new Schema().$ref(Spec.REF_PREFIX + name), true, (variant) -> {
				if (this.parent.containsKey(variant)) {
					union(name, variant);
				}
			});
		}
		Map<String, Integer> best = new HashMap<>();
		for (String name : generated) {
			// a fixed package ranks before any other
			int rank = fixed.containsKey(name) ? packageOrder.indexOf(fixed.get(name)) - packageOrder.size()
					: packageOrder.indexOf(scope.firstPackage(name, packageOrder));
			best.merge(find(name), rank, Math::min);
		}
		for (String name : generated) {
			int rank = best.get(find(name));
			this.packages.put(name, fixed.getOrDefault(name,
					packageOrder.get((rank < 0) ? rank + packageOrder.size() : rank)));
		}
	}

	String packageOf(String schema) {
		return this.packages.get(schema);
	}

	/**
	 * Give the records that must implement an interface declared in the schema: the
	 * variants of the discriminated unions it is or holds inline.
	 */
	private static void eachVariant(Discriminators discriminators, Shapes shapes, Schema schema, boolean top,
			Consumer<String> variants) {
		if (!top && schema.get$ref() != null) {
			return;
		}
		Schema resolved = shapes.resolve(schema);
		if (!shapes.variants(resolved).isEmpty() && !shapes.isStringLike(resolved)) {
			for (Schema variant : discriminators.implementers(resolved)) {
				String ref = References.name(variant);
				if (ref != null) {
					variants.accept(ref);
				}
			}
			shapes.variants(resolved).forEach((variant) -> eachVariant(discriminators, shapes, variant, false, variants));
		}
		// members merged in from allOf parts become this type's own, nested types included
		shapes.properties(resolved).values()
			.forEach((member) -> eachVariant(discriminators, shapes, member, false, variants));
		if (resolved.getItems() != null) {
			eachVariant(discriminators, shapes, resolved.getItems(), false, variants);
		}
	}

	private String find(String name) {
		String root = name;
		while (!this.parent.get(root).equals(root)) {
			root = this.parent.get(root);
		}
		return root;
	}

	private void union(String a, String b) {
		this.parent.put(find(a), find(b));
	}

}
