package org.openaiboot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.AzureOpenAI;

/**
 * How a connection of kind {@code azure} calls its Azure OpenAI resource.
 */
public class OpenAIAzureProperties {

	/**
	 * Shape of the resource's paths: 'v1' (/openai/v1/..., the model naming the
	 * deployment) or 'deployments' (/openai/deployments/{deployment}/..., with an
	 * api-version).
	 */
	private Paths paths = Paths.V1;

	/**
	 * Value of the api-version query parameter sent with every call. Required for the
	 * deployments paths, such as 2024-10-21; for v1 only to reach preview features
	 * ('preview').
	 */
	private @Nullable String apiVersion;

	/**
	 * Deployment serving each model, by model name, for the deployments paths; a model
	 * without an entry is taken to be deployed under its own name.
	 */
	private Map<String, String> deployments = new LinkedHashMap<>();

	public Paths getPaths() {
		return this.paths;
	}

	public void setPaths(Paths paths) {
		this.paths = paths;
	}

	public @Nullable String getApiVersion() {
		return this.apiVersion;
	}

	public void setApiVersion(@Nullable String apiVersion) {
		this.apiVersion = apiVersion;
	}

	public Map<String, String> getDeployments() {
		return this.deployments;
	}

	public void setDeployments(Map<String, String> deployments) {
		this.deployments = deployments;
	}

	/**
	 * The settings of the client for a resource.
	 * @param endpoint the resource's endpoint
	 * @param prefix the properties' prefix, to name in a message
	 * @return the settings
	 */
	AzureOpenAI toAzure(String endpoint, String prefix) {
		if (this.paths == Paths.DEPLOYMENTS) {
			if (this.apiVersion == null || this.apiVersion.isBlank()) {
				throw new IllegalStateException(prefix + ".azure.api-version must be set for the deployments paths"
						+ " of Azure OpenAI, for example to 2024-10-21");
			}
			return AzureOpenAI.deployments(endpoint, this.apiVersion).deployments(this.deployments);
		}
		return AzureOpenAI.v1(endpoint).apiVersion(this.apiVersion);
	}

	/**
	 * The shapes of an Azure OpenAI resource's paths.
	 */
	public enum Paths {

		/**
		 * The v1 API: OpenAI's paths below /openai/v1.
		 */
		V1,

		/**
		 * Deployment paths below /openai/deployments, with an api-version.
		 */
		DEPLOYMENTS

	}

}
