package org.openaiboot.models.generator;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;

/**
 * Writes an enum-like value type: a record of the raw string with a constant for each
 * value the spec lists, which still accepts values a newer API sends.
 */
final class EnumLikeWriter {

	TypeSpec write(ClassName name, Collection<String> values, String jsonName, boolean nested) {
		TypeSpec.Builder type = TypeSpec.recordBuilder(name)
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("The values of {@code $L}: one constant per value this version of the API lists; any other\n"
					+ "value the server sends is kept as it is.\n", jsonName)
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(ModelTypes.STRING, "value")
					.addAnnotation(Jackson.JSON_VALUE)
					.build())
				.build());
		if (nested) {
			type.addModifiers(Modifier.STATIC);
		}
		Set<String> constants = new HashSet<>();
		for (String value : values) {
			String constant = JavaNames.constant(value);
			for (int i = 2; !constants.add(constant); i++) {
				constant = JavaNames.constant(value) + "_" + i;
			}
			type.addField(FieldSpec.builder(name, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
				.addJavadoc("{@code $S}\n", value)
				.initializer("new $T($S)", name, value)
				.build());
		}
		type.addMethod(MethodSpec.compactConstructorBuilder()
			.addJavadoc("Holds a value, which may not be {@code null}.\n@param value the value as sent on the wire\n")
			.addModifiers(Modifier.PUBLIC)
			.addStatement("$T.required(value, $S)", ModelTypes.COMMON, jsonName)
			.build());
		type.addMethod(MethodSpec.methodBuilder("of")
			.addJavadoc("Read a value, known or not.\n@param value the value as sent on the wire\n@return the value\n")
			.addAnnotation(Jackson.JSON_CREATOR)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.returns(name)
			.addParameter(ModelTypes.STRING, "value")
			.addStatement("return new $T(value)", name)
			.build());
		type.addMethod(MethodSpec.methodBuilder("toString")
			.addAnnotation(AnnotationSpec.builder(Override.class).build())
			.addModifiers(Modifier.PUBLIC)
			.returns(ModelTypes.STRING)
			.addStatement("return this.value")
			.build());
		return type.build();
	}

}
