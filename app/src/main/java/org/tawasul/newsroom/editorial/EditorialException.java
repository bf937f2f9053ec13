package org.tawasul.newsroom.editorial;

import org.springframework.http.HttpStatus;
import org.tawasul.platform.DomainException;

/** An editorial rule said no (four eyes, wrong state, missing translation, stale edit…), with a message key. */
public class EditorialException extends DomainException {

	public EditorialException(HttpStatus status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}
}
