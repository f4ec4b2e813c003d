package org.openaiboot.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.models.responses.OutputMessage;
import org.openaiboot.models.responses.OutputTextContent;
import org.openaiboot.models.responses.Response;
import org.openaiboot.models.responses.ResponseStreamEvent;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The edges of {@link ResponseAccumulator}: events it passes over, events that do not fit
 * what came before them, and responses whose output arrives only whole.
 */
@Timeout(30)
class ResponseAccumulatorTests {

	private static final String RESPONSE = """
			{"id":"resp_1","object":"response","created_at":1770000000,"status":"%s","model":"gpt-5.4",
			 "tools":[],"tool_choice":"auto","parallel_tool_calls":true,"output":%s}""";

	private static final String CREATED = """
			{"type":"response.created","sequence_number":0,"response":%s}"""
		.formatted(RESPONSE.formatted("in_progress", "[]"));

	private static final String MESSAGE_ADDED = """
			{"type":"response.output_item.added","sequence_number":1,"output_index":0,
			 "item":{"id":"msg_1","type":"message","role":"assistant","status":"in_progress","content":[]}}""";

	private static final String PART_ADDED = """
			{"type":"response.content_part.added","sequence_number":2,"item_id":"msg_1","output_index":0,
			 "content_index":0,"part":{"type":"output_text","text":"","annotations":[],"logprobs":[]}}""";

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ResponseAccumulator accumulator = new ResponseAccumulator();

	@Test
	void eventsOfUnknownTypesAndAudioEventsArePassedOver() {
		accumulate(CREATED, MESSAGE_ADDED, PART_ADDED, """
				{"type":"response.hologram.delta","sequence_number":3,"output_index":7,"delta":"?"}""", """
				{"type":"response.audio.transcript.delta","sequence_number":4,"delta":"Hel"}""",
				textDelta(5, 0, 0, "Hello"));
		assertThat(text(this.accumulator.result())).isEqualTo("Hello");
	}

	@Test
	void anEventForAnOutputIndexWhereNoItemWasAddedFails() {
		accumulate(CREATED, MESSAGE_ADDED, PART_ADDED);
		assertThatIllegalStateException().isThrownBy(() -> accumulate(textDelta(7, 3, 0, "Hi")))
			.withMessage("Event response.output_text.delta (sequence_number 7) names output_index 3, "
					+ "where no output item was added");
	}

	@Test
	void anEventForAContentIndexWhereNoPartWasAddedFails() {
		accumulate(CREATED, MESSAGE_ADDED, PART_ADDED);
		assertThatIllegalStateException().isThrownBy(() -> accumulate(textDelta(3, 0, 1, "Hi")))
			.withMessage("Event response.output_text.delta (sequence_number 3) names content_index 1 of "
					+ "output_index 0, where no content part was added");
	}

	@Test
	void anEventForAnItemOfAnotherKindFails() {
		accumulate(CREATED, """
				{"type":"response.output_item.added","sequence_number":1,"output_index":0,
				 "item":{"id":"fc_1","type":"function_call","call_id":"call_1","name":"f","arguments":""}}""");
		assertThatIllegalStateException().isThrownBy(() -> accumulate(textDelta(2, 0, 0, "Hi")))
			.withMessageContaining("sequence_number 2")
			.withMessageContaining(
					"names output_index 0, whose item is of type function_call, not message or reasoning");
	}

	@Test
	void aRefusalDeltaForATextPartFails() {
		accumulate(CREATED, MESSAGE_ADDED, PART_ADDED);
		assertThatIllegalStateException().isThrownBy(() -> accumulate("""
				{"type":"response.refusal.delta","sequence_number":3,"item_id":"msg_1","output_index":0,
				 "content_index":0,"delta":"No"}"""))
			.withMessageContaining(
					"names content_index 0 of output_index 0, whose part is of type output_text, not refusal");
	}

	@Test
	void aReasoningTextPartInAMessageFails() {
		accumulate(CREATED, MESSAGE_ADDED);
		assertThatIllegalStateException().isThrownBy(() -> accumulate("""
				{"type":"response.content_part.added","sequence_number":2,"item_id":"msg_1","output_index":0,
				 "content_index":0,"part":{"type":"reasoning_text","text":""}}"""))
			.withMessageContaining("names output_index 0, whose message item takes no part of type reasoning_text");
	}

	@Test
	void aSummaryDeltaWithoutItsPartFails() {
		accumulate(CREATED, """
				{"type":"response.output_item.added","sequence_number":1,"output_index":0,
				 "item":{"id":"rs_1","type":"reasoning","summary":[]}}""");
		assertThatIllegalStateException().isThrownBy(() -> accumulate("""
				{"type":"response.reasoning_summary_text.delta","sequence_number":2,"item_id":"rs_1",
				 "output_index":0,"summary_index":0,"delta":"Thinking"}"""))
			.withMessageContaining("names summary_index 0 of output_index 0, where no summary part was added");
	}

	@Test
	void eventsAfterAnItemsDoneEventChangeNothing() {
		accumulate(CREATED, MESSAGE_ADDED, PART_ADDED, textDelta(3, 0, 0, "Hel"), """
				{"type":"response.output_item.done","sequence_number":4,"output_index":0,
				 "item":{"id":"msg_1","type":"message","role":"assistant","status":"completed",
				  "content":[{"type":"output_text","text":"Hello","annotations":[],"logprobs":[]}]}}""",
				textDelta(5, 0, 0, " again"));
		assertThat(text(this.accumulator.result())).isEqualTo("Hello");
	}

	@Test
	void theTerminalResponsesOutputStandsWhenNoItemEventCame() {
		String output = """
				[{"id":"msg_1","type":"message","role":"assistant","status":"completed",
				  "content":[{"type":"output_text","text":"Whole","annotations":[],"logprobs":[]}]}]""";
		accumulate(CREATED, """
				{"type":"response.completed","sequence_number":1,"response":%s}""".formatted(
				RESPONSE.formatted("completed", output)));
		Response response = this.accumulator.result();
		assertThat(response.status()).hasToString("completed");
		assertThat(text(response)).isEqualTo("Whole");
	}

	@Test
	void aResultNeedsAnEventThatCarriesTheResponse() {
		assertThatIllegalStateException().isThrownBy(this.accumulator::result)
			.withMessageContaining("No event that carries the response");
	}

	private void accumulate(String... events) {
		for (String event : events) {
			this.accumulator.accumulate(this.mapper.readValue(event, ResponseStreamEvent.class));
		}
	}

	private static String textDelta(int sequenceNumber, int outputIndex, int contentIndex, String delta) {
		return """
				{"type":"response.output_text.delta","sequence_number":%d,"item_id":"msg_1","output_index":%d,
				 "content_index":%d,"delta":"%s","logprobs":[]}""".formatted(sequenceNumber, outputIndex, contentIndex,
				delta);
	}

	private static String text(Response response) {
		OutputMessage message = (OutputMessage) response.output().get(0);
		return ((OutputTextContent) message.content().get(0)).text();
	}

}
