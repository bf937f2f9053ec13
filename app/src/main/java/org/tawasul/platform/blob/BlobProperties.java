package org.tawasul.platform.blob;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param directory where the filesystem blob store keeps its files */
@ConfigurationProperties("tawasul.blobs")
public record BlobProperties(@DefaultValue("data/blobs") Path directory) {
}
