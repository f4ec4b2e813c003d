package org.openaiboot.client.conformance;

/**
 * One way a request broke the spec, as the spec-validating server saw it.
 *
 * @param operationId the operation the request was for, or {@code ?} if none matched
 * @param kind what was wrong
 * @param where the place: a JSON path into the body ({@code $.messages[0].role}), a
 * form part, a parameter or the request line
 * @param detail the rule and the value
 */
record Violation(String operationId, Kind kind, String where, String detail) {

	/**
	 * The key of the allow-list: the operation and the place, such as
	 * {@code createChatCompletion $.messages[0].name}.
	 * @return the key
	 */
	String key() {
		return this.operationId + " " + this.where;
	}

	@Override
	public String toString() {
		return this.operationId + " " + this.where + ": " + this.kind + " (" + this.detail + ")";
	}

	/**
	 * The kinds of violation. Only {@link #UNDECLARED_MEMBER} and
	 * {@link #UNDECLARED_PART} can ever be allowed: a member or part today's API knows
	 * and the spec's version does not.
	 */
	enum Kind {

		UNKNOWN_OPERATION, PATH_PARAMETER, QUERY_PARAMETER, CONTENT_TYPE, MALFORMED_BODY, MISSING_MEMBER, WRONG_TYPE,
		NOT_IN_ENUM, CONSTRAINT, NO_MATCHING_VARIANT, UNDECLARED_MEMBER, MISSING_PART, UNDECLARED_PART, SERVER_FAILURE,

		/**
		 * A member of the body the test built that the client did not send as built: lost,
		 * changed or added on the way from the JSON to the model and back.
		 */
		NOT_AS_BUILT,

		/**
		 * A member of the server's answer the client did not read back as answered.
		 */
		NOT_AS_ANSWERED,

		/**
		 * A value of a union a model read as its {@code Unknown} variant, untyped.
		 */
		UNKNOWN_VARIANT,

		/**
		 * Not a violation but a note: a requirement of the spec no request can meet.
		 */
		SPEC_DEFECT;

		boolean allowable() {
			return this == UNDECLARED_MEMBER || this == UNDECLARED_PART;
		}

	}

}
