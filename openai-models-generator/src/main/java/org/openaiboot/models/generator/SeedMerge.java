package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Makes one vocabulary of the two specs: a schema of the 2.0.0 spec that today's spec
 * also has keeps today's shape, with what only 2.0.0 had added to it (members, enum
 * values, union variants), and a schema only 2.0.0 has is kept as it was.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class SeedMerge {

	private final Shapes latestShapes;

	private final Shapes seedShapes;

	private SeedMerge(Spec latest, Spec seed) {
		this.latestShapes = new Shapes(latest);
		this.seedShapes = new Shapes(seed);
	}

	/**
	 * Merge the seed spec's schemas into today's spec, in place.
	 * @param latest today's spec, which receives the seed's schemas
	 * @param seed the 2.0.0 spec
	 */
	static void into(Spec latest, Spec seed) {
		SeedMerge merge = new SeedMerge(latest, seed);
		Map<String, Schema> onlyInSeed = new LinkedHashMap<>();
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

	private void merge(Schema today, Schema old) {
		// a member that today refers to a shared schema gets the old values there
		Schema target = this.latestShapes.resolve(this.latestShapes.withoutNull(today));
		Schema source = this.seedShapes.withoutNull(old);
		if (source.get$ref() != null) {
			return;
		}
		mergeValues(target, source);
		mergeVariants(target, source);
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
			else {
				merge(current, member);
			}
		});
		if (target.getItems() != null && source.getItems() != null) {
			merge(target.getItems(), source.getItems());
		}
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
