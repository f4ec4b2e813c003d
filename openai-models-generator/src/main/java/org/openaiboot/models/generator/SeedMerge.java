package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Makes one vocabulary of the two specs: a schema of the 2.0.0 spec that today's spec
 * also has keeps today's shape, with what only 2.0.0 had added to it (members, enum
 * values, union variants), and a schema only 2.0.0 has is kept as it was.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class SeedMerge {

	/**
	 * The extension that carries, on each object schema of the 2.0.0 spec, the members it
	 * declares required and nullable: on those types they alone are written as an explicit
	 * {@code null}, so that a 2.0.0 payload, which lacks today's members, round-trips
	 * unchanged.
	 */
	static final String SEED_EXPLICIT_NULLS = "x-openaiboot-seed-explicit-nulls";

	private final Shapes latestShapes;

	private final Shapes seedShapes;

	private final boolean keepSourceOrder;

	private SeedMerge(Spec latest, Spec seed, boolean keepSourceOrder) {
		this.latestShapes = new Shapes(latest);
		this.seedShapes = new Shapes(seed);
		this.keepSourceOrder = keepSourceOrder;
	}

	/**
	 * Merge the seed spec's schemas into today's spec, in place.
	 * @param latest today's spec, which receives the seed's schemas
	 * @param seed the 2.0.0 spec
	 */
	static void into(Spec latest, Spec seed) {
		SeedMerge merge = new SeedMerge(latest, seed, true);
		Map<String, Schema> onlyInSeed = new LinkedHashMap<>();
		seed.schemas().values().forEach(merge::markExplicitNulls);
		seed.schemas().forEach((name, schema) -> {
			Schema today = latest.schemas().get(name);
			if (today == null) {
				onlyInSeed.put(name, schema);
			}
			else {
				merge.merge(today, schema);
			}
		});
		latest.schemas().putAll(onlyInSeed);
	}

	/**
	 * Give 2.0.0 schemas that today's spec replaced by several the members of their
	 * successors, so that the 2.0.0 type reads whatever today's operation returns.
	 * @param merged the specs as {@link #into} merged them
	 * @param successors today's schemas that replace each 2.0.0 schema, by its name
	 */
	static void absorb(Spec merged, Map<String, List<String>> successors) {
		SeedMerge merge = new SeedMerge(merged, merged, false);
		successors.forEach((name, replacements) -> replacements
			.forEach((replacement) -> merge.merge(merged.schema(name), merged.schema(replacement))));
	}

	private void merge(Schema today, Schema old) {
		// a member that today refers to a shared schema gets the old values there
		Schema target = this.latestShapes.resolve(this.latestShapes.withoutNull(today));
		Schema source = this.seedShapes.withoutNull(old);
		if (source.get$ref() != null) {
			return;
		}
		mergeValues(target, source);
		mergeVariants(target, source);
		if (source.getExtensions() != null && source.getExtensions().containsKey(SEED_EXPLICIT_NULLS)) {
			target.addExtension(SEED_EXPLICIT_NULLS, source.getExtensions().get(SEED_EXPLICIT_NULLS));
		}
		Map<String, Schema> todays = this.latestShapes.properties(target);
		this.seedShapes.properties(source).forEach((name, member) -> {
			// 2.0.0 wrote some multipart array members with brackets ("timestamp_granularities[]")
			Schema current = todays.getOrDefault(name, todays.get(name.replace("[]", "")));
			if (current == null) {
				if (target.getProperties() == null) {
					target.setProperties(new LinkedHashMap<>());
				}
				target.getProperties().put(name, member);
			}
			else if (!this.keepSourceOrder && ownRecord(current, member) != null) {
				// successors disagree on a member's record: the 2.0.0 type gets one of its
				// own with the members of both
				target.getProperties().put(name, ownRecord(current, member));
			}
			else {
				merge(current, member);
			}
		});
		if (this.keepSourceOrder) {
			keepSeedOrder(target, source);
		}
		if (target.getItems() != null && source.getItems() != null) {
			merge(target.getItems(), source.getItems());
		}
	}

	/**
	 * A record of the members of two others that a member refers to, for lists of them too.
	 * @return the record, or {@code null} if the member does not refer to two records
	 */
	private Schema ownRecord(Schema first, Schema second) {
		Schema a = this.latestShapes.withoutNull(first);
		Schema b = this.latestShapes.withoutNull(second);
		if (a.getItems() != null && b.getItems() != null) {
			Schema items = ownRecord(a.getItems(), b.getItems());
			return (items != null) ? new Schema().type("array").items(items) : null;
		}
		if (a.get$ref() == null || b.get$ref() == null || a.get$ref().equals(b.get$ref())
				|| !this.latestShapes.isRecord(a) || !this.latestShapes.isRecord(b)) {
			return null;
		}
		Map<String, Schema> members = new LinkedHashMap<>(this.latestShapes.properties(a));
		this.latestShapes.properties(b).forEach((name, member) -> {
			Schema other = members.get(name);
			if (other == null) {
				members.put(name, member);
			}
			else if (!Objects.equals(this.latestShapes.type(other), this.latestShapes.type(member))) {
				// an id that is a number in one and a string in the other takes either
				members.put(name, new Schema().anyOf(new ArrayList<>(List.of(other, member))));
			}
		});
		return new Schema().type("object").properties(members);
	}

	/** A 2.0.0 type writes its members in the order it did, today's additions after them. */
	private void keepSeedOrder(Schema target, Schema source) {
		Map<String, Schema> todays = target.getProperties();
		if (todays == null) {
			return;
		}
		Map<String, Schema> ordered = new LinkedHashMap<>();
		this.seedShapes.properties(source).keySet().forEach((name) -> {
			String current = todays.containsKey(name) ? name : name.replace("[]", "");
			if (todays.containsKey(current)) {
				ordered.put(current, todays.get(current));
			}
		});
		ordered.putAll(todays);
		target.setProperties(ordered);
	}

	private void markExplicitNulls(Schema schema) {
		if (schema.get$ref() != null) {
			return;
		}
		Map<String, Schema> members = this.seedShapes.properties(schema);
		if (!members.isEmpty()) {
			Set<String> required = this.seedShapes.required(schema);
			schema.addExtension(SEED_EXPLICIT_NULLS, members.entrySet()
				.stream()
				.filter((member) -> required.contains(member.getKey()) && this.seedShapes.isNullable(member.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toCollection(LinkedHashSet::new)));
		}
		members.values().forEach(this::markExplicitNulls);
		if (schema.getItems() != null) {
			markExplicitNulls(schema.getItems());
		}
		this.seedShapes.variants(schema).forEach(this::markExplicitNulls);
	}

	private void mergeValues(Schema target, Schema source) {
		// today's member may be a union of ids and objects (a voice id or a custom voice)
		if (!this.seedShapes.isStringLike(source)) {
			return;
		}
		Set<String> known = this.latestShapes.stringValues(target);
		List<String> missing = this.seedShapes.stringValues(source).stream().filter((v) -> !known.contains(v)).toList();
		Schema holder = enumHolder(target);
		if (!missing.isEmpty() && holder != null) {
			List values = new ArrayList<>(holder.getEnum());
			values.addAll(missing);
			holder.setEnum(values);
		}
	}

	private Schema enumHolder(Schema schema) {
		if (schema.getEnum() != null) {
			return schema;
		}
		for (Schema variant : this.latestShapes.variants(schema)) {
			Schema holder = enumHolder(this.latestShapes.resolve(variant));
			if (holder != null) {
				return holder;
			}
		}
		return null;
	}

	private void mergeVariants(Schema target, Schema source) {
		List<Schema> todays = (target.getOneOf() != null) ? target.getOneOf() : target.getAnyOf();
		List<Schema> olds = (source.getOneOf() != null) ? source.getOneOf() : source.getAnyOf();
		if (todays == null || olds == null || this.latestShapes.isStringLike(target)) {
			return;
		}
		List<Schema> merged = new ArrayList<>(todays);
		for (Schema variant : olds) {
			String ref = References.name(variant);
			if (ref != null && todays.stream().noneMatch((current) -> ref.equals(References.name(current)))) {
				merged.add(variant);
			}
		}
		if (target.getOneOf() != null) {
			target.setOneOf(merged);
		}
		else {
			target.setAnyOf(merged);
		}
	}

}
