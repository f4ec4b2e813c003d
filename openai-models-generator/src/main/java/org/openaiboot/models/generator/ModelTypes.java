package org.openaiboot.models.generator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
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

	private final Findings previous;

	private final Findings next = new Findings();

	private final Map<ClassName, TypeSpec> hoisted = new LinkedHashMap<>();

	private final Map<ClassName, Set<String>> hoistedValues = new LinkedHashMap<>();

	final RecordWriter records;

	final EnumLikeWriter enums;

	final UnionWriter unions;

	final ValueWriter values;

	ModelTypes(GeneratorInput input, Shapes shapes, Map<String, ClassName> named, Set<ClassName> handWritten,
			Findings previous) {
		this.input = input;
		this.shapes = shapes;
		this.discriminators = new Discriminators(shapes);
		this.handWritten = handWritten;
		this.named = named;
		this.previous = previous;
		this.records = new RecordWriter(this);
		this.enums = new EnumLikeWriter();
		this.unions = new UnionWriter(this);
		this.values = new ValueWriter(this);
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
	 * What the previous pass found about types of other files.
	 * @return the findings
	 */
	Findings previous() {
		return this.previous;
	}

	/**
	 * Where this pass records what it finds, for the next.
	 * @return the findings
	 */
	Findings next() {
		return this.next;
	}

	/**
	 * The inline types that {@code models.yaml} makes top-level types.
	 * @return the types by name
	 */
	Map<ClassName, TypeSpec> hoisted() {
		return this.hoisted;
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
			return declareEnumLike(owner, jsonName, values);
		}
		if (!this.shapes.variants(bare).isEmpty()) {
			return declare(owner, jsonName, (name, nested) -> this.unions.write(name, bare, nested));
		}
		String type = this.shapes.type(bare);
		if ("integer".equals(type)) {
			return isLong(bare, jsonName) ? TypeName.LONG.box() : TypeName.INT.box();
		}
		if ("number".equals(type)) {
			// some timestamps are typed number, though the API sends whole seconds
			return isTimestamp(bare, jsonName) ? TypeName.LONG.box() : TypeName.DOUBLE.box();
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
			return declare(owner, jsonName, (name, nested) -> this.records.write(name, bare, nested));
		}
		if (bare.getAdditionalProperties() instanceof Schema values && !isAnything(values)) {
			return ParameterizedTypeName.get(MAP, STRING, typeOf(values, owner, jsonName + "_value"));
		}
		if ("object".equals(type) || bare.getAdditionalProperties() != null) {
			return freeFormObject();
		}
		return "string".equals(type) ? STRING : OBJECT;
	}

	/**
	 * Declare the type of an inline schema: nested in its owner, or top-level in the
	 * owner's package where {@code models.yaml} names it so (several members may share one).
	 */
	private ClassName declare(Owner owner, String jsonName, BiFunction<ClassName, Boolean, TypeSpec> writer) {
		String simpleName = JavaNames.pascal(jsonName);
		String hoistedName = this.input.hoistedName(owner.name(), simpleName);
		if (hoistedName == null) {
			ClassName name = owner.nested(simpleName);
			owner.add(writer.apply(name, true));
			return name;
		}
		ClassName name = hoisted(owner, hoistedName);
		if (!this.hoisted.containsKey(name)) {
			this.hoisted.put(name, null);
			this.hoisted.put(name, writer.apply(name, false));
		}
		return name;
	}

	/**
	 * Declare an inline enum-like type; one that several members share (see
	 * {@link #declare}) has the values of them all.
	 */
	private ClassName declareEnumLike(Owner owner, String jsonName, Set<String> values) {
		String hoistedName = this.input.hoistedName(owner.name(), JavaNames.pascal(jsonName));
		ClassName name = (hoistedName != null) ? hoisted(owner, hoistedName) : owner.nested(JavaNames.pascal(jsonName));
		this.next.addFromString(name);
		if (hoistedName == null) {
			owner.add(this.enums.write(name, values, jsonName, true));
			return name;
		}
		Set<String> all = this.hoistedValues.computeIfAbsent(name, (key) -> new LinkedHashSet<>());
		all.addAll(values);
		this.hoisted.put(name, this.enums.write(name, all, jsonName, false));
		return name;
	}

	/** A lifted type goes to its owner's package, or to the one its name gives ({@code assistants.AssistantTool}). */
	private static ClassName hoisted(Owner owner, String hoistedName) {
		int dot = hoistedName.lastIndexOf('.');
		return (dot < 0) ? ClassName.get(owner.name().packageName(), hoistedName)
				: ClassName.get(MODELS_PACKAGE + "." + hoistedName.substring(0, dot), hoistedName.substring(dot + 1));
	}

	/**
	 * The element type of a list of a plain class ({@code List<Tool>}), which setters and
	 * factories take as varargs.
	 * @param type a member's type
	 * @return the element type, or {@code null} if the type is no such list
	 */
	static ClassName listElement(TypeName type) {
		return (type instanceof ParameterizedTypeName list && list.rawType().equals(LIST)
				&& list.typeArguments().get(0) instanceof ClassName element && !element.isAnnotated()) ? element : null;
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
		return "int64".equals(schema.getFormat()) || isTimestamp(schema, jsonName) || jsonName.contains("bytes")
				|| beyondInt(schema.getMinimum()) || beyondInt(schema.getMaximum());
	}

	private static boolean isTimestamp(Schema schema, String jsonName) {
		return "unixtime".equals(schema.getFormat()) || jsonName.equals("created") || jsonName.endsWith("_at")
				|| jsonName.equals("timestamp");
	}

	private static boolean beyondInt(BigDecimal limit) {
		return limit != null && limit.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0;
	}

}
