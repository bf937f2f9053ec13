package org.tawasul.reporting.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.tawasul.platform.DomainException;

/** A report that cannot be accepted as typed; lists every field that needs correcting. */
public class InvalidReport extends DomainException {

	private final List<FieldProblem> problems;

	InvalidReport(List<FieldProblem> problems) {
		super(HttpStatus.BAD_REQUEST, "problem.invalid-request");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
