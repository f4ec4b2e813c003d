package org.openaiboot.models.embeddings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.openaiboot.models.common.Validate;

/**
 * An embedding model: one of the known names below, or any other model name.
 *
 * @param value the wire value
 */
public record EmbeddingModel(@JsonValue String value) {

	/** The second-generation model, 1536 dimensions, no {@code dimensions} support. */
	public static final EmbeddingModel TEXT_EMBEDDING_ADA_002 = new EmbeddingModel("text-embedding-ada-002");

	/** The small third-generation model, 1536 dimensions by default. */
	public static final EmbeddingModel TEXT_EMBEDDING_3_SMALL = new EmbeddingModel("text-embedding-3-small");

	/** The large third-generation model, 3072 dimensions by default. */
	public static final EmbeddingModel TEXT_EMBEDDING_3_LARGE = new EmbeddingModel("text-embedding-3-large");

	public EmbeddingModel {
		Validate.required(value, "model");
	}

	@JsonCreator
	public static EmbeddingModel of(String value) {
		return new EmbeddingModel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
