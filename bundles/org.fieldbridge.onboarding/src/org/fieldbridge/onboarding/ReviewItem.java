/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

/**
 * An item the engineer decides on after an import: a tag that could not be mapped, a suggestion of low
 * confidence, a name clash.
 *
 * @param tag the tag's name
 * @param origin where it was read ({@code file:line}, a NodeId)
 * @param what what to decide, in plant words
 * @param mapped whether the tag was mapped anyway (with the suggestion), or left out of the model
 */
public record ReviewItem(String tag, String origin, String what, boolean mapped) {

    /** @return the item as one line */
    public String line() {
        return tag + " (" + origin + "): " + what + (mapped ? "" : " [not mapped]");
    }
}
