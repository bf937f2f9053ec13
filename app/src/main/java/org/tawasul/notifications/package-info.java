/**
 * Messages to reporters and staff (email), from templates in each language. Listens to other modules' events;
 * publishes none.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package org.tawasul.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
