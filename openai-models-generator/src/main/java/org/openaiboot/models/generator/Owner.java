package org.openaiboot.models.generator;

import java.util.HashSet;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/**
 * A type being written that nested types can be added to, with the simple names already
 * taken in it and around it (Java forbids a nested type named like an enclosing one).
 */
final class Owner {

	private final ClassName name;

	private final TypeSpec.Builder builder;

	private final Set<String> taken = new HashSet<>();

	Owner(ClassName name, TypeSpec.Builder builder) {
		this.name = name;
		this.builder = builder;
		for (ClassName enclosing = name; enclosing != null; enclosing = enclosing.enclosingClassName()) {
			this.taken.add(enclosing.simpleName());
		}
		this.taken.add("Builder");
		this.taken.add("Unknown");
	}

	ClassName name() {
		return this.name;
	}

	/**
	 * Reserve a nested type name, suffixed with a number if it is taken.
	 * @param simpleName the wanted simple name
	 * @return the nested type's name
	 */
	ClassName nested(String simpleName) {
		String candidate = simpleName;
		for (int i = 2; !this.taken.add(candidate); i++) {
			candidate = simpleName + i;
		}
		return this.name.nestedClass(candidate);
	}

	void add(TypeSpec nested) {
		this.builder.addType(nested);
	}

}
