package org.openaiboot.models.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.AdditionalProperties;

/**
 * One embedding vector of a {@link CreateEmbeddingResponse}.
 * <p>
 * The vector is a {@code float[]} rather than a {@code List<Double>}: a vector of 1536
 * dimensions takes about 6 KB as {@code float[]} against about 25 KB as boxed doubles in
 * a list, and single precision is all the API provides anyway, since its own
 * {@code base64} encoding carries float32 values. The array is not copied, for speed:
 * treat it as read-only.
 * <p>
 * The vector is read from either form the API sends: a JSON array of numbers
 * ({@code encoding_format} {@code float}, the default) or a base64 string of
 * little-endian float32 values ({@code encoding_format} {@code base64}). It is always
 * written as a JSON array of numbers.
 *
 * @param index the position of the input this vector belongs to
 * @param embedding the vector; its length depends on the model and on
 * {@code dimensions}
 * @param object always {@code "embedding"}
 * @param additionalProperties members this version of the type does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Embedding(@JsonProperty("index") int index, @JsonProperty("embedding") float[] embedding,
		@JsonProperty("object") String object, @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) {

	/** The value of {@code object}. */
	public static final String OBJECT = "embedding";

	/** How many values {@link #toString()} shows before it elides the rest. */
	private static final int TO_STRING_MAX_VALUES = 8;

	public Embedding {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * An embedding with no additional members.
	 * @param index the position of the input
	 * @param embedding the vector
	 */
	public Embedding(int index, float[] embedding) {
		this(index, embedding, OBJECT, Map.of());
	}

	/**
	 * Create an embedding from its JSON members, where the vector is either a list of
	 * numbers or a base64 string of little-endian float32 values. Jackson calls this
	 * method when it reads an embedding.
	 * @param index the position of the input
	 * @param embedding a {@code List} of {@code Number}s, a base64 {@code String}, or a
	 * {@code float[]}
	 * @param object the object type
	 * @param additionalProperties the other members
	 * @return the embedding
	 * @throws IllegalArgumentException if {@code embedding} has another shape
	 */
	@JsonCreator
	public static Embedding fromJson(@JsonProperty("index") int index,
			@JsonProperty("embedding") @Nullable Object embedding, @JsonProperty("object") String object,
			@JsonAnySetter @Nullable Map<String, @Nullable Object> additionalProperties) {
		return new Embedding(index, toVector(embedding), object, additionalProperties);
	}

	private static float[] toVector(@Nullable Object embedding) {
		if (embedding == null) {
			return new float[0];
		}
		if (embedding instanceof float[] vector) {
			return vector;
		}
		if (embedding instanceof String base64) {
			return decodeBase64(base64);
		}
		if (embedding instanceof List<?> values) {
			float[] vector = new float[values.size()];
			for (int i = 0; i < vector.length; i++) {
				if (!(values.get(i) instanceof Number number)) {
					throw new IllegalArgumentException(
							"Embedding value " + i + " is not a number: " + values.get(i));
				}
				vector[i] = number.floatValue();
			}
			return vector;
		}
		throw new IllegalArgumentException(
				"An embedding must be an array of numbers or a base64 string, not " + embedding.getClass().getName());
	}

	private static float[] decodeBase64(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length % Float.BYTES != 0) {
			throw new IllegalArgumentException(
					"A base64 embedding must hold whole float32 values, but has " + bytes.length + " bytes");
		}
		FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
		float[] vector = new float[floats.remaining()];
		floats.get(vector);
		return vector;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof Embedding that && this.index == that.index
				&& Arrays.equals(this.embedding, that.embedding) && Objects.equals(this.object, that.object)
				&& this.additionalProperties.equals(that.additionalProperties);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.index, Arrays.hashCode(this.embedding), this.object, this.additionalProperties);
	}

	/**
	 * Describe this embedding with the vector's length and its first few values only.
	 * @return the description
	 */
	@Override
	public String toString() {
		StringBuilder values = new StringBuilder("[");
		int shown = Math.min(this.embedding.length, TO_STRING_MAX_VALUES);
		for (int i = 0; i < shown; i++) {
			values.append((i > 0) ? ", " : "").append(this.embedding[i]);
		}
		values.append((shown < this.embedding.length) ? ", ...]" : "]");
		return "Embedding[index=" + this.index + ", embedding=float[" + this.embedding.length + "] " + values
				+ ", object=" + this.object + ", additionalProperties=" + this.additionalProperties + "]";
	}

}
