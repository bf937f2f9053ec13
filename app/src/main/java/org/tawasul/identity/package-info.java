/**
 * Staff accounts, roles, regions and sign-in (password plus a second factor for privileged roles). Publishes the
 * roles and the region reference data other modules use.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package org.tawasul.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
