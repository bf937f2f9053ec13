package org.tawasul.newsroom.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.blob.BlobStore;

/**
 * Lead images of publications, by content address: immutable, cached for a year. Only blobs that are some
 * publication's lead image are served, and only as the image types they really are.
 */
@Controller
class LeadImages {

	private final BlobStore blobs;

	private final PublicCatalog catalog;

	LeadImages(BlobStore blobs, PublicCatalog catalog) {
		this.blobs = blobs;
		this.catalog = catalog;
	}

	@GetMapping("/media/{sha256:[0-9a-f]{64}}")
	ResponseEntity<InputStreamResource> image(@PathVariable String sha256) throws IOException {
		if (!catalog.isLeadImage(sha256) || !blobs.contains(sha256)) {
			throw new DomainException(HttpStatus.NOT_FOUND, "newsroom.not-found");
		}
		byte[] head;
		try (InputStream in = blobs.open(sha256)) {
			head = in.readNBytes(12);
		}
		MediaType type = ImageTypes.detect(head);
		if (type == null) {
			throw new DomainException(HttpStatus.NOT_FOUND, "newsroom.not-found");
		}
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.eTag(sha256)
			.body(new InputStreamResource(blobs.open(sha256)));
	}
}
