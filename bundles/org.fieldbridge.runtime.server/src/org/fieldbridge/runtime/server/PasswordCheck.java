/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/**
 * Checks a password offered by a client against what the site keeps for that user (normally a salted
 * hash, see {@link PasswordHash}). The server never stores, logs or returns the password.
 */
@FunctionalInterface
public interface PasswordCheck {

    /**
     * @param candidate the password the client sent; the caller wipes the array afterwards
     * @return true when it is the user's password
     */
    boolean matches(char[] candidate);
}
