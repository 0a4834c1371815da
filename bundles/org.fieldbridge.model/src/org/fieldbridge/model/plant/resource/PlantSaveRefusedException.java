/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.io.IOException;
import java.util.List;

/**
 * A plant that cannot be written as it is, e.g. because it refers to an element that was cut and not pasted.
 * Nothing was written; the message says, in the plant's words, what to change before saving again.
 */
public class PlantSaveRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    /**
     * @param reasons one sentence per problem, each naming the element and what to do
     */
    public PlantSaveRefusedException(List<String> reasons) {
        super(String.join("\n", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** @return one sentence per problem */
    public List<String> reasons() {
        return reasons;
    }
}
