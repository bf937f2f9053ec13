/**
 * Publications (press releases, news, truth statements, reportages, digital content), their translations,
 * four-eyes approval, scheduling and the public site with its feeds.
 */
@ApplicationModule(displayName = "Newsroom")
@NullMarked
package org.tawasul.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
