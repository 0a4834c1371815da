/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario file: one step a line, in simulated seconds since the start; {@code #} starts a comment.
 *
 * <pre>
 * 30  set Tank1.BathTempSetpoint 24.5     # a signal (qualified name or its tail) takes a value
 * 60  fault PLC4 silent                   # a fault command for a Modbus connection
 * 90  fault PLC4 heal
 * </pre>
 */
public final class Scenario {

    /**
     * One step.
     *
     * @param at      simulated seconds since the start
     * @param target  the signal ({@code set}) or the connection ({@code fault})
     * @param action  {@code set} or {@code fault}
     * @param argument the value ({@code set}) or the fault command ({@code fault})
     * @param where   {@code file:line} of the step
     */
    public record Step(double at, String action, String target, String argument, String where) {
    }

    private final List<Step> steps;

    private Scenario(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * @return the scenario of a file
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException naming {@code file:line} and what is wrong, for a line it cannot read
     */
    public static Scenario read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!text.isEmpty()) {
                steps.add(step(text, file.getFileName() + ":" + (i + 1)));
            }
        }
        return new Scenario(steps);
    }

    private static Step step(String text, String where) {
        String[] w = text.split("\\s+", 4);
        double at;
        try {
            at = Double.parseDouble(w[0]);
        } catch (NumberFormatException e) {
            at = -1;
        }
        if (at < 0 || Double.isInfinite(at) || w.length < 4) {
            throw new IllegalArgumentException(where + ": write SECONDS set SIGNAL VALUE or SECONDS fault CONNECTION "
                    + "COMMAND, not '" + text + "'");
        }
        String action = w[1].toLowerCase(Locale.ROOT);
        if (action.equals("set")) {
            try {
                Double.parseDouble(w[3].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": the value must be a number (states: 0 or 1), not '"
                        + w[3] + "'");
            }
        } else if (!action.equals("fault")) {
            throw new IllegalArgumentException(where + ": a step is 'set' or 'fault', not '" + w[1] + "'");
        }
        return new Step(at, action, w[2], w[3].strip(), where);
    }

    /** @return the steps, in file order */
    public List<Step> steps() {
        return steps;
    }
}
