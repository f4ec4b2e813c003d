package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The Java type of every schema: the named types (generated or hand-written) by schema
 * name, and the types of inline schemas, which become nested types of their owner.
 */
@SuppressWarnings("rawtypes")
final class ModelTypes {

	static final String MODELS_PACKAGE = "org.openaiboot.models";

	static final ClassName STRING = ClassName.get(String.class);

	static final ClassName OBJECT = ClassName.get(Object.class);

	static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

	static final ClassName LIST = ClassName.get(List.class);

	static final ClassName MAP = ClassName.get(Map.class);

	static final ClassName COMMON = ClassName.get(MODELS_PACKAGE + ".common", "Validate");

	static final ClassName ADDITIONAL_PROPERTIES = ClassName.get(MODELS_PACKAGE + ".common", "AdditionalProperties");

	/** JSON names whose single-valued enum stays a plain string rather than a type. */
	private static final Set<String> CONSTANT_MEMBERS = Set.of("type", "object", "role");

	private final GeneratorInput input;

	private final Shapes shapes;

	private final Discriminators discriminators;

	private final Map<String, ClassName> named;

	private final Set<ClassName> handWritten;

	private final Map<String, List<Membership>> memberships;

	private final Map<String, List<Membership>> nextMemberships = new LinkedHashMap<>();

	final RecordWriter records;

	final EnumLikeWriter enums;

	final UnionWriter unions;

	ModelTypes(GeneratorInput input, Shapes shapes, Map<String, ClassName> named, Set<ClassName> handWritten,
			Map<String, List<Membership>> memberships) {
		this.input = input;
		this.shapes = shapes;
		this.discriminators = new Discriminators(shapes);
		this.handWritten = handWritten;
		this.named = named;
		this.memberships = memberships;
		this.records = new RecordWriter(this);
		this.enums = new EnumLikeWriter();
		this.unions = new UnionWriter(this);
	}

	GeneratorInput input() {
		return this.input;
	}

	Discriminators discriminators() {
		return this.discriminators;
	}

	Shapes shapes() {
		return this.shapes;
	}

	boolean isGenerated(ClassName type) {
		return !this.handWritten.contains(type);
	}

	ClassName named(String schema) {
		return this.named.get(schema);
	}

	/**
	 * The unions a record is a known variant of, as found by the previous pass.
	 * @param record the record's name
	 * @return its memberships
	 */
	List<Membership> membershipsOf(ClassName record) {
		return this.memberships.getOrDefault(record.canonicalName(), List.of());
	}

	void addMembership(ClassName record, Membership membership) {
		List<Membership> list = this.nextMemberships.computeIfAbsent(record.canonicalName(), (key) -> new ArrayList<>());
		if (!list.contains(membership)) {
			list.add(membership);
		}
	}

	Map<String, List<Membership>> nextMemberships() {
		return this.nextMemberships;
	}

	/**
	 * The Java type of a member, creating nested types in its owner for inline schemas.
	 * @param schema the member's schema
	 * @param owner the type the member belongs to
	 * @param jsonName the member's JSON name, which names nested types
	 * @return the type, boxed for primitives
	 */
	TypeName typeOf(Schema schema, Owner owner, String jsonName) {
		Schema bare = this.shapes.withoutNull(schema);
		String ref = References.name(bare);
		if (ref != null) {
			ClassName type = this.named.get(ref);
			return (type != null) ? type : typeOf(this.shapes.resolve(bare), owner, jsonName);
		}
		if (this.shapes.isStringLike(bare)) {
			Set<String> values = this.shapes.stringValues(bare);
			if (values.isEmpty() || (values.size() == 1 && CONSTANT_MEMBERS.contains(jsonName))) {
				return STRING;
			}
			ClassName name = owner.nested(JavaNames.pascal(jsonName));
			owner.add(this.enums.write(name, values, jsonName, true));
			return name;
		}
		if (!this.shapes.variants(bare).isEmpty()) {
			ClassName name = owner.nested(JavaNames.pascal(jsonName));
			owner.add(this.unions.write(name, bare, true));
			return name;
		}
		String type = this.shapes.type(bare);
		if ("integer".equals(type)) {
			return isLong(bare, jsonName) ? TypeName.LONG.box() : TypeName.INT.box();
		}
		if ("number".equals(type)) {
			return TypeName.DOUBLE.box();
		}
		if ("boolean".equals(type)) {
			return TypeName.BOOLEAN.box();
		}
		if ("array".equals(type)) {
			Schema items = bare.getItems();
			TypeName element = (items != null) ? typeOf(items, owner, JavaNames.singular(jsonName)) : nullable(OBJECT);
			return ParameterizedTypeName.get(LIST, element);
		}
		if (!this.shapes.properties(bare).isEmpty()) {
			ClassName name = owner.nested(JavaNames.pascal(jsonName));
			owner.add(this.records.write(name, bare, true));
			return name;
		}
		if (bare.getAdditionalProperties() instanceof Schema values && !isAnything(values)) {
			return ParameterizedTypeName.get(MAP, STRING, typeOf(values, owner, jsonName + "_value"));
		}
		if ("object".equals(type) || bare.getAdditionalProperties() != null) {
			return freeFormObject();
		}
		return "string".equals(type) ? STRING : OBJECT;
	}

	static TypeName freeFormObject() {
		return ParameterizedTypeName.get(MAP, STRING, nullable(OBJECT));
	}

	static TypeName nullable(TypeName type) {
		return type.annotated(AnnotationSpec.builder(NULLABLE).build());
	}

	private boolean isAnything(Schema values) {
		return values.get$ref() == null && this.shapes.type(values) == null && values.getProperties() == null
				&& this.shapes.variants(values).isEmpty();
	}

	private static boolean isLong(Schema schema, String jsonName) {
		return "int64".equals(schema.getFormat()) || jsonName.equals("created") || jsonName.endsWith("_at")
				|| jsonName.contains("bytes") || jsonName.equals("timestamp");
	}

	/**
	 * A union that a record is a known variant of.
	 * @param union the union's interface
	 * @param property the discriminator's JSON name
	 * @param values the discriminator values the record carries
	 */
	record Membership(ClassName union, String property, List<String> values) {

	}

}
