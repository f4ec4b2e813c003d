package org.openaiboot.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Builds the parts of a {@code multipart/form-data} request: one text part per field of a
 * request record, plus the file parts.
 * <p>
 * The fields come from the record's JSON form, so that each is named and written exactly
 * as in JSON: {@code true}/{@code false}, numbers as Jackson writes them, wrapped values
 * such as a response format by their wire value. Absent fields are left out, a list is
 * sent as one part per element named {@code field[]} (such as {@code include[]}), as the
 * API reads form arrays, and an object as one part per member, named
 * {@code field[member]} (such as {@code expires_after[seconds]}).
 */
final class MultipartForm {

	private static final TypeReference<Map<String, @Nullable Object>> FIELDS = new TypeReference<>() {
	};

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final JsonMapper jsonMapper;

	private final MultiValueMap<String, HttpEntity<?>> parts = new LinkedMultiValueMap<>();

	private MultipartForm(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Start a form with the fields of a request.
	 * @param jsonMapper the mapper of the wire format
	 * @param fields the request record holding the non-binary fields
	 * @return the form
	 */
	static MultipartForm of(JsonMapper jsonMapper, Object fields) {
		MultipartForm form = new MultipartForm(jsonMapper);
		jsonMapper.convertValue(fields, FIELDS).forEach(form::field);
		return form;
	}

	private void field(String name, @Nullable Object value) {
		if (value instanceof Iterable<?> values) {
			values.forEach((element) -> field(name + "[]", element));
		}
		else if (value instanceof Map<?, ?> members) {
			members.forEach((member, element) -> field(name + "[" + member + "]", element));
		}
		else if (value != null) {
			this.parts.add(name, new HttpEntity<>(text(value), headers(name, null, TEXT)));
		}
	}

	private String text(Object value) {
		return (value instanceof String string) ? string : this.jsonMapper.writeValueAsString(value);
	}

	/**
	 * Add a file part.
	 * @param name the part name
	 * @param content the content, or {@code null} to send no such part
	 * @return this form
	 */
	MultipartForm file(String name, @Nullable FileContent content) {
		if (content != null) {
			this.parts.add(name,
					new HttpEntity<>(content.resource(), headers(name, content.filename(), content.contentType())));
		}
		return this;
	}

	MultiValueMap<String, HttpEntity<?>> build() {
		return this.parts;
	}

	private static HttpHeaders headers(String name, @Nullable String filename, MediaType contentType) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDispositionFormData(name, filename);
		headers.setContentType(contentType);
		return headers;
	}

	/**
	 * Whether every part can be written more than once.
	 * @param parts the parts
	 * @return {@code false} if a part is read from a stream
	 */
	static boolean isReplayable(MultiValueMap<String, ?> parts) {
		return parts.values()
			.stream()
			.flatMap(List::stream)
			.map((part) -> (part instanceof HttpEntity<?> entity) ? entity.getBody() : part)
			.noneMatch((body) -> body instanceof Resource resource && resource.isOpen());
	}

}
