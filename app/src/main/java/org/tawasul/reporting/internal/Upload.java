package org.tawasul.reporting.internal;

import org.springframework.core.io.InputStreamSource;

/** A file a citizen attached, as received: the name they gave it (never trusted), its size and its bytes. */
public record Upload(String name, long size, InputStreamSource content) {
}
