/**
 * The live near-duplicate index (rumour groups) and the claim index of published truth statements, built on the
 * {@code org.tawasul.text} engine. Both are derived data, rebuilt from PostgreSQL on start.
 */
@ApplicationModule(displayName = "Similarity")
@NullMarked
package org.tawasul.similarity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
