/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fieldbridge.simulator.physics.EquipmentModel;
import org.fieldbridge.simulator.physics.SimulatedEquipment;
import org.fieldbridge.simulator.physics.SimulatedPlant;

/**
 * A scenario file: equipment models and, one step a line, what happens at a simulated time (seconds since the
 * start); {@code #} starts a comment.
 *
 * <pre>
 * model Tank3 anodizing-bath setpoint=21 heater=80kW   # Tank3's signals come from that equipment model
 * 30  set Tank1.BathTempSetpoint 24.5     # a signal (qualified name or its tail) takes a value
 * 60  Tank3 heater stuck-on               # an event of Tank3's equipment model
 * 90  fault PLC4 silent                   # a fault command for a Modbus connection
 * 120 fault PLC4 heal
 * </pre>
 */
public final class Scenario {

    /**
     * One step.
     *
     * @param at       simulated seconds since the start
     * @param action   {@code set}, {@code fault} or {@code event}
     * @param target   the signal ({@code set}), the connection ({@code fault}) or the equipment ({@code event})
     * @param argument the value ({@code set}), the fault command ({@code fault}) or the event ({@code event},
     *                 e.g. {@code heater stuck-on})
     * @param where    {@code file:line} of the step
     */
    public record Step(double at, String action, String target, String argument, String where) {
    }

    /**
     * A {@code model} line: the equipment's signals come from an equipment model.
     *
     * @param equipment  the equipment's name (qualified or its tail), e.g. {@code Tank3}
     * @param model      the equipment model
     * @param parameters the parameters as written ({@code heater} -> {@code 80kW})
     * @param where      {@code file:line} of the line
     */
    public record ModelLine(String equipment, EquipmentModel model, Map<String, String> parameters, String where) {

        /** @return the simulated equipment, named {@code name}, at its start values */
        public SimulatedEquipment create(String name) {
            return model.create(name, parameters);
        }
    }

    private final List<ModelLine> models;
    private final List<Step> steps;

    private Scenario(List<ModelLine> models, List<Step> steps) {
        this.models = List.copyOf(models);
        this.steps = List.copyOf(steps);
    }

