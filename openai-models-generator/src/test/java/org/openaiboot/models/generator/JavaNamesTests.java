package org.openaiboot.models.generator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaNamesTests {

	@Test
	void schemaNamesBecomeTypeNames() {
		assertThat(JavaNames.pascal("MessagePhase-2")).isEqualTo("MessagePhase2");
		assertThat(JavaNames.pascal("file_search_call")).isEqualTo("FileSearchCall");
		assertThat(JavaNames.pascal("2d")).isEqualTo("V2d");
	}

	@Test
	void jsonNamesBecomeComponentNames() {
		assertThat(JavaNames.camel("call_id")).isEqualTo("callId");
		assertThat(JavaNames.camel("default")).isEqualTo("defaultValue");
		assertThat(JavaNames.camel("additional_properties")).isEqualTo("additionalPropertiesValue");
		assertThat(JavaNames.camel("hash_code")).isEqualTo("hashCodeValue");
	}

	@Test
	void enumValuesBecomeConstants() {
		assertThat(JavaNames.constant("gpt-4o-mini")).isEqualTo("GPT_4O_MINI");
		assertThat(JavaNames.constant("response.output_text.delta")).isEqualTo("RESPONSE_OUTPUT_TEXT_DELTA");
		assertThat(JavaNames.constant("1024x1024")).isEqualTo("V_1024X1024");
		assertThat(JavaNames.constant("inProgress")).isEqualTo("IN_PROGRESS");
	}

	@Test
	void listMembersNameTheirElements() {
		assertThat(JavaNames.singular("tools")).isEqualTo("Tool");
		assertThat(JavaNames.singular("entries")).isEqualTo("Entry");
		assertThat(JavaNames.singular("status")).isEqualTo("StatusItem");
	}

}
