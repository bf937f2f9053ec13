package org.tawasul.reporting.internal;

import java.util.List;

/**
 * What is wrong with one field of a report: a message key and its arguments (as text, so numbers keep Western
 * digits in every language), resolved in the caller's language.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

	static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, java.util.Arrays.stream(arguments).map(a -> (Object) String.valueOf(a)).toList());
	}
}