    /**
     * @return the scenario of a file
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException naming {@code file:line} and what is wrong, for a line it cannot read
     */
    public static Scenario read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /**
     * @param name the file name the messages give
     * @see #read(Path)
     */
    public static Scenario read(InputStream in, String name) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), name);
    }

    private static Scenario parse(List<String> lines, String file) {
        List<ModelLine> models = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).strip();
            String where = file + ":" + (i + 1);
            if (text.startsWith("model ") || text.equals("model")) {
                models.add(model(text, where, models));
            } else if (!text.isEmpty()) {
                steps.add(step(text, where));
            }
        }
        List<Step> checked = new ArrayList<>();
        for (Step s : steps) {
            checked.add(s.action().equals("event") ? event(s, models) : s);
        }
        return new Scenario(models, checked);
    }

    private static ModelLine model(String text, String where, List<ModelLine> earlier) {
        String[] w = text.split("\\s+");
        if (w.length < 3) {
            throw new IllegalArgumentException(where + ": write model EQUIPMENT MODEL [PARAMETER=VALUE ...], e.g. "
                    + "model Tank3 anodizing-bath setpoint=21 heater=80kW, not '" + text + "'");
        }
        for (ModelLine m : earlier) {
            if (m.equipment().equals(w[1])) {
                throw new IllegalArgumentException(where + ": " + w[1] + " has a model already (" + m.where() + ")");
            }
        }
        try {
            EquipmentModel model = EquipmentModel.named(w[2]);
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 3; i < w.length; i++) {
                int eq = w[i].indexOf('=');
                if (eq < 1 || eq == w[i].length() - 1) {
                    throw new IllegalArgumentException("write PARAMETER=VALUE, e.g. " + model.parameters().get(0)
                            .name() + "=" + model.parameters().get(0).defaultValue() + ", not '" + w[i] + "'");
                }
                if (parameters.put(w[i].substring(0, eq), w[i].substring(eq + 1)) != null) {
                    throw new IllegalArgumentException(w[i].substring(0, eq) + " is given twice");
                }
            }
            model.create(w[1], parameters); // refuses unknown parameters and unreadable values now, not at run time
            return new ModelLine(w[1], model, parameters, where);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Step step(String text, String where) {
        String[] w = text.split("\\s+", 4);
        double at;
        try {
            at = Double.parseDouble(w[0]);
        } catch (NumberFormatException e) {
            at = -1;
        }
        String action = w.length > 1 ? w[1].toLowerCase(Locale.ROOT) : "";
        boolean known = action.equals("set") || action.equals("fault");
        if (at < 0 || Double.isInfinite(at) || w.length < (known ? 4 : 3)) {
            throw new IllegalArgumentException(where + ": write SECONDS set SIGNAL VALUE, SECONDS fault CONNECTION "
                    + "COMMAND or SECONDS EQUIPMENT EVENT, not '" + text + "'");
        }
        if (!known) {
            return new Step(at, "event", w[1], text.split("\\s+", 3)[2].strip(), where);
        }
        if (action.equals("set")) {
            try {
                Double.parseDouble(w[3].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": the value must be a number (states: 0 or 1), not '"
                        + w[3] + "'");
            }
        }
        return new Step(at, action, w[2], w[3].strip(), where);
    }

    private static Step event(Step step, List<ModelLine> models) {
        for (ModelLine m : models) {
            if (m.equipment().equals(step.target())) {
                try {
                    return new Step(step.at(), "event", step.target(), m.model().event(step.argument()), step.where());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(step.where() + ": " + step.target() + " (" + e.getMessage()
                            + ")", e);
                }
            }
        }
        throw new IllegalArgumentException(step.where() + ": a step is 'set', 'fault' or an event of equipment with a "
                + "model line, and no model line names " + step.target() + (models.isEmpty() ? ""
                        : " (models: " + String.join(", ", models.stream().map(ModelLine::equipment).toList()) + ")"));
    }

    /** @return the steps, in file order */
    public List<Step> steps() {
        return steps;
    }

    /** @return the model lines, in file order */
    public List<ModelLine> models() {
        return models;
    }

    /**
     * The scenario's equipment on its own, without a plant model: each model line's equipment under its name as
     * written, with the events and the {@code set} steps of those equipment's signals ({@code Tank3.BathTempSetpoint})
     * scheduled. Faults need the controllers and are left to whoever has them.
     *
     * @return the simulated equipment, at simulated time 0
     * @throws IllegalArgumentException naming {@code file:line} of a {@code set} the models cannot do (a computed
     *                                  signal, or one of equipment without a model line)
     */
    public SimulatedPlant physics() {
        SimulatedPlant plant = new SimulatedPlant();
        Map<String, SimulatedEquipment> created = new LinkedHashMap<>();
        for (ModelLine m : models) {
            SimulatedEquipment equipment = m.create(m.equipment());
            created.put(m.equipment(), equipment);
            plant.add(equipment);
        }
        for (Step s : steps) {
            ModelLine line = s.action().equals("event") ? model(s.target())
                    : s.action().equals("set") ? modelOfSignal(s.target()) : null;
            if (line == null && s.action().equals("set")) {
                throw new IllegalArgumentException(s.where() + ": no model line computes " + s.target()
                        + " (write Equipment.Signal of equipment with a model line, or simulate the plant's .twin "
                        + "folder with this scenario)");
            }
            if (line == null) {
                continue;
            }
            SimulatedEquipment equipment = created.get(line.equipment());
            if (s.action().equals("event")) {
                plant.at(s.at(), s.where(), p -> line.model().apply(equipment, s.argument()));
            } else {
                String signal = s.target().substring(line.equipment().length() + 1);
                double value = Double.parseDouble(s.argument());
                if (!line.model().settable(signal)) {
                    throw new IllegalArgumentException(s.where() + ": " + s.target() + " is computed by the "
                            + line.model().name() + " model; set a setpoint or script an event instead");
                }
                plant.at(s.at(), s.where(), p -> line.model().set(equipment, signal, value));
            }
        }
        return plant;
    }

    private ModelLine model(String equipment) {
        return models.stream().filter(m -> m.equipment().equals(equipment)).findFirst().orElseThrow();
    }

    private ModelLine modelOfSignal(String signal) {
        return models.stream().filter(m -> signal.startsWith(m.equipment() + ".")).findFirst().orElse(null);
    }
}
