package org.openaiboot.models.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * One OpenAPI spec file as swagger-parser reads it, with references kept unresolved so
 * that every {@code $ref} still names the component schema it points to.
 */
final class Spec {

	static final String REF_PREFIX = "#/components/schemas/";

	private final OpenAPI openApi;

	private Spec(OpenAPI openApi) {
		this.openApi = openApi;
	}

	static Spec read(Path file) {
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toUri().toString(), null, options);
		if (result.getOpenAPI() == null) {
			throw new IllegalStateException("Cannot read " + file + ": " + result.getMessages());
		}
		return new Spec(result.getOpenAPI());
	}

	String version() {
		return this.openApi.getInfo().getVersion();
	}

	@SuppressWarnings("rawtypes")
	Map<String, Schema> schemas() {
		return this.openApi.getComponents().getSchemas();
	}

	@SuppressWarnings("rawtypes")
	Schema schema(String name) {
		Schema schema = schemas().get(name);
		if (schema == null) {
			throw new IllegalArgumentException("No schema " + name + " in spec " + version());
		}
		return schema;
	}

	/**
	 * The operations of the spec, each with the schemas its request and responses name.
	 * @return the operations in the order of the spec
	 */
	List<ApiOperation> operations() {
		List<ApiOperation> operations = new ArrayList<>();
		this.openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> operations.add(operation(path, method, operation))));
		return operations;
	}

	/**
	 * The payload schema of each webhook, by the webhook's name.
	 * @return the webhook payloads
	 */
	Map<String, String> webhookPayloads() {
		Map<String, String> payloads = new LinkedHashMap<>();
		if (this.openApi.getWebhooks() != null) {
			this.openApi.getWebhooks().forEach((name, item) -> item.readOperations()
				.forEach((operation) -> contentRefs(operation.getRequestBody() != null
						? operation.getRequestBody().getContent() : null, (ref) -> payloads.put(name, ref))));
		}
		return payloads;
	}

	private ApiOperation operation(String path, PathItem.HttpMethod method, Operation operation) {
		List<String> roots = new ArrayList<>();
		if (operation.getRequestBody() != null) {
			contentRefs(operation.getRequestBody().getContent(), roots::add);
		}
		if (operation.getResponses() != null) {
			operation.getResponses().values().forEach((response) -> contentRefs(response.getContent(), roots::add));
		}
		List<String> tags = (operation.getTags() != null) ? operation.getTags() : List.of();
		return new ApiOperation(path, method.name(), operation.getOperationId(), tags, roots);
	}

	@SuppressWarnings("rawtypes")
	private static void contentRefs(Content content, Consumer<String> refs) {
		if (content != null) {
			content.values().forEach((media) -> {
				Schema schema = media.getSchema();
				if (schema != null) {
					References.each(schema, refs);
				}
			});
		}
	}

	/**
	 * An operation of the spec.
	 * @param path the path, as the spec writes it
	 * @param method the HTTP method
	 * @param id the operation id
	 * @param tags the operation's tags
	 * @param schemas the component schemas its request body and responses name directly
	 */
	record ApiOperation(String path, String method, String id, List<String> tags, List<String> schemas) {

	}

}
