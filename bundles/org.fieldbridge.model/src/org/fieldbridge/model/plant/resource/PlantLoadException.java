/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.io.IOException;
import java.util.List;

/** A plant file could not be read cleanly; {@link #problems()} says where and why. */
public class PlantLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what went wrong, at least one
     * @param cause    the underlying exception, may be {@code null}
     */
    public PlantLoadException(List<LoadProblem> problems, Throwable cause) {
        super(summary(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in file order as reported by the parser */
    public List<LoadProblem> problems() {
        return problems;
    }

    private static String summary(List<LoadProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (LoadProblem problem : problems) {
            if (text.length() > 0) {
                text.append(System.lineSeparator());
            }
            text.append(problem);
        }
        return text.toString();
    }
}
