/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

/**
 * The one replacement that turns a text into another: what lies between their common start and their common
 * end. A keystroke, a paste or an undo in an editor is one such replacement, which partial parsing takes as it
 * is; a change that touches several places becomes one replacement spanning them all.
 *
 * @param offset where the replaced part starts
 * @param length how long the replaced part of the old text is
 * @param text what replaces it
 */
record TextChange(int offset, int length, String text) {

    /** @return the change from the old text to the new one, or null if they are equal */
    static TextChange between(String old, String now) {
        if (old.equals(now)) {
            return null;
        }
        int shorter = Math.min(old.length(), now.length());
        int start = 0;
        while (start < shorter && old.charAt(start) == now.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < shorter - start
                && old.charAt(old.length() - 1 - end) == now.charAt(now.length() - 1 - end)) {
            end++;
        }
        return new TextChange(start, old.length() - start - end, now.substring(start, now.length() - end));
    }
}
