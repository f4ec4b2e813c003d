package org.openaiboot.models.generator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemas of today's spec that the models cover: those reachable from its
 * operations (outside the organization administration API and the {@code ?beta=true}
 * twins) and the webhook payloads, each with its distance from the operations of every
 * resource package, which decides where it is placed.
 */
final class Scope {

	private final Map<String, Map<String, Integer>> distances = new LinkedHashMap<>();

	private Scope() {
	}

	static Scope of(Spec spec, GeneratorInput input) {
		Scope scope = new Scope();
		Map<String, Set<String>> rootsByPackage = new LinkedHashMap<>();
		for (Spec.ApiOperation operation : spec.operations()) {
			if (input.excludes(operation.path())) {
				continue;
			}
			String pkg = input.packageOfOperation(operation);
			rootsByPackage.computeIfAbsent(pkg, (key) -> new LinkedHashSet<>()).addAll(operation.schemas());
		}
		rootsByPackage.computeIfAbsent(GeneratorInput.WEBHOOKS_PACKAGE, (key) -> new LinkedHashSet<>())
			.addAll(spec.webhookPayloads().values());
		rootsByPackage.forEach((pkg, roots) -> scope.walk(spec, pkg, roots));
		return scope;
	}

	private void walk(Spec spec, String pkg, Set<String> roots) {
		Deque<String> queue = new ArrayDeque<>();
		roots.forEach((root) -> {
			if (visit(root, pkg, 0)) {
				queue.add(root);
			}
		});
		while (!queue.isEmpty()) {
			String name = queue.poll();
			int next = this.distances.get(name).get(pkg) + 1;
			References.each(spec.schema(name), (ref) -> {
				if (visit(ref, pkg, next)) {
					queue.add(ref);
				}
			});
		}
	}

	private boolean visit(String name, String pkg, int distance) {
		Map<String, Integer> byPackage = this.distances.computeIfAbsent(name, (key) -> new LinkedHashMap<>());
		if (byPackage.containsKey(pkg)) {
			return false;
		}
		byPackage.put(pkg, distance);
		return true;
	}

	Set<String> names() {
		return this.distances.keySet();
	}

	/**
	 * The package a schema goes to: the one whose operations reach it in the fewest
	 * references, the first listed in the generator's input on a tie.
	 * @param name the schema
	 * @param packageOrder the packages in the order of the input
	 * @return the package
	 */
	String nearestPackage(String name, List<String> packageOrder) {
		Map<String, Integer> byPackage = this.distances.get(name);
		String best = null;
		for (String pkg : packageOrder) {
			Integer distance = byPackage.get(pkg);
			if (distance != null && best == null) {
				best = pkg;
			}
		}
		if (best == null) {
			throw new IllegalStateException("No package in the generator input reaches " + name + ": " + byPackage);
		}
		return best;
	}

	Set<String> reach(String name) { return this.distances.get(name).keySet(); }

	int distance(String name, String pkg) {
		return this.distances.get(name).getOrDefault(pkg, Integer.MAX_VALUE);
	}

}
