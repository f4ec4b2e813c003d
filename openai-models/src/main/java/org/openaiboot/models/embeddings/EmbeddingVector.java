package org.openaiboot.models.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The vector of an {@link Embedding}, as {@code float} values: the API sends it as an array
 * of numbers or, when asked for {@code base64}, as a base64 string of little-endian float32
 * values, which takes about a quarter of the bytes. Both are read; it is written as an
 * array.
 * <p>
 * Hand-written: the spec types the member as an array of numbers only, and a
 * {@code List<Double>} would take about six times the memory of a {@code float[]}.
 *
 * @param values the values
 */
public record EmbeddingVector(@JsonValue float[] values) {

	private static final int TO_STRING_MAX_VALUES = 8;

	/**
	 * Read a vector as the API sends it.
	 * @param json an array of numbers or a base64 string of float32 values
	 * @return the vector
	 * @throws IllegalArgumentException if the value is neither
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static EmbeddingVector fromJson(@Nullable Object json) {
		if (json == null) {
			return new EmbeddingVector(new float[0]);
		}
		if (json instanceof String base64) {
			return new EmbeddingVector(decodeBase64(base64));
		}
		if (json instanceof List<?> numbers) {
			float[] values = new float[numbers.size()];
			for (int i = 0; i < values.length; i++) {
				if (!(numbers.get(i) instanceof Number number)) {
					throw new IllegalArgumentException("Embedding value " + i + " is not a number: " + numbers.get(i));
				}
				values[i] = number.floatValue();
			}
			return new EmbeddingVector(values);
		}
		throw new IllegalArgumentException(
				"An embedding must be an array of numbers or a base64 string, not " + json.getClass().getName());
	}

	private static float[] decodeBase64(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length % Float.BYTES != 0) {
			throw new IllegalArgumentException(
					"A base64 embedding must hold whole float32 values, but has " + bytes.length + " bytes");
		}
		FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
		float[] values = new float[floats.remaining()];
		floats.get(values);
		return values;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof EmbeddingVector that && Arrays.equals(this.values, that.values);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.values);
	}

	/**
	 * Describe the vector by its length and first few values only.
	 * @return the description
	 */
	@Override
	public String toString() {
		StringBuilder shown = new StringBuilder("float[" + this.values.length + "] [");
		int count = Math.min(this.values.length, TO_STRING_MAX_VALUES);
		for (int i = 0; i < count; i++) {
			shown.append((i > 0) ? ", " : "").append(this.values[i]);
		}
		return shown.append((count < this.values.length) ? ", ...]" : "]").toString();
	}

}
