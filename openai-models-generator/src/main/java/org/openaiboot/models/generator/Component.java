package org.openaiboot.models.generator;

import com.palantir.javapoet.TypeName;
import io.swagger.v3.oas.models.media.Schema;

/**
 * One member of a generated record.
 *
 * @param jsonName the member's JSON name
 * @param javaName the record component's name
 * @param type the component's type, boxed for numbers and booleans: a server may send {@code null}
 * where the spec says it will not
 * @param required whether the API always has the member
 * @param nullable whether the member may be absent or {@code null}
 * @param schema the member's schema, for its constraints
 * @param singleValue the one value a string member always has ({@code "object": "list"}),
 * or {@code null}
 */
@SuppressWarnings("rawtypes")
record Component(String jsonName, String javaName, TypeName type, boolean required, boolean nullable, Schema schema,
		String singleValue) {

	/** The type as declared, {@code @Nullable} where absent is allowed. */
	TypeName declaredType() {
		return this.nullable ? ModelTypes.nullable(this.type) : this.type;
	}

	/** The type of the builder's field: boxed and nullable, since it starts unset. */
	TypeName builderType() {
		return ModelTypes.nullable(this.type.box());
	}

}
