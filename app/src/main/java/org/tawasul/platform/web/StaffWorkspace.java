package org.tawasul.platform.web;

import java.util.Set;

/**
 * A module's entry on the staff home page ({@code /staff}): each module declares its workspaces as beans, so the
 * home page lists what the signed-in member may open without knowing the modules.
 *
 * @param path where the workspace starts, e.g. {@code /staff/reports}
 * @param titleKey message key of its name
 * @param roles role names (e.g. {@code TRIAGE_AGENT}) of which the member needs one to see it
 * @param order position on the home page, lowest first
 */
public record StaffWorkspace(String path, String titleKey, Set<String> roles, int order) {
}
