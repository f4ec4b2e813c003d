package org.openaiboot.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One call of an API operation, as a resource client describes it to the transport.
 *
 * @param operation the operation id of the spec, used in metrics and logs
 * @param method the HTTP method
 * @param path the path below the base URL, with {@code {name}} placeholders
 * @param pathVariables the values of the placeholders, URL-encoded when sent
 * @param query the query parameters
 * @param body the JSON body, or {@code null}
 * @param model the model the call names, for metrics
 */
record ApiCall(String operation, HttpMethod method, String path, Map<String, String> pathVariables,
		MultiValueMap<String, String> query, @Nullable Object body, @Nullable String model) {

	static ApiCall post(String operation, String path, Object body, @Nullable String model) {
		return new ApiCall(operation, HttpMethod.POST, path, Map.of(), new LinkedMultiValueMap<>(), body, model);
	}

}
