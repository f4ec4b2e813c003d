package org.openaiboot.models.generator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemas that operations reach through their request and response bodies (and
 * webhooks through their payloads), each with the packages whose operations reach it.
 */
final class Scope {

	private final Map<String, Set<String>> packages = new LinkedHashMap<>();

	private Scope() {
	}

	/**
	 * The schemas that the given roots reach.
	 * @param spec the spec to walk
	 * @param rootsByPackage the schemas operations name directly, by package
	 * @return the scope
	 */
	static Scope walk(Spec spec, Map<String, Set<String>> rootsByPackage) {
		Scope scope = new Scope();
		rootsByPackage.forEach((pkg, roots) -> scope.walk(spec, pkg, roots));
		return scope;
	}

	/**
	 * The schemas a spec's operations (outside the excluded paths) and webhooks name
	 * directly, by package.
	 * @param spec the spec
	 * @param input the generator's input, which excludes paths and names packages
	 * @return the roots, by package
	 */
	static Map<String, Set<String>> roots(Spec spec, GeneratorInput input) {
		Map<String, Set<String>> rootsByPackage = new LinkedHashMap<>();
		for (Spec.ApiOperation operation : spec.operations()) {
			if (!input.excludes(operation.path())) {
				rootsByPackage.computeIfAbsent(input.packageOfOperation(operation), (key) -> new LinkedHashSet<>())
					.addAll(operation.schemas());
			}
		}
		if (!spec.webhookPayloads().isEmpty()) {
			rootsByPackage.computeIfAbsent(GeneratorInput.WEBHOOKS_PACKAGE, (key) -> new LinkedHashSet<>())
				.addAll(spec.webhookPayloads().values());
		}
		return rootsByPackage;
	}

	private void walk(Spec spec, String pkg, Set<String> roots) {
		Deque<String> queue = new ArrayDeque<>();
		roots.stream().filter((root) -> visit(root, pkg)).forEach(queue::add);
		while (!queue.isEmpty()) {
			References.each(spec.schema(queue.poll()), (ref) -> {
				if (visit(ref, pkg)) {
					queue.add(ref);
				}
			});
		}
	}

	private boolean visit(String name, String pkg) {
		return this.packages.computeIfAbsent(name, (key) -> new LinkedHashSet<>()).add(pkg);
	}

	Set<String> names() {
		return this.packages.keySet();
	}

	boolean contains(String name) {
		return this.packages.containsKey(name);
	}

	/**
	 * The package a schema goes to: the first, in the order of the generator's input,
	 * whose operations reach it.
	 * @param name the schema
	 * @param packageOrder the packages in the order of the input
	 * @return the package
	 */
	String firstPackage(String name, List<String> packageOrder) {
		Set<String> reaching = this.packages.get(name);
		for (String pkg : packageOrder) {
			if (reaching.contains(pkg)) {
				return pkg;
			}
		}
		throw new IllegalStateException("No package in the generator input reaches " + name + ": " + reaching);
	}

}
