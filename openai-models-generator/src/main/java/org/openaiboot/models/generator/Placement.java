package org.openaiboot.models.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Decides the package of each generated type: the first package, in the order of
 * {@code models.yaml}, whose operations reach it. A union and the records that are its
 * variants share a package (Java requires a sealed interface and the classes it permits
 * to be in one package), the earliest that any of them is placed in.
 */
@SuppressWarnings("rawtypes")
final class Placement {

	private final Map<String, String> parent = new HashMap<>();

	private final Map<String, String> packages = new HashMap<>();

	Placement(Scope scope, List<String> generated, Shapes shapes, List<String> packageOrder) {
		for (String name : generated) {
			this.parent.put(name, name);
		}
		for (String name : generated) {
			eachVariant(shapes, shapes.resolve(new Schema().$ref(Spec.REF_PREFIX + name)), true, (variant) -> {
				if (this.parent.containsKey(variant)) {
					union(name, variant);
				}
			});
		}
		Map<String, Integer> best = new HashMap<>();
		for (String name : generated) {
			int index = packageOrder.indexOf(scope.nearestPackage(name, packageOrder));
			best.merge(find(name), index, Math::min);
		}
		for (String name : generated) {
			this.packages.put(name, packageOrder.get(best.get(find(name))));
		}
	}

	String packageOf(String schema) {
		return this.packages.get(schema);
	}

	private static void eachVariant(Shapes shapes, Schema schema, boolean top, Consumer<String> variants) {
		if (!top && schema.get$ref() != null) {
			return;
		}
		for (Schema variant : shapes.variants(schema)) {
			String ref = References.name(variant);
			if (ref != null) {
				variants.accept(ref);
			}
			else {
				eachVariant(shapes, variant, false, variants);
			}
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((member) -> eachVariant(shapes, (Schema) member, false, variants));
		}
		if (schema.getAllOf() != null) {
			schema.getAllOf().forEach((part) -> eachVariant(shapes, (Schema) part, false, variants));
		}
		if (schema.getItems() != null) {
			eachVariant(shapes, schema.getItems(), false, variants);
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
