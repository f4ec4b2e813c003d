package org.openaiboot.models.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openaiboot.models.common.ValidationException;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest.EncodingFormat;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest.Input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON3;
import static org.openaiboot.models.support.JsonRoundTrip.assertForwardCompatible;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;
import static org.openaiboot.models.support.JsonRoundTrip.fixture;

class EmbeddingsModelsTests {

	private static final float[] EXAMPLE_VECTOR = { 0.0023064255f, -0.009327292f, -0.0028842222f };

	@Test
	void embeddingRoundTrips() {
		String json = fixture("fixtures/embeddings/Embedding.json");
		Embedding embedding = assertLossless(json, Embedding.class);
		assertThat(embedding.index()).isZero();
		assertThat(embedding.object()).isEqualTo(Embedding.OBJECT);
		assertThat(embedding.embedding().values()).containsExactly(EXAMPLE_VECTOR);
		assertThat(embedding).isEqualTo(embedding(0, EXAMPLE_VECTOR.clone()));
		assertForwardCompatible(json, Embedding.class);
	}

	@Test
	void createEmbeddingResponseRoundTrips() {
		String json = fixture("fixtures/embeddings/CreateEmbeddingResponse.json");
		CreateEmbeddingResponse response = assertLossless(json, CreateEmbeddingResponse.class);
		assertThat(response.object()).isEqualTo(CreateEmbeddingResponse.OBJECT);
		assertThat(response.model()).isEqualTo("text-embedding-ada-002");
		assertThat(response.usage())
			.isEqualTo(CreateEmbeddingResponse.Usage.builder().promptTokens(8).totalTokens(8).build());
		assertThat(response.data()).hasSize(1);
		assertThat(response.data().get(0).embedding().values()).containsExactly(EXAMPLE_VECTOR);
		assertForwardCompatible(json, CreateEmbeddingResponse.class);
	}

	@Test
	void floatValuesAreWrittenAsTheyWereSent() {
		String json = "{\"index\":0,\"embedding\":[0.0023064255,-0.009327292,-0.0028842222],\"object\":\"embedding\"}";
		assertThat(JACKSON3.writeValueAsString(JACKSON3.readValue(json, Embedding.class))).isEqualTo(json);
	}

