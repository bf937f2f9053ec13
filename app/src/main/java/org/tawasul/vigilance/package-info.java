/**
 * Digital vigilance (اليقظة المعلوماتية): monitored items, alerts, cases and their stages, evidence with its chain
 * of custody, and the clock from first detection to public communication.
 */
@ApplicationModule(displayName = "Digital vigilance")
@NullMarked
package org.tawasul.vigilance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
