package org.openaiboot.client.ratelimit;

import java.nio.charset.StandardCharsets;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimate of a call's tokens before it is sent.
 */
class CallCostTests {

	private final CallCost cost = new CallCost(1000);

	@ParameterizedTest
	@CsvSource({ "gpt-4o, o200k_base", "gpt-4o-mini, o200k_base", "gpt-4.1-nano, o200k_base", "o1, o200k_base",
			"o3-mini, o200k_base", "o4-mini, o200k_base", "gpt-5, o200k_base", "gpt-4, cl100k_base",
			"gpt-4-turbo, cl100k_base", "gpt-3.5-turbo, cl100k_base", "text-embedding-3-small, cl100k_base",
			"some-local-model, cl100k_base" })
	void countsInTheEncodingOfTheModel(String model, String encoding) {
		assertThat(CallCost.encodingOf(model)).isEqualTo(encoding);
	}

	@Test
	void countsThePromptWithJTokkitAndAddsTheMaximumOutput() {
		String text = "The quick brown fox jumps over the lazy dog, again and again.";
		long prompt = Encodings.newLazyEncodingRegistry()
			.getEncoding(EncodingType.O200K_BASE)
			.countTokensOrdinary(text);
		// the text and its role, a token or two
		assertThat(this.cost.tokens("gpt-4o", json("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\","
				+ "\"content\":\"" + text + "\"}],\"max_completion_tokens\":50}")))
			.isBetween(prompt + 50, prompt + 53);
		assertThat(this.cost.tokens("gpt-4o",
				json("{\"model\":\"gpt-4o\",\"input\":\"" + text + "\",\"max_output_tokens\":70}")))
			.isBetween(prompt + 70, prompt + 71);
	}

	@Test
	void reservesTheDefaultOutputWhenTheRequestSetsNoMaximum() {
		assertThat(this.cost.tokens("gpt-4", json("{\"model\":\"gpt-4\",\"prompt\":\"\"}"))).isEqualTo(1000);
		assertThat(this.cost.tokens("gpt-4", null)).isEqualTo(1000);
	}

	@Test
	void skipsImagesAndIdentifiers() {
		long plain = this.cost.tokens("gpt-4o", json("{\"input\":\"Describe it\",\"max_output_tokens\":0}"));
		long withImage = this.cost.tokens("gpt-4o",
				json("{\"input\":[{\"type\":\"input_text\",\"text\":\"Describe it\"},{\"type\":\"input_image\","
						+ "\"image_url\":\"https://example.com/a.png\"},"
						+ "{\"type\":\"input_image\",\"file_id\":\"file-1\"},"
						+ "{\"type\":\"input_image\",\"detail\":\"data:image/png;base64,AAAA\"}],"
						+ "\"previous_response_id\":\"resp_123\",\"max_output_tokens\":0}"));
		assertThat(withImage - plain).as("the tokens of the type names only").isLessThan(20);
	}

	@Test
	void estimatesABodyItCannotReadByItsSize() {
		assertThat(this.cost.tokens("gpt-4o", json("not json at all"))).isEqualTo(1000 + 15 / 4);
	}

	private static byte[] json(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
