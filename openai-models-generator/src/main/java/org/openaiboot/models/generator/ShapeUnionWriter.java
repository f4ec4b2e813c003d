package org.openaiboot.models.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Writes a union told apart by JSON shape (a string or an array, a string or an
 * object, ...): one variant record per shape holding the value, a delegating creator per
 * shape, and factories that read well ({@code of(..)}, one per listed string value).
 */
@SuppressWarnings("rawtypes")
final class ShapeUnionWriter {

	private static final TypeName ANY_LIST = ParameterizedTypeName.get(ModelTypes.LIST,
			ModelTypes.nullable(ModelTypes.OBJECT));

	private final ModelTypes types;

	private final UnionWriter unions;

	ShapeUnionWriter(ModelTypes types, UnionWriter unions) {
		this.types = types;
		this.unions = unions;
	}

	TypeSpec write(ClassName name, Schema schema, boolean nested) {
		Shapes shapes = this.types.shapes();
		TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
			.addModifiers(Modifier.PUBLIC, Modifier.SEALED)
			.addJavadoc("The {@code $L} union of the OpenAI API, told apart by the JSON shape of the value; a shape\n"
					+ "this version does not know is read as {@link Unknown}.\n", name.simpleName());
		if (nested) {
			type.addModifiers(Modifier.STATIC);
		}
		Owner owner = new Owner(name, type);
		Set<String> strings = new LinkedHashSet<>();
		boolean hasString = false;
		String number = null;
		boolean hasBoolean = false;
		List<Schema> arrays = new ArrayList<>();
		List<Schema> objects = new ArrayList<>();
		for (Schema variant : shapes.variants(shapes.resolve(schema))) {
			Schema bare = shapes.withoutNull(variant);
			String jsonType = shapes.type(shapes.resolve(bare));
			if (shapes.isStringLike(bare)) {
				hasString = true;
				strings.addAll(shapes.stringValues(bare));
			}
			else if ("integer".equals(jsonType) || "number".equals(jsonType)) {
				number = ("number".equals(number) || "number".equals(jsonType)) ? "number" : "integer";
			}
			else if ("boolean".equals(jsonType)) {
				hasBoolean = true;
			}
			else if ("array".equals(jsonType)) {
				arrays.add(bare);
			}
			else {
				objects.add(bare);
			}
		}
		List<ClassName> permitted = new ArrayList<>();
		ClassName unknown = name.nestedClass("Unknown");
		if (hasString) {
			this.types.next().addFromString(name);
			ClassName variant = variant(owner, permitted, "OfString", ModelTypes.STRING, "value");
			factory(type, name, variant, ModelTypes.STRING, "fromJsonString");
			Set<String> methods = new HashSet<>(Set.of("of"));
			for (String value : strings) {
				String method = JavaNames.camel(value);
				if (methods.add(method)) {
					type.addMethod(MethodSpec.methodBuilder(method)
						.addJavadoc("The value {@code $S}.\n@return the union holding it\n", value)
						.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
						.returns(name)
						.addStatement("return new $T($S)", variant, value)
						.build());
				}
			}
		}
		else {
			creator(type, name, "fromJsonString", ModelTypes.STRING, unknown);
		}
		if (number != null) {
			TypeName numberType = "number".equals(number) ? ClassName.get(Number.class) : TypeName.LONG;
			ClassName variant = variant(owner, permitted, "OfNumber", numberType, "value");
			factory(type, name, variant, numberType, null);
			// Jackson reads an int-sized token only through an int creator, a larger one through a long creator
			creator(type, name, "fromJsonInt", TypeName.INT, variant);
			creator(type, name, "fromJsonLong", TypeName.LONG, variant);
			if ("number".equals(number)) {
				creator(type, name, "fromJsonNumber", TypeName.DOUBLE, variant);
			}
			else {
				creator(type, name, "fromJsonNumber", TypeName.DOUBLE, unknown);
			}
		}
		else {
			// a shape the spec does not list is kept, never an error
			creator(type, name, "fromJsonInt", TypeName.INT, unknown);
			creator(type, name, "fromJsonLong", TypeName.LONG, unknown);
			creator(type, name, "fromJsonNumber", TypeName.DOUBLE, unknown);
		}
		if (hasBoolean) {
			ClassName variant = variant(owner, permitted, "OfBoolean", TypeName.BOOLEAN, "value");
			factory(type, name, variant, TypeName.BOOLEAN, "fromJsonBoolean");
		}
		else {
			creator(type, name, "fromJsonBoolean", TypeName.BOOLEAN, unknown);
		}
		if (!arrays.isEmpty()) {
			TypeName listType = (arrays.size() == 1) ? this.types.typeOf(arrays.get(0), owner, "items") : ANY_LIST;
			ClassName variant = variant(owner, permitted, "OfList", listType, "items");
			if (listType.equals(ANY_LIST)) {
				// arrays of several element types: any list is taken
				type.addMethod(MethodSpec.methodBuilder("of")
					.addJavadoc("Hold a list.\n@param items the elements\n@return the union\n")
					.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
					.returns(name)
					.addParameter(ParameterizedTypeName.get(ModelTypes.LIST, WildcardTypeName.subtypeOf(Object.class)),
							"items")
					.addStatement("return new $T($T.<Object>copyOf(items))", variant, List.class)
					.build());
				creator(type, name, "fromJsonArray", listType, variant);
			}
			else {
				factory(type, name, variant, listType, "fromJsonArray");
			}
			ClassName element = ModelTypes.listElement(listType);
			if (element != null) {
				this.types.next().addListUnion(name, element);
				type.addMethod(MethodSpec.methodBuilder("of")
					.addJavadoc("Hold a list of these elements.\n@param items the elements\n@return the union\n")
					.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
					.returns(name)
					.addParameter(ArrayTypeName.of(element), "items")
					.varargs(true)
					.addStatement("return new $T($T.of(items))", variant, List.class)
					.build());
			}
		}
		else {
			creator(type, name, "fromJsonArray", ANY_LIST, unknown);
		}
		if (!objects.isEmpty()) {
			TypeName objectType = objectType(owner, objects);
			ClassName variant = variant(owner, permitted, "OfObject", objectType, "value");
			factory(type, name, variant, objectType, "fromJsonObject");
		}
		else {
			creator(type, name, "fromJsonObject", RecordWriter.ADDITIONAL_PROPERTIES_TYPE, unknown);
		}
		type.addType(TypeSpec.recordBuilder(unknown)
			.addJavadoc("A shape this version of the API does not know, kept as read.\n@param json the value\n")
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addSuperinterface(name)
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(ModelTypes.nullable(ModelTypes.OBJECT), "json")
					.addAnnotation(Jackson.JSON_VALUE)
					.build())
				.build())
			.build());
		permitted.add(unknown);
		return type.addPermittedSubclasses(permitted).build();
	}

	private TypeName objectType(Owner owner, List<Schema> objects) {
		if (objects.size() == 1) {
			return this.types.typeOf(objects.get(0), owner, "object");
		}
		Schema union = new Schema().oneOf(new ArrayList<>(objects));
		List<Schema> variants = this.types.discriminators().objectVariants(union);
		String property = this.types.discriminators().discriminator(union, variants);
		if (property == null) {
			return ModelTypes.freeFormObject();
		}
		ClassName typed = owner.nested("Typed");
		owner.add(this.unions.discriminated(typed, property, variants, UnionChoices.NONE, true));
		return typed;
	}

	private ClassName variant(Owner owner, List<ClassName> permitted, String simpleName, TypeName valueType,
			String component) {
		ClassName variant = owner.nested(simpleName);
		permitted.add(variant);
		owner.add(TypeSpec.recordBuilder(variant)
			.addJavadoc("The union holding a value of this shape.\n@param $L the value\n", component)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addSuperinterface(owner.name())
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(valueType, component).addAnnotation(Jackson.JSON_VALUE).build())
				.build())
			.build());
		return variant;
	}

	private static void factory(TypeSpec.Builder type, ClassName union, ClassName variant, TypeName valueType,
			String creator) {
		type.addMethod(MethodSpec.methodBuilder("of")
			.addJavadoc("Hold a value of this shape.\n@param value the value\n@return the union\n")
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.returns(union)
			.addParameter(valueType, "value")
			.addStatement("return new $T(value)", variant)
			.build());
		if (creator != null) {
			creator(type, union, creator, valueType, variant);
		}
	}

	private static void creator(TypeSpec.Builder type, ClassName union, String method, TypeName valueType,
			ClassName variant) {
		type.addMethod(MethodSpec.methodBuilder(method)
			.addJavadoc("Read a value of this shape; used by Jackson.\n@param json the value\n@return the union\n")
			.addAnnotation(Jackson.DELEGATING_CREATOR)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.returns(union)
			.addParameter(valueType, "json")
			.addStatement("return new $T(json)", variant)
			.build());
	}

}
