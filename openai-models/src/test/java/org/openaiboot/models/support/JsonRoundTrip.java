package org.openaiboot.models.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test support: reads JSON into a model type and writes it back with a default Jackson 3
 * {@link JsonMapper} and a default Jackson 2 {@link ObjectMapper}, and asserts that
 * nothing was lost or changed.
 */
public final class JsonRoundTrip {

	/** A default Jackson 3 mapper, as a user would create it. */
	public static final JsonMapper JACKSON3 = JsonMapper.builder().build();

	/** A default Jackson 2 mapper, as a user would create it. */
	public static final ObjectMapper JACKSON2 = new ObjectMapper();

	private JsonRoundTrip() {
	}

	/**
	 * Read a fixture from the test class path, such as {@code fixtures/chat/CreateChatCompletionResponse.json}.
	 * @param path the resource path
	 * @return its text
	 */
	public static String fixture(String path) {
		try (InputStream in = JsonRoundTrip.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as("fixture %s", path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Assert that {@code json} read as {@code type} and written again is the same JSON,
	 * under both mappers, and return what Jackson 3 read.
	 * @param <T> the model type
	 * @param json the JSON text
	 * @param type the model type
	 * @return the value read by Jackson 3
	 */
	public static <T> T assertLossless(String json, Class<T> type) {
		JsonNode expected = JACKSON3.readTree(json);
		T value = JACKSON3.readValue(json, type);
		assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(value))).as("Jackson 3 round trip of %s", type)
			.isEqualTo(expected);
		try {
			Object value2 = JACKSON2.readValue(json, type);
			assertThat(JACKSON3.readTree(JACKSON2.writeValueAsString(value2))).as("Jackson 2 round trip of %s", type)
				.isEqualTo(expected);
			assertThat(value2).as("Jackson 2 and 3 read the same value").isEqualTo(value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return value;
	}

	/**
	 * Assert that {@code json} is read and written back with the same meaning under both
	 * mappers: every member and value kept, where a member sent as {@code null} may come
	 * back absent (or the reverse) and a number may change its notation ({@code 1} and
	 * {@code 1.0}). Used for documented examples, which are not consistent about either.
	 * @param json the JSON text
	 * @param type the model type
	 */
	public static void assertEquivalent(String json, Class<?> type) {
		JsonNode expected = withoutNulls(JACKSON3.readTree(json));
		Object value = JACKSON3.readValue(json, type);
		assertThat(withoutNulls(JACKSON3.readTree(JACKSON3.writeValueAsString(value))))
			.as("Jackson 3 round trip of %s", type)
			.isEqualTo(expected);
		try {
			Object value2 = JACKSON2.readValue(json, type);
			assertThat(withoutNulls(JACKSON3.readTree(JACKSON2.writeValueAsString(value2))))
				.as("Jackson 2 round trip of %s", type)
				.isEqualTo(expected);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode withoutNulls(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JACKSON3.createObjectNode();
			object.properties().forEach((member) -> {
				if (!member.getValue().isNull()) {
					copy.set(member.getKey(), withoutNulls(member.getValue()));
				}
			});
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JACKSON3.createArrayNode();
			array.forEach((element) -> copy.add(withoutNulls(element)));
			return copy;
		}
		if (node.isNumber()) {
			return JACKSON3.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
		}
		return node;
	}

	/**
	 * Assert that {@code json}, reshaped as a newer API version might send it (an unknown
	 * member added to every object, unknown values in the given enum-like members), is
	 * still read and written losslessly by both mappers.
	 * @param json the JSON text
	 * @param type the model type
	 * @param newEnumValues enum-like member names to give an unknown value wherever they
	 * occur, such as {@code finish_reason}
	 */
	public static void assertForwardCompatible(String json, Class<?> type, String... newEnumValues) {
		JsonNode reshaped = reshape(JACKSON3.readTree(json), newEnumValues);
		assertLossless(JACKSON3.writeValueAsString(reshaped), type);
	}

	/**
	 * Return a deep copy of {@code node} with an unknown member in every object (but inside
	 * {@code metadata}, whose members are the caller's) and an unknown string in every
	 * member named in {@code enumMembers}.
	 * @param node the JSON
	 * @param enumMembers enum-like member names
	 * @return the reshaped copy
	 */
	public static JsonNode reshape(JsonNode node, String... enumMembers) {
		JsonNode copy = node.deepCopy();
		addUnknowns(copy, Map.of(), enumMembers);
		return copy;
	}

	private static void addUnknowns(JsonNode node, Map<String, String> unused, String[] enumMembers) {
		if (node instanceof ObjectNode object) {
			for (String member : enumMembers) {
				if (object.get(member) != null && object.get(member).isString()) {
					object.put(member, "future_" + object.get(member).asString());
				}
			}
			object.properties().forEach((member) -> {
				// metadata holds the caller's own string pairs, not API members
				if (!"metadata".equals(member.getKey())) {
					addUnknowns(member.getValue(), unused, enumMembers);
				}
			});
			object.putObject("x_future_member").put("nested", 1).putArray("list").add("a");
		}
		else if (node instanceof ArrayNode array) {
			array.forEach((child) -> addUnknowns(child, unused, enumMembers));
		}
	}

}
