package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * What one pass over the schemas learns about types written in another file, which the
 * next pass uses: the unions each record is a variant of (so it implements them), the
 * types that can be made from a string (so builders take a string for them too), the
 * value types with what they wrap (so builders take the wrapped value too), and the unions
 * with a list variant, by the list's element type (so builders take the elements too).
 */
final class Findings {

	private final Map<String, List<Membership>> memberships = new LinkedHashMap<>();

	private final Set<String> fromString = new LinkedHashSet<>();

	private final Map<String, TypeName> valueTypes = new LinkedHashMap<>();

	private final Map<String, ClassName> listUnions = new LinkedHashMap<>();

	List<Membership> membershipsOf(ClassName record) {
		return this.memberships.getOrDefault(record.canonicalName(), List.of());
	}

	void addMembership(ClassName record, Membership membership) {
		List<Membership> list = this.memberships.computeIfAbsent(record.canonicalName(), (key) -> new ArrayList<>());
		if (!list.contains(membership)) {
			list.add(membership);
		}
	}

	boolean isFromString(ClassName type) {
		return this.fromString.contains(type.canonicalName());
	}

	void addFromString(ClassName type) {
		this.fromString.add(type.canonicalName());
	}

	TypeName wrappedBy(TypeName type) {
		return (type instanceof ClassName name) ? this.valueTypes.get(name.canonicalName()) : null;
	}

	void addValueType(ClassName type, TypeName wrapped) {
		this.valueTypes.put(type.canonicalName(), wrapped);
	}

	ClassName listElementOf(TypeName union) {
		return (union instanceof ClassName name) ? this.listUnions.get(name.canonicalName()) : null;
	}

	void addListUnion(ClassName union, ClassName element) {
		this.listUnions.put(union.canonicalName(), element);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Findings findings && this.memberships.equals(findings.memberships)
				&& this.fromString.equals(findings.fromString) && this.valueTypes.equals(findings.valueTypes)
				&& this.listUnions.equals(findings.listUnions);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.memberships, this.fromString, this.valueTypes, this.listUnions);
	}

	/**
	 * A union that a record is a known variant of.
	 * @param union the union's interface
	 * @param property the discriminator's JSON name
	 * @param values the discriminator values the record carries
	 * @param untyped whether the union reads an object without the discriminator (or with
	 * a value this version does not know) as the record, which then keeps the
	 * discriminator as a component rather than a constant
	 */
	record Membership(ClassName union, String property, List<String> values, boolean untyped) {

	}

}
