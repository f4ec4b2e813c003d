package org.openaiboot.client.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@code multipart/form-data} body (RFC 7578), read just far enough to
 * check them against a schema: each part's name, file name and text.
 */
final class MultipartBody {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("(?<![a-z*])name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private MultipartBody() {
	}

	/**
	 * The boundary of a content type.
	 * @param contentType the {@code Content-Type} header
	 * @return the boundary, or {@code null} if it names none
	 */
	static @Nullable String boundary(String contentType) {
		Matcher matcher = BOUNDARY.matcher(contentType);
		if (!matcher.find()) {
			return null;
		}
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	/**
	 * Split a body into its parts.
	 * @param body the body
	 * @param boundary the boundary
	 * @return the parts, in order
	 * @throws IllegalArgumentException if the body is not a well-formed form
	 */
	static List<Part> parse(byte[] body, String boundary) {
		// ISO-8859-1 maps each byte to one char, so indexes are byte offsets
		String text = new String(body, StandardCharsets.ISO_8859_1);
		String delimiter = "--" + boundary;
		int start = text.indexOf(delimiter);
		if (start < 0) {
			throw new IllegalArgumentException("no delimiter --" + boundary);
		}
		List<Part> parts = new ArrayList<>();
		int position = start + delimiter.length();
		while (!text.startsWith("--", position)) {
			int headersStart = text.indexOf("\r\n", position) + 2;
			int headersEnd = text.indexOf("\r\n\r\n", headersStart);
			int next = text.indexOf("\r\n" + delimiter, headersEnd);
			if (headersStart < 2 || headersEnd < 0 || next < 0) {
				throw new IllegalArgumentException("unterminated part after byte " + position);
			}
			String headers = text.substring(headersStart, headersEnd);
			String disposition = header(headers, "content-disposition");
			if (disposition == null) {
				throw new IllegalArgumentException("part without Content-Disposition: " + headers);
			}
			Matcher name = NAME.matcher(disposition);
			Matcher filename = FILENAME.matcher(disposition);
			String value = new String(text.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1),
					StandardCharsets.UTF_8);
			parts.add(new Part(name.find() ? name.group(1) : null, filename.find() ? filename.group(1) : null,
					value));
			position = next + 2 + delimiter.length();
		}
		return parts;
	}

	private static @Nullable String header(String headers, String name) {
		for (String line : headers.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
				return line.substring(colon + 1).trim();
			}
		}
		return null;
	}

	/**
	 * One part of a form.
	 *
	 * @param name its name, {@code null} if the part has none
	 * @param filename its file name, {@code null} for a plain field
	 * @param text its content as UTF-8 text
	 */
	record Part(@Nullable String name, @Nullable String filename, String text) {

	}

}
