/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fieldbridge.commissioning.PlantSignal;
import org.fieldbridge.core.units.UnitSpellings;
import org.fieldbridge.runtime.opcua.BrowsedNode;

/**
 * The {@code map} statement for an OPC UA variable, in the language's syntax: connection, NodeId, the data type the
 * server declares, the plant signal it most likely feeds, and the unit the server gives it, e.g.
 * {@code map Oven2 "ns=2;s=Zone2.Temp" float64 -> CuringOven.Zone2.Temp { unit degC }}. When no plant signal fits,
 * the target is {@value #PLACEHOLDER_PREFIX}NAME, which the checker reports as unknown until the engineer picks one.
 */
public final class MappingLine {

    /** The start of a target that is not a plant signal yet. */
    public static final String PLACEHOLDER_PREFIX = "ChooseSignal.";

    /** OPC UA built-in types (Part 6 §5.1.2) and the .twin data type that reads them without loss. */
    private static final Map<String, String> TYPES = Map.of("Boolean", "bool", "Int16", "int16", "UInt16", "uint16",
            "Int32", "int32", "UInt32", "uint32", "Int64", "int64", "Float", "float32", "Double", "float64",
            "Byte", "uint16", "SByte", "int16");

    private static final UnitSpellings UNITS = UnitSpellings.standard();

    private MappingLine() {
    }

    /**
     * @param connection the .twin connection the server is read over
     * @param node the variable
     * @param path the browse names from below the Objects folder down to the variable, e.g. {@code Plant, Zone2, Temp}
     * @param signals the plant's signals
     * @return the statement, on one line
     */
    public static String of(String connection, BrowsedNode node, List<String> path, List<PlantSignal> signals) {
        StringBuilder line = new StringBuilder("map ").append(connection).append(" \"").append(node.nodeId()).append('"');
        String type = TYPES.get(node.dataType());
        if (type != null) {
            line.append(' ').append(type);
        }
        Optional<PlantSignal> signal = guess(node, path, signals);
        line.append(" -> ").append(signal.map(PlantSignal::name).orElse(PLACEHOLDER_PREFIX + identifier(name(node))));
        String unit = node.unitCode().isEmpty() ? signal.map(PlantSignal::unitCode).orElse("") : node.unitCode();
        if (!unit.isEmpty() && !"C62".equals(unit)) { // "1", a count: no unit to convert
            line.append(" { unit ").append(spelling(unit)).append(" }");
        }
        return line.toString();
    }

    /**
     * The plant signal whose name ends like the node's path (case-insensitive, a name inside another counting
     * half), with a matching unit; unmapped signals first. Empty when not even the last name matches.
     */
    static Optional<PlantSignal> guess(BrowsedNode node, List<String> path, List<PlantSignal> signals) {
        List<String> own = words(name(node));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Set<String> context = new HashSet<>();
        path.forEach(p -> words(p).forEach(w -> context.add(w.toLowerCase(Locale.ROOT))));
        words(node.nodeId().replaceFirst("^ns=\\d+;[sig]=", "")).forEach(w -> context.add(w.toLowerCase(Locale.ROOT)));
        own.forEach(w -> context.add(w.toLowerCase(Locale.ROOT)));
        String last = last(own);
        return signals.stream()
                .map(s -> new Scored(s, score(last, context, words(s.name()), node.unitCode(), s)))
                .filter(s -> s.score >= 1)
                .max(Comparator.comparingDouble(Scored::score))
                .map(Scored::signal);
    }

    private record Scored(PlantSignal signal, double score) {
    }

    private static double score(String last, Set<String> context, List<String> signal, String unit, PlantSignal plant) {
        if (!last.equalsIgnoreCase(last(signal))) {
            return 0;
        }
        double score = 1;
        for (int i = 0; i < signal.size() - 1; i++) {
            String word = signal.get(i).toLowerCase(Locale.ROOT);
            if (context.contains(word)) {
                score += 1;
            } else if (context.stream().anyMatch(w -> w.length() > 2 && word.contains(w))) {
                score += 0.5; // Oven in CuringOven
            }
        }
        if (!unit.isEmpty() && !plant.unitCode().isEmpty()) {
            score += unit.equals(plant.unitCode()) ? 0.5 : -2;
        }
        return plant.mapped() ? score - 0.25 : score;
    }

    private static String name(BrowsedNode node) {
        String browse = node.browseName();
        return browse.substring(browse.indexOf(':') + 1);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String last(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static String identifier(String text) {
        String id = text.replaceAll("[^A-Za-z0-9_]", "_");
        return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }

    /** The unit as the language's friendly spelling ({@code degC}), quoted where it is not a plain word. */
    static String spelling(String code) {
        String spelled = UNITS.preferredSpelling(code);
        return spelled.matches("[A-Za-z_][A-Za-z0-9_]*") ? spelled : "\"" + spelled.replace("\"", "") + "\"";
    }
}
