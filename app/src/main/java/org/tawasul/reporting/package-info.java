/**
 * Citizen reports of harmful online content (منصة إبلاغ): the public web form and API, uploads, tracking
 * codes and the reporter's follow-up page, and the staff triage inbox. Publishes {@link org.tawasul.reporting.ReportSubmitted},
 * {@link org.tawasul.reporting.ReportTriaged} and {@link org.tawasul.reporting.ReportEscalated}.
 */
@ApplicationModule(displayName = "Citizen reporting (E-Blagh)")
@NullMarked
package org.tawasul.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