	@Test
	void base64VectorsAreDecoded() throws Exception {
		String json = fixture("fixtures/embeddings/CreateEmbeddingResponse-base64.json");
		String floats = fixture("fixtures/embeddings/CreateEmbeddingResponse.json");
		CreateEmbeddingResponse expected = JACKSON3.readValue(floats, CreateEmbeddingResponse.class);
		CreateEmbeddingResponse read3 = JACKSON3.readValue(json, CreateEmbeddingResponse.class);
		CreateEmbeddingResponse read2 = JACKSON2.readValue(json, CreateEmbeddingResponse.class);
		assertThat(read3.data().get(0).embedding().values()).containsExactly(EXAMPLE_VECTOR);
		assertThat(read3).isEqualTo(expected);
		assertThat(read2).isEqualTo(expected);
		// always written as a JSON array of numbers
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(read3))).isEqualTo(JACKSON3.readTree(floats));
		assertThat(JACKSON3.readTree(JACKSON2.writeValueAsString(read2))).isEqualTo(JACKSON3.readTree(floats));
	}

	@Test
	void base64OfALongVectorIsDecodedExactly() {
		float[] vector = new float[1536];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) Math.sin(i * 0.37) / (i + 1);
		}
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(vector);
		String base64 = Base64.getEncoder().encodeToString(bytes.array());
		String json = "{\"index\":3,\"object\":\"embedding\",\"embedding\":\"" + base64 + "\"}";
		Embedding embedding = JACKSON3.readValue(json, Embedding.class);
		assertThat(embedding.index()).isEqualTo(3);
		assertThat(embedding.embedding().values()).containsExactly(vector);
	}

	@Test
	void floatVectorsOfEveryMagnitudeRoundTripUnderBothMappers() throws Exception {
		float[] vector = new float[1536];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) (Math.sin(i * 0.37) * Math.pow(10, -(i % 12)));
		}
		Embedding embedding = embedding(0, vector);
		assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(embedding), Embedding.class)).isEqualTo(embedding);
		assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(embedding), Embedding.class)).isEqualTo(embedding);
	}

	@Test
	void badBase64LengthIsRejected() {
		// "AAAA" decodes to 3 bytes, which is not a whole float32
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> JACKSON3.readValue("{\"index\":0,\"object\":\"embedding\",\"embedding\":\"AAAA\"}",
					Embedding.class))
			.withStackTraceContaining("whole float32 values");
	}

	@Test
	void embeddingValueSemantics() {
		Embedding one = embedding(0, 1f, 2f);
		Embedding same = embedding(0, 1f, 2f);
		Embedding other = embedding(0, 1f, 3f);
		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
		assertThat(one).hasToString("Embedding[index=0, embedding=float[2] [1.0, 2.0], object=embedding, "
				+ "additionalProperties={}]");
		assertThat(embedding(1, new float[10]).toString())
			.contains("float[10] [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ...]");
	}

	@Test
	void unknownEmbeddingMembersAreKept() {
		String json = "{\"index\":0,\"embedding\":[0.5,-0.25],\"object\":\"embedding\",\"norm\":1.0}";
		Embedding embedding = assertLossless(json, Embedding.class);
		assertThat(embedding.additionalProperties()).containsEntry("norm", 1.0);
	}

	@Test
	void requestOfTheDocumentedExample() {
		CreateEmbeddingRequest request = CreateEmbeddingRequest.builder()
			.input("The food was delicious and the waiter...")
			.model(EmbeddingModel.TEXT_EMBEDDING_ADA_002)
			.encodingFormat(EncodingFormat.FLOAT)
			.build();
		String json = "{\"input\":\"The food was delicious and the waiter...\",\"model\":\"text-embedding-ada-002\","
				+ "\"encoding_format\":\"float\"}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		assertThat(assertLossless(json, CreateEmbeddingRequest.class)).isEqualTo(request);
		assertForwardCompatible(json, CreateEmbeddingRequest.class, "model", "encoding_format");
	}

	@Test
	void requestOmitsAbsentMembers() {
		CreateEmbeddingRequest request = CreateEmbeddingRequest.of(EmbeddingModel.TEXT_EMBEDDING_3_SMALL,
				Input.of("Hi"));
		assertThat(JACKSON3.writeValueAsString(request))
			.isEqualTo("{\"input\":\"Hi\",\"model\":\"text-embedding-3-small\"}");
	}

	@Test
	void requestWithEveryMember() {
		CreateEmbeddingRequest request = CreateEmbeddingRequest.builder()
			.input(Input.of(List.of("a", "b")))
			.model("text-embedding-3-large")
			.encodingFormat("base64")
			.dimensions(256)
			.user("user-1234")
			.build();
		String json = "{\"input\":[\"a\",\"b\"],\"model\":\"text-embedding-3-large\",\"encoding_format\":\"base64\","
				+ "\"dimensions\":256,\"user\":\"user-1234\"}";
		assertThat(JACKSON3.writeValueAsString(request)).isEqualTo(json);
		assertThat(assertLossless(json, CreateEmbeddingRequest.class)).isEqualTo(request);
		assertThat(request.toBuilder().build()).isEqualTo(request);
		assertThat(request.model()).isEqualTo(EmbeddingModel.TEXT_EMBEDDING_3_LARGE);
		assertThat(request.encodingFormat()).isEqualTo(EncodingFormat.BASE64);
	}

	@Test
	void inputReadsEveryShape() throws Exception {
		assertInput("\"This is a test.\"", Input.of("This is a test."), Input.OfString.class);
		assertInput("[\"This is a test.\"]", Input.of(List.of("This is a test.")), Input.OfList.class);
		assertInput("[\"a\",\"b\"]", Input.of(List.of("a", "b")), Input.OfList.class);
		assertInput("[1212,318,257,1332,13]", Input.of(List.of(1212, 318, 257, 1332, 13)), Input.OfList.class);
		assertInput("[[1212,318,257,1332,13]]", Input.of(List.of(List.of(1212, 318, 257, 1332, 13))),
				Input.OfList.class);
	}

	private void assertInput(String json, Input expected, Class<?> variant) throws Exception {
		assertThat(JACKSON3.readValue(json, Input.class)).isEqualTo(expected).isInstanceOf(variant);
		assertThat(JACKSON2.readValue(json, Input.class)).isEqualTo(expected);
		assertThat(JACKSON3.writeValueAsString(expected)).isEqualTo(json);
		assertThat(JACKSON2.writeValueAsString(expected)).isEqualTo(json);
	}

	@Test
	void unknownInputShapeIsKept() {
		String json = "{\"input\":{\"text\":\"a\"},\"model\":\"text-embedding-3-small\"}";
		CreateEmbeddingRequest request = assertLossless(json, CreateEmbeddingRequest.class);
		assertThat(request.input()).isInstanceOf(Input.Unknown.class);
	}

	@Test
	void enumLikeTypesKeepUnknownValues() {
		assertThat(JACKSON3.readValue("\"text-embedding-4\"", EmbeddingModel.class).value())
			.isEqualTo("text-embedding-4");
		assertThat(JACKSON3.readValue("\"float16\"", EncodingFormat.class).value()).isEqualTo("float16");
		assertThat(JACKSON3.writeValueAsString(EmbeddingModel.TEXT_EMBEDDING_3_SMALL))
			.isEqualTo("\"text-embedding-3-small\"");
		assertThat(EncodingFormat.FLOAT).hasToString("float");
	}

	@Test
	void inputAndModelAreRequired() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateEmbeddingRequest.builder().model("text-embedding-3-small").build())
			.withMessage("Invalid value for 'input': is required (was null)");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> CreateEmbeddingRequest.builder().input("Hi").build())
			.withMessage("Invalid value for 'model': is required (was null)");
	}

	@Test
	void inputMustNotBeEmpty() {
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().input("").build())
			.withMessage("Invalid value for 'input': must not be an empty string (was \"\")");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().input(Input.of(List.of("a", ""))).build())
			.withMessage("Invalid value for 'input[1]': must not be an empty string (was \"\")");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().input(Input.of(List.of())).build())
			.withMessage("Invalid value for 'input': must have between 1 and 2048 elements (was [])");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().input(Input.of(List.<Integer>of())).build())
			.withMessage("Invalid value for 'input': must have between 1 and 2048 elements (was [])");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().input(Input.of(List.of(List.of()))).build())
			.withMessage("Invalid value for 'input[0]': is required and must not be empty (was [])");
	}

	@Test
	void inputHasAtMost2048Items() {
		assertThat(valid().input(Input.of(Collections.nCopies(2048, 0))).build()).isNotNull();
		assertThat(valid().input(Input.of(Collections.nCopies(2048, "x"))).build()).isNotNull();
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().input(Input.of(Collections.nCopies(2049, 0))).build())
			.withMessageStartingWith("Invalid value for 'input': must have between 1 and 2048 elements");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().input(Input.of(Collections.nCopies(2049, List.of(1)))).build())
			.withMessageStartingWith("Invalid value for 'input': must have between 1 and 2048 elements");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> valid().input(Input.of(Collections.nCopies(2049, "x"))).build())
			.withMessageStartingWith("Invalid value for 'input': must have between 1 and 2048 elements");
	}

	@Test
	void dimensionsMustBePositive() {
		assertThat(valid().dimensions(1).build().dimensions()).isEqualTo(1);
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> valid().dimensions(0).build())
			.withMessage("Invalid value for 'dimensions': must be at least 1 (was 0)");
	}

	@Test
	void additionalPropertiesAreSent() {
		CreateEmbeddingRequest request = valid().additionalProperty("future", Map.of("a", 1)).build();
		assertThat(JACKSON3.writeValueAsString(request)).endsWith(",\"future\":{\"a\":1}}");
	}

	private static Embedding embedding(int index, float... values) {
		return Embedding.builder().index(index).embedding(new EmbeddingVector(values)).object(Embedding.OBJECT).build();
	}

	private static CreateEmbeddingRequest.Builder valid() {
		return CreateEmbeddingRequest.builder().model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL).input("Hi");
	}

}
