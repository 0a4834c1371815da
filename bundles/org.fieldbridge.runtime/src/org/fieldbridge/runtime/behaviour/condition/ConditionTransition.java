/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

/** What made a condition report an event (each is one event notification, OPC 10000-9 §4.3). */
public enum ConditionTransition {
    /** The alarm became active (ActiveState True, AckedState and ConfirmedState False). */
    ACTIVATED,
    /** The alarm returned to normal (ActiveState False). */
    DEACTIVATED,
    /** The previous unacknowledged activation moved to a branch because a new one arrived (§5.5.2). */
    BRANCHED,
    /** An operator acknowledged (AckedState True). */
    ACKNOWLEDGED,
    /** An operator confirmed (ConfirmedState True). */
    CONFIRMED,
    /** An operator added a comment. */
    COMMENTED,
    /** The condition was enabled (EnabledState True): it reports its current state. */
    ENABLED,
    /** The condition was disabled (EnabledState False, Retain False): it reports nothing until enabled. */
    DISABLED
}
