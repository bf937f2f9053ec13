package org.tawasul.reporting.internal;

import java.util.List;

/** What is wrong with one field of a report: a message key and its arguments, resolved in the caller's language. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

	static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, List.of(arguments));
	}
}
