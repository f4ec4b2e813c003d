package org.openaiboot.client;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AzureOpenAITests {

	private static final String ENDPOINT = "https://my-resource.openai.azure.com";

	private static String uri(AzureOpenAI azure, ApiCall call) {
		return new CallUris(azure.baseUrl(), azure).of(call).toString();
	}

	@Test
	void v1TakesOpenAIsPathsBelowOpenaiV1() {
		AzureOpenAI azure = AzureOpenAI.v1(ENDPOINT + "/");
		assertThat(uri(azure, ApiCall.post("createChatCompletion", "/chat/completions", "{}", "gpt-4o")))
			.isEqualTo(ENDPOINT + "/openai/v1/chat/completions");
		assertThat(uri(azure.apiVersion("preview"), ApiCall.post("createResponse", "/responses", "{}", "gpt-4o")))
			.isEqualTo(ENDPOINT + "/openai/v1/responses?api-version=preview");
	}

	@Test
	void deploymentsPutAModelsCallsBelowItsDeployment() {
		AzureOpenAI azure = AzureOpenAI.deployments(ENDPOINT, "2024-10-21")
			.deployments(Map.of("gpt-4o", "prod 4o"));
		assertThat(uri(azure, ApiCall.post("createChatCompletion", "/chat/completions", "{}", "gpt-4o")))
			.isEqualTo(ENDPOINT + "/openai/deployments/prod%204o/chat/completions?api-version=2024-10-21");
		assertThat(uri(azure,
				ApiCall.post("createEmbedding", "/embeddings", "{}", "text-embedding-3-small")))
			.isEqualTo(ENDPOINT
					+ "/openai/deployments/text-embedding-3-small/embeddings?api-version=2024-10-21");
	}

	@Test
	void deploymentsLeaveTheOtherCallsBelowOpenaiWithTheirQuery() {
		AzureOpenAI azure = AzureOpenAI.deployments(ENDPOINT, "2024-10-21");
		ApiCall retrieve = ApiCall.of("retrieveFile", HttpMethod.GET, "/files/{file_id}")
			.pathVariable("file_id", "file-1");
		assertThat(uri(azure, retrieve)).isEqualTo(ENDPOINT + "/openai/files/file-1?api-version=2024-10-21");
		ApiCall list = ApiCall.of("listFiles", HttpMethod.GET, "/files").query("purpose", "batch");
		assertThat(uri(azure, list)).isEqualTo(ENDPOINT + "/openai/files?purpose=batch&api-version=2024-10-21");
		ApiCall stored = ApiCall.of("listChatCompletions", HttpMethod.GET, "/chat/completions");
		assertThat(uri(azure, stored)).isEqualTo(ENDPOINT + "/openai/chat/completions?api-version=2024-10-21");
	}

	@Test
	void badSettingsAreRefusedNamingTheRule() {
		assertThatIllegalArgumentException().isThrownBy(() -> AzureOpenAI.v1("my-resource.openai.azure.com"))
			.withMessage("The Azure OpenAI endpoint must be an http(s) URL, but was 'my-resource.openai.azure.com'");
		assertThatIllegalArgumentException().isThrownBy(() -> AzureOpenAI.deployments(ENDPOINT, " "))
			.withMessageContaining("api-version");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AzureOpenAI.v1(ENDPOINT).deployments(Map.of("gpt-4o", "")))
			.withMessage("The Azure OpenAI deployment of model 'gpt-4o' must not be empty");
	}

}
