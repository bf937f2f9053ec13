/**
 * The platform every module stands on: the database (embedded PostgreSQL when none is configured), the clock,
 * the web surface's shared pieces (layout, languages, problem documents, rate limits) and the blob store for
 * uploaded and captured files. It owns no business state and publishes no events; it is an open module so that
 * every business module may use its types.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.tawasul.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
