package org.openaiboot.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.OpenAIResponsesClient;
import org.openaiboot.models.responses.CreateResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named connections, an Azure one among them, are pointed at the mock too, as
 * OpenAI-shaped connections with a key (the application's, or a dummy one).
 */
@SpringBootTest(classes = OpenAIMockServerClientsTests.NoAutoConfiguration.class,
		properties = { "openai.retry.enabled=false", "openai.connections.local.base-url=http://localhost:11434/v1",
				"openai.connections.azure.kind=azure",
				"openai.connections.azure.base-url=https://my-resource.openai.azure.com",
				"openai.connections.azure.api-key=azure-key-of-the-app" })
@AutoConfigureOpenAIMock
@Timeout(30)
class OpenAIMockServerConnectionsTests {

	@Autowired
	private OpenAIMockServer server;

	@Autowired
	@Qualifier("local")
	private OpenAIResponsesClient local;

	@Autowired
	@Qualifier("azure")
	private OpenAIResponsesClient azure;

	@Test
	void everyConnectionReachesTheMock() {
		this.server.on("createResponse").respond(OpenAIMockAnswers.response("Hi"));
		CreateResponse question = CreateResponse.builder().model("gpt-4o").input("Hello").build();
		this.local.createResponse(question);
		this.azure.createResponse(question);
		assertThat(this.server.requests("createResponse")).extracting((request) -> request.path())
			.containsExactly("/responses", "/responses");
		assertThat(this.server.requests("createResponse")).extracting((request) -> request.header("Authorization"))
			.containsExactly("Bearer ******", "Bearer ******");
		assertThat(this.server.requests("createResponse")).extracting((request) -> request.header("api-key"))
			.containsOnlyNulls();
	}

}
