/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/**
 * A state variable of a behaviour.
 *
 * @param browseName its browse name
 * @param displayName the name shown to users
 * @param description what it means
 * @param type its value type
 */
public record StateNode(String browseName, String displayName, String description, ValueType type) {
}
