package org.tawasul.vigilance.evidence;

import org.springframework.http.HttpStatus;
import org.tawasul.platform.DomainException;

/** A capture was refused before or while fetching: bad scheme, private address, too large, too slow, unreachable. */
public class CaptureRefused extends DomainException {

	CaptureRefused(String reasonKey, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, reasonKey, arguments);
	}
}
