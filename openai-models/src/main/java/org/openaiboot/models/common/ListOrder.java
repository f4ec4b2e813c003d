package org.openaiboot.models.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The sort order by {@code created_at} of a list operation's {@code order} parameter.
 *
 * @param value the wire value
 */
public record ListOrder(@JsonValue String value) {

	/** Oldest first. */
	public static final ListOrder ASC = new ListOrder("asc");

	/** Newest first. */
	public static final ListOrder DESC = new ListOrder("desc");

	/**
	 * Holds an order, which may not be {@code null}.
	 * @param value the wire value
	 */
	public ListOrder {
		Validate.required(value, "order");
	}

	/**
	 * Read an order, known or not.
	 * @param value the wire value
	 * @return the order
	 */
	@JsonCreator
	public static ListOrder of(String value) {
		return new ListOrder(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
