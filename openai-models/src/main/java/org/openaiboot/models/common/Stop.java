package org.openaiboot.models.common;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Where the model stops generating: one sequence, or a list of up to four. Sent as a JSON
 * string or a JSON array of strings.
 */
public sealed interface Stop permits Stop.Single, Stop.Multiple, Stop.Unknown {

	/** The most stop sequences a request may give. */
	int MAX_SEQUENCES = 4;

	/**
	 * The sequences, whichever form they were given in.
	 * @return the stop sequences
	 */
	List<String> sequences();

	static Stop of(String sequence) {
		return new Single(sequence);
	}

	static Stop of(String... sequences) {
		return new Multiple(Arrays.asList(sequences));
	}

	static Stop of(List<String> sequences) {
		return new Multiple(sequences);
	}

	/**
	 * Check the rule of the API: at most four sequences.
	 * @param stop the value, or {@code null}
	 * @param field the field name
	 * @return the value
	 */
	static @Nullable Stop validate(@Nullable Stop stop, String field) {
		if (stop != null) {
			Validate.maxSize(stop.sequences(), field, MAX_SEQUENCES);
		}
		return stop;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	@SuppressWarnings("unchecked")
	static Stop fromJson(Object json) {
		if (json instanceof String sequence) {
			return new Single(sequence);
		}
		if (json instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return new Multiple((List<String>) list);
		}
		return new Unknown(json);
	}

	/**
	 * A single stop sequence, sent as a JSON string.
	 *
	 * @param sequence the sequence
	 */
	record Single(@JsonValue String sequence) implements Stop {

		@Override
		public List<String> sequences() {
			return List.of(this.sequence);
		}

	}

	/**
	 * Several stop sequences, sent as a JSON array.
	 *
	 * @param sequences the sequences
	 */
	record Multiple(@JsonValue List<String> sequences) implements Stop {

		public Multiple {
			sequences = List.copyOf(sequences);
		}

	}

	/**
	 * A shape this version does not know, kept as read.
	 *
	 * @param json the JSON value
	 */
	record Unknown(@JsonValue Object json) implements Stop {

		@Override
		public List<String> sequences() {
			return List.of();
		}

	}

}
