package org.openaiboot.models.generator;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Writes the type of a 2.0.0 schema that is only another name for a list or a free-form
 * object ({@code ChatCompletionMessageToolCalls}, {@code FunctionParameters}): a record
 * written as the value it wraps, so that the schema keeps its name.
 */
final class ValueWriter {

	private final ModelTypes types;

	ValueWriter(ModelTypes types) {
		this.types = types;
	}

	/**
	 * Write the value type.
	 * @param name the type's name
	 * @param schema the schema: an array or a free-form object
	 * @return the type
	 */
	@SuppressWarnings("rawtypes")
	TypeSpec write(ClassName name, Schema schema) {
		TypeSpec.Builder type = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC);
		TypeName value = this.types.typeOf(schema, new Owner(name, type), "items");
		this.types.next().addValueType(name, value);
		ClassName element = ModelTypes.listElement(value);
		String component = (element != null) ? "items" : "value";
		if (element != null) {
			type.addJavadoc("A list of {@link $T}, written as a JSON array.\n", element);
		}
		else {
			type.addJavadoc("A free-form JSON object, written as it is.\n");
		}
		type.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(value, component).addAnnotation(Jackson.JSON_VALUE).build())
				.build())
			.addMethod(MethodSpec.compactConstructorBuilder()
				.addJavadoc((element != null)
						? "Keeps its own copy of the elements, none for {@code null}.\n@param items the elements\n"
						: "Keeps its own copy of the object.\n@param value the object\n")
				.addModifiers(Modifier.PUBLIC)
				.addCode((element != null) ? CodeBlock.of("items = (items != null) ? $T.copyOf(items) : $T.of();\n",
						List.class, List.class)
						: CodeBlock.of("value = $T.copyOf(value);\n", ModelTypes.ADDITIONAL_PROPERTIES))
				.build())
			.addMethod(MethodSpec.methodBuilder("of")
				.addJavadoc("Wrap a value read or built elsewhere.\n@param $L the value\n@return the wrapper\n",
						component)
				.addAnnotation(Jackson.DELEGATING_CREATOR)
				.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
				.returns(name)
				.addParameter(value, component)
				.addStatement("return new $T($L)", name, component)
				.build());
		if (element != null) {
			addListMethods(type, name, element);
		}
		return type.build();
	}

	private static void addListMethods(TypeSpec.Builder type, ClassName name, ClassName element) {
		type.addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterable.class), element))
			.addMethod(MethodSpec.methodBuilder("of")
				.addJavadoc("Wrap the given elements.\n@param items the elements\n@return the list\n")
				.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
				.varargs()
				.returns(name)
				.addParameter(ArrayTypeName.of(element), "items")
				.addStatement("return new $T($T.asList(items))", name, Arrays.class)
				.build())
			.addMethod(MethodSpec.methodBuilder("get")
				.addJavadoc("The element at a position.\n@param index the position, from 0\n@return the element\n")
				.addModifiers(Modifier.PUBLIC)
				.returns(element)
				.addParameter(TypeName.INT, "index")
				.addStatement("return this.items.get(index)")
				.build())
			.addMethod(MethodSpec.methodBuilder("size")
				.addJavadoc("The number of elements.\n@return the number\n")
				.addModifiers(Modifier.PUBLIC)
				.returns(TypeName.INT)
				.addStatement("return this.items.size()")
				.build())
			.addMethod(MethodSpec.methodBuilder("isEmpty")
				.addJavadoc("Whether there is no element.\n@return {@code true} if there is none\n")
				.addModifiers(Modifier.PUBLIC)
				.returns(TypeName.BOOLEAN)
				.addStatement("return this.items.isEmpty()")
				.build())
			.addMethod(MethodSpec.methodBuilder("stream")
				.addJavadoc("The elements as a stream.\n@return the stream\n")
				.addModifiers(Modifier.PUBLIC)
				.returns(ParameterizedTypeName.get(ClassName.get(Stream.class), element))
				.addStatement("return this.items.stream()")
				.build())
			.addMethod(MethodSpec.methodBuilder("iterator")
				.addAnnotation(Override.class)
				.addModifiers(Modifier.PUBLIC)
				.returns(ParameterizedTypeName.get(ClassName.get(Iterator.class), element))
				.addStatement("return this.items.iterator()")
				.build());
	}

}
