package org.tawasul.reporting.internal;

import java.util.List;

/** A file that was not kept, and why (a message key and its arguments, shown in the citizen's language). */
public record RefusedFile(String name, String reasonKey, List<Object> arguments) {

	static RefusedFile of(String name, String reasonKey, Object... arguments) {
		return new RefusedFile(name, reasonKey, java.util.Arrays.stream(arguments).map(a -> (Object) String.valueOf(a)).toList());
	}
}
