package org.openaiboot.client;

import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.moderations.CreateModerationRequest;
import org.openaiboot.models.moderations.CreateModerationResponse;

import org.springframework.util.Assert;

/**
 * The moderations API: {@code POST /moderations} checks texts against OpenAI's usage
 * policies, category by category.
 * <pre class="code">
 * OpenAIModerationsClient moderations = new OpenAIModerationsClient(transport);
 * boolean flagged = moderations.createModeration(CreateModerationRequest.of(text))
 *     .results().get(0).flagged();
 * </pre>
 */
public class OpenAIModerationsClient implements OpenAIResourceClient {

	private static final String PATH = "/moderations";

	private static final String CREATE = "createModeration";

	private final OpenAITransport transport;

	public OpenAIModerationsClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * Classify one or more texts.
	 * @param request the request; without a model the server chooses one
	 * @return one result per input text
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public CreateModerationResponse createModeration(CreateModerationRequest request) {
		Assert.notNull(request, "request must not be null");
		String model = (request.model() != null) ? request.model().value() : null;
		return this.transport.execute(ApiCall.post(CREATE, PATH, request, model), CreateModerationResponse.class);
	}

	@Override
	public String resourceName() {
		return "moderations";
	}

}
