package org.openaiboot.client.logging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.openaiboot.client.transport.SecretMasker;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;

/**
 * Describes the parts of a {@code multipart/form-data} request for the log: the value of
 * each text field, and the name, filename, media type and size of each file, never its
 * bytes.
 */
final class MultipartSummary {

	private MultipartSummary() {
	}

	static String describe(MultiValueMap<?, ?> parts, int maxFieldSize, SecretMasker masker) {
		StringJoiner joined = new StringJoiner(", ", "multipart body [", "]");
		for (Map.Entry<?, ? extends List<?>> part : parts.entrySet()) {
			for (Object value : part.getValue()) {
				joined.add(part.getKey() + "=" + describe(value, maxFieldSize, masker));
			}
		}
		return joined.toString();
	}

	private static String describe(Object part, int maxFieldSize, SecretMasker masker) {
		Object body = (part instanceof HttpEntity<?> entity) ? entity.getBody() : part;
		if (body instanceof Resource resource) {
			MediaType contentType = (part instanceof HttpEntity<?> entity) ? entity.getHeaders().getContentType()
					: null;
			ContentDisposition disposition = (part instanceof HttpEntity<?> entity)
					? entity.getHeaders().getContentDisposition() : ContentDisposition.empty();
			String filename = (disposition.getFilename() != null) ? disposition.getFilename()
					: resource.getFilename();
			return "file " + masker.mask(String.valueOf(filename)) + " ("
					+ ((contentType != null) ? contentType + ", " : "") + size(resource) + ")";
		}
		byte[] text = String.valueOf(body).getBytes(StandardCharsets.UTF_8);
		return "\"" + BodyText.of(text, maxFieldSize).text(masker) + "\"";
	}

	// A resource read from a stream would be consumed by asking its length, as Spring's own
	// converters know: they do not ask it either.
	private static String size(Resource resource) {
		if (resource.isOpen()) {
			return "size unknown";
		}
		try {
			return resource.contentLength() + " bytes";
		}
		catch (IOException ex) {
			return "size unknown";
		}
	}

}
