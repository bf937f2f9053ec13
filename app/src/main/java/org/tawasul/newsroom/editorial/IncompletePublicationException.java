package org.tawasul.newsroom.editorial;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A publication cannot be submitted or published yet: these required parts are missing (message keys). */
public class IncompletePublicationException extends EditorialException {

	private final List<String> missing;

	public IncompletePublicationException(List<String> missing) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.incomplete", missing.size());
		this.missing = List.copyOf(missing);
	}

	public List<String> missing() {
		return missing;
	}
}
