/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the units people write ({@code degC}, {@code bar}, {@code "m3/h"}, {@code CEL}, {@code °C}) against
 * the UNECE table and suggests the closest known spellings for the ones it does not know.
 *
 * <p>Order of resolution: a spelling of {@code spellings.txt} (so {@code pH} is pH, not the table's
 * picohenry symbol), then a common code ({@code CEL}), then a table symbol ({@code °C}, also in plain ASCII:
 * {@code m3/h}, {@code um}, {@code N.m}), the first unit of the table winning where two share a symbol.
 */
public final class UnitSpellings {

    private static final String RESOURCE = "spellings.txt";

    private final UnitTable table;
    private final Map<String, UnitSpelling> friendly = new LinkedHashMap<>();
    private final Map<String, Rec20Unit> symbols = new HashMap<>();
    private final Map<String, String> preferred = new HashMap<>();

    private UnitSpellings(UnitTable table, List<String[]> records) {
        this.table = table;
        for (String[] record : records) {
            Rec20Unit unit = table.byCode(record[1]).orElseThrow(() -> new IllegalStateException(
                    RESOURCE + ": '" + record[0] + "' names '" + record[1] + "', which is not a UNECE Rec 20 code"));
            double factor = record.length > 2 && !record[2].isEmpty() ? DataLines.number(record[2]) : 1;
            friendly.put(record[0], new UnitSpelling(record[0], unit, factor));
            if (factor == 1) {
                preferred.putIfAbsent(unit.code(), record[0]);
            }
        }
        for (Rec20Unit unit : table.all()) {
            for (String symbol : SymbolForms.of(unit.displayName())) {
                symbols.putIfAbsent(symbol, unit);
            }
        }
    }

    private static final class Standard {
        static final UnitSpellings SPELLINGS = new UnitSpellings(UnitTable.standard(), DataLines.records(RESOURCE));
    }

    /** @return the spellings of the table shipped with Fieldbridge */
    public static UnitSpellings standard() {
        return Standard.SPELLINGS;
    }

    /**
     * Resolves a unit as written.
     *
     * @param spelling e.g. {@code degC}, {@code CEL}, {@code °C}, {@code "m3/h"} (without the quotes)
     * @return what it stands for, empty when unknown
     */
    public Optional<UnitSpelling> resolve(String spelling) {
        if (spelling == null || spelling.isBlank()) {
            return Optional.empty();
        }
        UnitSpelling known = friendly.get(spelling);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Rec20Unit> byCode = table.byCode(spelling);
        if (byCode.isPresent()) {
            return Optional.of(new UnitSpelling(spelling, byCode.get(), 1));
        }
        Rec20Unit bySymbol = symbols.get(SymbolForms.normalise(spelling));
        return Optional.ofNullable(bySymbol).map(unit -> new UnitSpelling(spelling, unit, 1));
    }

    /**
     * The spelling Fieldbridge shows for a unit: the first of {@code spellings.txt}, else the table's symbol.
     *
     * @param code a common code
     * @return e.g. {@code degC} for CEL; the code itself when the table does not know it
     */
    public String preferredSpelling(String code) {
        String spelling = preferred.get(code);
        if (spelling != null) {
            return spelling;
        }
        return table.byCode(code).map(Rec20Unit::displayName).filter(s -> !s.isBlank()).orElse(code);
    }

    /**
     * The known spellings closest to an unknown one, for "did you mean" in messages.
     *
     * @param spelling the unknown text
     * @return at most three spellings, closest first; empty when nothing is close
     */
    public List<String> suggestions(String spelling) {
        return onePerUnit(SpellingDistance.closest(spelling, allSpellings(), 12));
    }

    /**
     * The spellings of some units closest to a text, e.g. the units of a signal's quantity.
     *
     * @param spelling the text as written
     * @param codes    the common codes to choose from
     * @return at most three spellings, closest first
     */
    public List<String> suggestions(String spelling, Collection<String> codes) {
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, UnitSpelling> entry : friendly.entrySet()) {
            if (codes.contains(entry.getValue().code())) {
                candidates.add(entry.getKey());
            }
        }
        for (String code : codes) {
            candidates.add(code);
            table.byCode(code).ifPresent(unit -> candidates.add(unit.displayName()));
        }
        return onePerUnit(SpellingDistance.closest(spelling, candidates, 12));
    }

    /** Keeps the closest spelling of each unit ({@code bar}, not also {@code BAR}), at most three. */
    private List<String> onePerUnit(List<String> spellings) {
        List<String> kept = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (String spelling : spellings) {
            if (kept.size() < 3 && resolve(spelling).map(u -> codes.add(u.code())).orElse(true)) {
                kept.add(spelling);
            }
        }
        return kept;
    }

    private List<String> allSpellings() {
        List<String> all = new ArrayList<>(friendly.keySet());
        for (Rec20Unit unit : table.all()) {
            all.add(unit.code());
            all.addAll(SymbolForms.of(unit.displayName()));
        }
        return all;
    }
}
