package org.openaiboot.client.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openaiboot.client.conformance.Violation.Kind;

/**
 * The violations found in one request, kept apart from two kinds of note that are still
 * reported: undeclared members the allow-list admits, and requirements of the spec that
 * no request can meet.
 */
final class Report {

	private final String operationId;

	private final Set<String> allowList;

	private final List<Violation> violations = new ArrayList<>();

	private final List<Violation> allowed = new ArrayList<>();

	private final List<Violation> specDefects = new ArrayList<>();

	/**
	 * A report for one request.
	 * @param operationId the operation the request is for
	 * @param allowList keys ({@link Violation#key()}) of undeclared members or parts to
	 * admit
	 */
	Report(String operationId, Set<String> allowList) {
		this.operationId = operationId;
		this.allowList = allowList;
	}

	void add(Kind kind, String where, String detail) {
		this.violations.add(new Violation(this.operationId, kind, where, detail));
	}

	/**
	 * Record a member or part the schema does not declare: a violation unless the
	 * allow-list names it.
	 * @param kind {@link Kind#UNDECLARED_MEMBER} or {@link Kind#UNDECLARED_PART}
	 * @param where its place
	 * @param detail what the schema declares instead
	 */
	void undeclared(Kind kind, String where, String detail) {
		Violation violation = new Violation(this.operationId, kind, where, detail);
		if (kind.allowable() && this.allowList.contains(violation.key())) {
			this.allowed.add(violation);
		}
		else {
			this.violations.add(violation);
		}
	}

	/**
	 * Record a requirement of the spec itself that no request can meet: a member a
	 * schema requires but neither declares nor admits as an additional property. It is
	 * the spec's fault, not the client's, and is reported apart from the violations.
	 * @param where the member's place
	 * @param detail why no request can conform
	 */
	void specDefect(String where, String detail) {
		this.specDefects.add(new Violation(this.operationId, Kind.SPEC_DEFECT, where, detail));
	}

	/**
	 * An empty report for trying one variant of a {@code oneOf}.
	 * @return the report
	 */
	Report child() {
		return new Report(this.operationId, this.allowList);
	}

	/**
	 * Keep the notes of the variant that matched.
	 * @param child the variant's report
	 */
	void keepNotesOf(Report child) {
		this.allowed.addAll(child.allowed);
		this.specDefects.addAll(child.specDefects);
	}

	List<Violation> violations() {
		return this.violations;
	}

	List<Violation> allowed() {
		return this.allowed;
	}

	List<Violation> specDefects() {
		return this.specDefects;
	}

}
