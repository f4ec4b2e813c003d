package org.openaiboot.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.web.util.UriUtils;

/**
 * Makes the absolute URI of each call, so that {@code RestClient} need not expand a
 * template; the URI of a path without variables or query is made once. Path variables and
 * query values are encoded strictly: only unreserved characters stay as they are.
 */
final class CallUris {

	private final String baseUrl;

	private final @Nullable AzureOpenAI azure;

	/** The query parameter every call carries, such as Azure's {@code api-version}. */
	private final @Nullable String sharedParameter;

	private final Map<String, URI> fixedUris = new ConcurrentHashMap<>();

	/**
	 * Make the URIs of the calls to a server.
	 * @param baseUrl the base URL
	 * @param azure the shape of an Azure OpenAI resource's paths, {@code null} for
	 * OpenAI's
	 */
	CallUris(String baseUrl, @Nullable AzureOpenAI azure) {
		this.baseUrl = baseUrl;
		this.azure = azure;
		String apiVersion = (azure != null) ? azure.apiVersion() : null;
		this.sharedParameter = (apiVersion != null)
				? "api-version=" + UriUtils.encode(apiVersion, StandardCharsets.UTF_8) : null;
	}

	/**
	 * The absolute URI of a call.
	 * @param call the call
	 * @return the URI
	 */
	URI of(ApiCall call) {
		String prefix = (this.azure != null) ? this.azure.pathPrefix(call) : "";
		if (call.pathVariables().isEmpty() && call.query().isEmpty()) {
			return this.fixedUris.computeIfAbsent(prefix + call.path(), (path) -> URI
				.create(this.baseUrl + path + ((this.sharedParameter != null) ? "?" + this.sharedParameter : "")));
		}
		StringBuilder uri = new StringBuilder(this.baseUrl).append(prefix);
		String path = call.path();
		int from = 0;
		for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', from)) {
			int close = path.indexOf('}', open);
			String value = call.pathVariables().get(path.substring(open + 1, close));
			Assert.state(value != null, () -> "No value for the path variable of " + path);
			uri.append(path, from, open).append(UriUtils.encode(value, StandardCharsets.UTF_8));
			from = close + 1;
		}
		uri.append(path, from, path.length());
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : call.query().entrySet()) {
			for (String value : parameter.getValue()) {
				uri.append(separator)
					.append(UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(UriUtils.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		if (this.sharedParameter != null) {
			uri.append(separator).append(this.sharedParameter);
		}
		return URI.create(uri.toString());
	}

}
