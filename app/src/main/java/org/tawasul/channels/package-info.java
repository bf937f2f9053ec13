/**
 * The official social accounts (X, Facebook, Instagram): publishing connectors, deliveries with retries, and
 * audience snapshots.
 */
@ApplicationModule(displayName = "Channels")
@NullMarked
package org.tawasul.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
