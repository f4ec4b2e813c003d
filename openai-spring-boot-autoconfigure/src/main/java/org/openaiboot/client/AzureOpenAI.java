package org.openaiboot.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

/**
 * Where and how an Azure OpenAI resource takes the calls, for
 * {@link OpenAITransportBuilder#azure(AzureOpenAI)}. Azure serves the API in two shapes:
 * <ul>
 * <li>{@link #v1(String) v1}: {@code https://<resource>.openai.azure.com/openai/v1/...},
 * the paths of OpenAI's own API, where the request's {@code model} names the
 * deployment;</li>
 * <li>{@link #deployments(String, String) deployments}: the older shape, where the calls
 * of a model (chat, completions, embeddings, images and audio) go to
 * {@code /openai/deployments/<deployment>/...} and every call carries an
 * {@code api-version} query parameter.</li>
 * </ul>
 * The API key is sent in the {@code api-key} header, as Azure expects; a bearer token
 * from Microsoft Entra ID can be sent instead with
 * {@link OpenAITransportBuilder#accessToken(AccessTokenProvider)}.
 */
public final class AzureOpenAI {

	/** The paths Azure serves below a deployment in the deployments shape. */
	private static final Set<String> DEPLOYMENT_PATHS = Set.of("/completions", "/chat/completions", "/embeddings",
			"/images/generations", "/images/edits", "/images/variations", "/audio/speech", "/audio/transcriptions",
			"/audio/translations");

	private final String endpoint;

	private final boolean deploymentPaths;

	private final @Nullable String apiVersion;

	private final Map<String, String> deployments;

	private AzureOpenAI(String endpoint, boolean deploymentPaths, @Nullable String apiVersion,
			Map<String, String> deployments) {
		this.endpoint = endpoint;
		this.deploymentPaths = deploymentPaths;
		this.apiVersion = apiVersion;
		this.deployments = Map.copyOf(deployments);
	}

	/**
	 * A resource called through its v1 API.
	 * @param endpoint the resource's endpoint, such as
	 * {@code https://my-resource.openai.azure.com}
	 * @return the settings
	 */
	public static AzureOpenAI v1(String endpoint) {
		return new AzureOpenAI(checkEndpoint(endpoint), false, null, Map.of());
	}

	/**
	 * A resource called through deployment paths with an API version.
	 * @param endpoint the resource's endpoint, such as
	 * {@code https://my-resource.openai.azure.com}
	 * @param apiVersion the {@code api-version} of every call, such as
	 * {@code 2024-10-21}
	 * @return the settings
	 */
	public static AzureOpenAI deployments(String endpoint, String apiVersion) {
		Assert.isTrue(StringUtils.hasText(apiVersion),
				"The api-version of Azure OpenAI's deployment paths must not be empty");
		return new AzureOpenAI(checkEndpoint(endpoint), true, apiVersion, Map.of());
	}

	/**
	 * The same settings with an {@code api-version} query parameter on every call; the
	 * v1 API takes {@code preview} for its preview features.
	 * @param apiVersion the version, or {@code null} for none (v1 only)
	 * @return new settings
	 */
	public AzureOpenAI apiVersion(@Nullable String apiVersion) {
		Assert.isTrue(!this.deploymentPaths || StringUtils.hasText(apiVersion),
				"The api-version of Azure OpenAI's deployment paths must not be empty");
		return new AzureOpenAI(this.endpoint, this.deploymentPaths, apiVersion, this.deployments);
	}

	/**
	 * The same settings with the deployment that serves each model, for the deployments
	 * shape; a model without an entry is taken to be deployed under its own name.
	 * @param deployments deployment names by model
	 * @return new settings
	 */
	public AzureOpenAI deployments(Map<String, String> deployments) {
		deployments.forEach((model, deployment) -> Assert.isTrue(StringUtils.hasText(deployment),
				() -> "The Azure OpenAI deployment of model '" + model + "' must not be empty"));
		return new AzureOpenAI(this.endpoint, this.deploymentPaths, this.apiVersion, deployments);
	}

	/**
	 * The base URL the calls' paths are appended to.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.endpoint + (this.deploymentPaths ? "/openai" : "/openai/v1");
	}

	@Nullable String apiVersion() {
		return this.apiVersion;
	}

	/**
	 * The part of the path that comes between the base URL and the call's own path:
	 * {@code /deployments/<deployment>} for a model's call in the deployments shape,
	 * otherwise nothing.
	 */
	String pathPrefix(ApiCall call) {
		String model = call.model();
		if (!this.deploymentPaths || model == null || !DEPLOYMENT_PATHS.contains(call.path())) {
			return "";
		}
		String deployment = this.deployments.getOrDefault(model, model);
		return "/deployments/" + UriUtils.encode(deployment, StandardCharsets.UTF_8);
	}

	private static String checkEndpoint(String endpoint) {
		Assert.isTrue(StringUtils.hasText(endpoint), "The Azure OpenAI endpoint must not be empty");
		String trimmed = StringUtils.trimTrailingCharacter(endpoint.strip(), '/');
		Assert.isTrue(trimmed.startsWith("https://") || trimmed.startsWith("http://"),
				() -> "The Azure OpenAI endpoint must be an http(s) URL, but was '" + endpoint + "'");
		return trimmed;
	}

	@Override
	public String toString() {
		return "AzureOpenAI[" + baseUrl() + ", apiVersion=" + this.apiVersion + ", deployments=" + this.deployments
				+ "]";
	}

}
