package org.openaiboot.client;

import org.openaiboot.client.error.NotFoundException;
import org.openaiboot.client.error.OpenAIApiException;
import org.openaiboot.client.error.OpenAIConnectionException;
import org.openaiboot.models.models.DeleteModelResponse;
import org.openaiboot.models.models.ListModelsResponse;
import org.openaiboot.models.models.Model;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The models API: {@code /models}, to see which models the key can use and to delete
 * fine-tuned models of the organization.
 * <p>
 * Model ids are sent as one path segment, encoded as needed, so ids of fine-tuned models
 * such as {@code ft:gpt-3.5-turbo:acme:suffix:abc123} can be passed as they are.
 */
public class OpenAIModelsClient implements OpenAIResourceClient {

	private static final String MODELS = "/models";

	private static final String MODEL = "/models/{model}";

	private final OpenAITransport transport;

	public OpenAIModelsClient(OpenAITransport transport) {
		Assert.notNull(transport, "transport must not be null");
		this.transport = transport;
	}

	/**
	 * List the models available to the key, all at once, as a {@code ListModelsResponse}.
	 * The list is not paged, so it takes no parameters and its one page has no cursors
	 * and no page after it.
	 * @return the models
	 * @throws OpenAIApiException when the API answers with an error status
	 * @throws OpenAIConnectionException when the API cannot be reached
	 */
	public Page<Model> listModels() {
		ListModelsResponse response = this.transport.execute(ApiCall.of("listModels", HttpMethod.GET, MODELS),
				ListModelsResponse.class);
		return Page.complete(response, response.data());
	}

	/**
	 * Look up one model.
	 * @param model the model id
	 * @return the model
	 * @throws org.openaiboot.models.common.ValidationException if the id is null or blank
	 * @throws NotFoundException when no such model is available to the key
	 */
	public Model retrieveModel(String model) {
		return this.transport.execute(
				ApiCall.of("retrieveModel", HttpMethod.GET, MODEL).pathVariable("model", model),
				Model.class);
	}

	/**
	 * Delete a fine-tuned model; this needs the owner role in the organization that
	 * trained it.
	 * @param model the id of the fine-tuned model
	 * @return the confirmation
	 * @throws org.openaiboot.models.common.ValidationException if the id is null or blank
	 * @throws OpenAIApiException when the API answers with an error status
	 */
	public DeleteModelResponse deleteModel(String model) {
		return this.transport.execute(
				ApiCall.of("deleteModel", HttpMethod.DELETE, MODEL).pathVariable("model", model),
				DeleteModelResponse.class);
	}

	@Override
	public String resourceName() {
		return "models";
	}

}
