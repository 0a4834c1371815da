/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.secrets;

import java.util.Optional;

/** Asks a person for a password that is not stored yet. */
@FunctionalInterface
public interface PasswordPrompt {

    /**
     * @param purpose what it is for, e.g. {@code password of user fieldbridge on Oven2}
     * @param why why it is asked for, e.g. {@code environment variable FB_OVEN2_PASSWORD is not set for the workbench}
     * @return the password (the caller wipes it), or empty when the person cancelled
     */
    Optional<char[]> ask(String purpose, String why);
}
