package org.openaiboot.client;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.ValidationException;

/**
 * Where each request of a batch input file is: the line of each {@code custom_id} and the
 * byte range of each line. About a hundred bytes a request, whatever the size of the
 * requests.
 */
final class BatchLineIndex {

	private final Map<String, Integer> lineByCustomId = new HashMap<>();

	// where each line ends, its line break included; the next one starts there
	private long[] ends = new long[16];

	/**
	 * Add the next line.
	 * @param customId the id of its request
	 * @param end where it ends
	 * @throws ValidationException if an earlier line has the same id
	 */
	void add(String customId, long end) {
		int line = size();
		Integer earlier = this.lineByCustomId.putIfAbsent(customId, line);
		if (earlier != null) {
			throw new ValidationException("custom_id",
					"must be unique within the batch, but requests " + earlier + " and " + line + " share it",
					customId);
		}
		if (line == this.ends.length) {
			this.ends = Arrays.copyOf(this.ends, line * 2);
		}
		this.ends[line] = end;
	}

	int size() {
		return this.lineByCustomId.size();
	}

	@Nullable Integer line(String customId) {
		return this.lineByCustomId.get(customId);
	}

	long start(int line) {
		return (line > 0) ? this.ends[line - 1] : 0;
	}

	long end(int line) {
		return this.ends[line];
	}

	long bytes() {
		return (size() > 0) ? this.ends[size() - 1] : 0;
	}

}
