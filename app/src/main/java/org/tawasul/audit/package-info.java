/**
 * The append-only, hash-chained audit trail of every staff action and every view of personal data, with its
 * verification.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.tawasul.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
