/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.Set;

/**
 * Who a certificate or issued-token session is, kept as the Milo identity's user data: the user name and the
 * plant roles the identity itself named (the configuration may give the same user name more, see
 * {@link PlantRoleMapper}).
 */
record AuthenticatedUser(String name, Set<String> plantRoles) {

    AuthenticatedUser {
        plantRoles = Set.copyOf(plantRoles);
    }

    // A user name comes from a certificate or token, i.e. from the client: keep control characters out of logs.
    static String printable(String text) {
        return printable(text, 64);
    }

    /** @return client input cut to {@code max} characters (then "..."), control characters as '?' */
    static String printable(String text, int max) {
        String shortened = text.length() > max ? text.substring(0, max) + "..." : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
