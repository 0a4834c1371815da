/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an identity from outside the plant names its plant roles: the values of one attribute of the identity
 * (a subject attribute such as {@code OU} of a user certificate, a claim such as {@code roles} or
 * {@code groups} of a JWT) are looked up in a table; each value found gives the plant roles listed for it.
 * Values not in the table give nothing: an IT group never becomes a plant role by accident of its name.
 *
 * @param attribute the subject attribute type ({@code OU}, {@code O}, {@code CN}, {@code DC}, ...) or the
 *        claim name; a claim inside an object is written with dots ({@code realm_access.roles})
 * @param rolesByValue attribute value -> plant role names
 */
public record IdentityRoleMapping(String attribute, Map<String, Set<String>> rolesByValue) {

    public IdentityRoleMapping {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("the attribute that names the roles must not be blank");
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        rolesByValue.forEach((value, roles) -> copy.put(Objects.requireNonNull(value, "value"), Set.copyOf(roles)));
        rolesByValue = Map.copyOf(copy);
    }

    /** @return a mapping of {@code attribute} with no values yet */
    public static IdentityRoleMapping of(String attribute) {
        return new IdentityRoleMapping(attribute, Map.of());
    }

    /** @return this mapping and {@code value} giving {@code roles} */
    public IdentityRoleMapping with(String value, Collection<String> roles) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(rolesByValue);
        copy.computeIfAbsent(value, v -> new LinkedHashSet<>());
        Set<String> merged = new LinkedHashSet<>(copy.get(value));
        merged.addAll(roles);
        copy.put(value, merged);
        return new IdentityRoleMapping(attribute, copy);
    }

    /** @return the plant roles the given attribute values give, in a stable order */
    public Set<String> rolesFor(Collection<String> values) {
        Set<String> roles = new LinkedHashSet<>();
        for (String value : values) {
            roles.addAll(rolesByValue.getOrDefault(value, Set.of()));
        }
        return roles;
    }
}
