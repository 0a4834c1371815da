/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.fieldbridge.core.text.EditDistance;

/**
 * Finds the mapping of a plant signal named as people type it: the qualified name, or a trailing part of it that
 * is unique among the mapped signals ({@code Tank3.BathTemp}), as the .twin language resolves names. When nothing
 * matches, it offers the closest mapped signals.
 */
public final class MappingLookup {

    /** How many close names a miss offers. */
    private static final int SUGGESTIONS = 3;

    /**
     * The outcome of a lookup: exactly one of {@code mapping}, several {@code candidates} (the name is ambiguous),
     * or {@code suggestions} (no mapping writes that signal; these are the closest).
     *
     * @param mapping     the mapping found, or {@code null}
     * @param candidates  the signals an ambiguous name fits (short names), else empty
     * @param suggestions the closest mapped signals (short names) when nothing fits, else empty
     */
    public record Result(CommissionedMapping mapping, List<String> candidates, List<String> suggestions) {
    }

    private MappingLookup() {
    }

    /**
     * @param twin the loaded .twin files
     * @param name a signal's qualified name or a unique trailing part of it
     * @return what it names
     */
    public static Result find(CommissionedTwin twin, String name) {
        String wanted = name.strip();
        List<CommissionedMapping> matches = twin.mappings().stream()
                .filter(m -> m.identity().signal().equals(wanted) || m.identity().signal().endsWith("." + wanted))
                .toList();
        List<String> distinct = matches.stream().map(m -> m.identity().signal()).distinct().toList();
        if (distinct.size() == 1) {
            return new Result(matches.get(0), List.of(), List.of());
        }
        if (distinct.size() > 1) {
            return new Result(null, distinct.stream().map(MappingLookup::shortName).toList(), List.of());
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<String> closest = twin.mappings().stream().map(m -> shortName(m.identity().signal())).distinct()
                .sorted(Comparator.comparingInt((String s) -> distance(lower, s.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS).toList();
        return new Result(null, List.of(), closest);
    }

    /**
     * @param qualifiedName e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}
     * @return the name below the line, as engineers read it: {@code Tank3.BathTemp}
     */
    public static String shortName(String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        int from = Math.min(4, Math.max(0, parts.length - 2));
        return String.join(".", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }

    /** Levenshtein distance; a typed name is compared with the whole short name and with its signal part. */
    private static int distance(String typed, String candidate) {
        int whole = EditDistance.between(typed, candidate);
        int dot = candidate.lastIndexOf('.');
        return dot < 0 || typed.contains(".") ? whole : Math.min(whole, EditDistance.between(typed, candidate.substring(dot + 1)));
    }
}
