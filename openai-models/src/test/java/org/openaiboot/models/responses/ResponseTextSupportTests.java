package org.openaiboot.models.responses;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openaiboot.models.support.JsonRoundTrip.JACKSON2;
import static org.openaiboot.models.support.JsonRoundTrip.assertLossless;

/**
 * {@link Response#outputText()}: the text of the output messages, nothing else, and no
 * member of its own in the JSON.
 */
class ResponseTextSupportTests {

	private static final String RESPONSE = """
			{"id":"resp_1","object":"response","created_at":1741476542,"status":"completed","model":"gpt-5.4",
			 "output":[
			   {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Thinking."}]},
			   {"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[
			     {"type":"output_text","text":"Hello, ","annotations":[]},
			     {"type":"refusal","refusal":"Not that."},
			     {"type":"output_text","text":"world.","annotations":[]}]},
			   {"type":"function_call","call_id":"call_1","name":"f","arguments":"{}"},
			   {"type":"message","id":"msg_2","role":"assistant","status":"completed","content":[
			     {"type":"output_text","text":" Bye.","annotations":[]}]}],
			 "parallel_tool_calls":true,"tools":[],"tool_choice":"auto","metadata":{},
			 "error":null,"incomplete_details":null,"instructions":null,"temperature":null,"top_p":null}
			""";

	@Test
	void joinsTheTextPartsOfEveryOutputMessageInOrder() {
		Response response = assertLossless(RESPONSE, Response.class);
		assertThat(response.outputText()).isEqualTo("Hello, world. Bye.");
	}

	@Test
	void isEmptyWithoutOutputMessages() {
		Response response = assertLossless(RESPONSE.replace("\"type\":\"message\"", "\"type\":\"later_item\""),
				Response.class);
		assertThat(response.outputText()).isEmpty();
	}

	@Test
	void isNoMemberOfTheJson() throws Exception {
		Response response = assertLossless(RESPONSE, Response.class);
		assertThat(JACKSON2.writeValueAsString(response)).doesNotContain("output_text\":\"", "outputText");
	}

}
