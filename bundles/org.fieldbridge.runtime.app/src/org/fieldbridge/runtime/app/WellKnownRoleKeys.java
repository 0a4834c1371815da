/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.fieldbridge.runtime.app.PropertiesFile.Entry;
import org.fieldbridge.runtime.server.WellKnownRole;

/**
 * The {@code roles.wellKnown.<Role>} keys of fieldbridge-runtime.properties (docs/runtime-app.md, docs/opcua-server.md
 * "Roles"): which plant roles hold a well-known role of OPC 10000-3 §4.9.2, replacing the default rule for that role
 * only. {@code roles.wellKnown.Supervisor=shiftLead} makes holders of {@code shiftLead} Supervisors; an empty value
 * gives the role to nobody.
 */
final class WellKnownRoleKeys {

    static final String PREFIX = "roles.wellKnown.";
    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final PropertiesFile file;

    WellKnownRoleKeys(PropertiesFile file) {
        this.file = file;
    }

    /** @return true for a key of this reader ({@code roles.*}); it checks them itself */
    static boolean owns(String key) {
        return key.startsWith("roles.");
    }

    /** @return every key, for suggestions */
    static List<String> knownKeys() {
        return Arrays.stream(WellKnownRole.values()).map(r -> PREFIX + r.browseName()).toList();
    }

    /** @return the plant roles listed per configured well-known role; the others keep the default rule */
    Map<WellKnownRole, List<String>> read() throws ConfigurationException {
        Map<WellKnownRole, List<String>> holders = new EnumMap<>(WellKnownRole.class);
        for (Entry entry : file.entries()) {
            if (!owns(entry.key())) {
                continue;
            }
            WellKnownRole role = role(entry);
            List<String> plantRoles = new ArrayList<>();
            if (!entry.value().isBlank()) {
                for (String item : entry.value().split(",", -1)) {
                    String name = item.strip();
                    if (!ROLE.matcher(name).matches()) {
                        throw error(entry, name.isEmpty() ? "empty item in the comma-separated list"
                                : "'" + name + "' is not a plant role name");
                    }
                    plantRoles.add(name);
                }
            }
            holders.put(role, plantRoles);
        }
        return holders;
    }

    private WellKnownRole role(Entry entry) throws ConfigurationException {
        String key = entry.key();
        if (!key.startsWith(PREFIX)) {
            throw error(entry, "unknown key" + KeySuggestion.closest(key, knownKeys())
                    .map(k -> " (did you mean " + k + "?)").orElse(" (roles keys: " + PREFIX + "<well-known role>)"));
        }
        String name = key.substring(PREFIX.length());
        if (name.equals("Anonymous") || name.equals("AuthenticatedUser")) {
            throw error(entry, name + " is given by the kind of login (anonymous or not) and is not configured");
        }
        return WellKnownRole.fromBrowseName(name).orElseThrow(() -> error(entry, "'" + name
                + "' is not a well-known role" + KeySuggestion.closest(key, knownKeys())
                        .map(k -> " (did you mean " + k + "?)").orElse(" (" + String.join(", ", Arrays
                                .stream(WellKnownRole.values()).map(WellKnownRole::browseName).toList()) + ")")));
    }

    private ConfigurationException error(Entry entry, String problem) {
        return new ConfigurationException(file.fileName(), entry.line(), entry.key() + ": " + problem);
    }
}
