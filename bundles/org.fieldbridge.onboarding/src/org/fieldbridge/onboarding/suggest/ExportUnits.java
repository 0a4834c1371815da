/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.core.units.UnitSpelling;
import org.fieldbridge.core.units.UnitSpellings;

/**
 * Units as tag exports write them, resolved against the UNECE table through {@link UnitSpellings}: first as
 * written ({@code °C}, {@code degC}, {@code m3/h}, {@code CEL}), then the capitals and words HMIs use
 * ({@code DEG C}, {@code PSIG}, {@code AMPS}, {@code GPM}, {@code M3/HR}).
 */
final class ExportUnits {

    private static final Map<String, String> HMI_SPELLINGS = Map.ofEntries(Map.entry("DEGC", "CEL"),
            Map.entry("DEG C", "CEL"), Map.entry("C", "CEL"), Map.entry("GRADC", "CEL"), Map.entry("°", "CEL"),
            Map.entry("DEGF", "FAH"), Map.entry("DEG F", "FAH"), Map.entry("F", "FAH"), Map.entry("PSIG", "PS"),
            Map.entry("PSI", "PS"), Map.entry("AMPS", "AMP"), Map.entry("AMP", "AMP"), Map.entry("AMPERE", "AMP"),
            Map.entry("VOLTS", "VLT"), Map.entry("VOLT", "VLT"), Map.entry("GPM", "G2"), Map.entry("LPM", "L2"),
            Map.entry("M3/HR", "MQH"), Map.entry("M³/H", "MQH"), Map.entry("CMH", "MQH"), Map.entry("KG/HR", "E93"),
            Map.entry("RPM", "RPM"), Map.entry("U/MIN", "RPM"), Map.entry("HZ", "HTZ"), Map.entry("KW", "KWT"),
            Map.entry("KWH", "KWH"), Map.entry("BAR", "BAR"), Map.entry("MBAR", "MBR"), Map.entry("KPA", "KPA"),
            Map.entry("PCT", "P1"), Map.entry("PERCENT", "P1"), Map.entry("SEC", "SEC"), Map.entry("SECS", "SEC"),
            Map.entry("MIN", "MIN"), Map.entry("MM", "MMT"), Map.entry("KG", "KGM"), Map.entry("MS/CM", "H61"),
            Map.entry("US/CM", "G42"), Map.entry("PH", "Q30"), Map.entry("KN", "B47"), Map.entry("NM", "NU"),
            Map.entry("M/MIN", "2X"), Map.entry("%RH", "P1"), Map.entry("MA", "4K"));

    private ExportUnits() {
    }

    /**
     * @param text a unit as an export writes it
     * @return the UNECE common code, empty when unknown or blank
     */
    static Optional<String> code(String text) {
        String unit = text.strip();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        String alias = HMI_SPELLINGS.get(unit.toUpperCase(Locale.ROOT));
        if (alias != null) {
            return Optional.of(alias);
        }
        Optional<UnitSpelling> spelling = UnitSpellings.standard().resolve(unit);
        if (spelling.isPresent() && spelling.get().exact()) {
            return Optional.of(spelling.get().code());
        }
        for (String variant : List.of(unit.toLowerCase(Locale.ROOT), unit.replace(" ", ""))) {
            spelling = UnitSpellings.standard().resolve(variant);
            if (spelling.isPresent() && spelling.get().exact()) {
                return Optional.of(spelling.get().code());
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> IN_NAMES = java.util.Set.of("RPM", "AMPS", "AMP", "PSI", "PSIG", "KW",
            "KWH", "HZ", "DEGC", "DEGF", "BAR", "MBAR", "KPA", "GPM", "LPM", "PCT", "VOLTS");

    /**
     * A unit written into a tag name ({@code Speed_RPM}, {@code Heater_KW}): only unmistakable abbreviations.
     *
     * @param word a word of the name
     * @return the UNECE common code, empty when the word is none of them
     */
    static Optional<String> inName(String word) {
        String key = word.toUpperCase(Locale.ROOT);
        return IN_NAMES.contains(key) ? Optional.ofNullable(HMI_SPELLINGS.get(key)) : Optional.empty();
    }

    /** @return how the mapping writes a unit: the friendly spelling, quoted when it is not an identifier */
    static String spelling(String code) {
        String spelling = UnitSpellings.standard().preferredSpelling(code);
        return spelling.matches("[A-Za-z_][A-Za-z0-9_]*") ? spelling : "\"" + spelling + "\"";
    }
}
