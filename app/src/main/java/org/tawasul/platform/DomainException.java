package org.tawasul.platform;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * A business rule said no: an illegal transition, a refused input, something unknown. It carries a message key
 * (resolved in the user's language by the web layer into a problem document's {@code detail}) and the HTTP status
 * that fits. Modules subclass it or throw it directly; they never build HTTP responses for rule violations.
 */
public class DomainException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	public DomainException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
