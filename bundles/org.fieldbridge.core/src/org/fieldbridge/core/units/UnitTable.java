/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UNECE Recommendation 20 units as OPC UA publishes them, read from {@code UNECE_to_OPCUA.csv} next to
 * this class, completed by {@code rec20_without_symbol.csv}: the Rec 20 codes that table leaves out because
 * Rec 20 gives them no symbol (normalised and standard cubic metres, pieces). Sources and licences in the
 * README there.
 */
public final class UnitTable {

    private static final String RESOURCE = "UNECE_to_OPCUA.csv";

    private static final String WITHOUT_SYMBOL = "rec20_without_symbol.csv";

    private final Map<String, Rec20Unit> byCode;

    private UnitTable(List<Rec20Unit> units) {
        Map<String, Rec20Unit> map = new LinkedHashMap<>();
        for (Rec20Unit unit : units) {
            map.putIfAbsent(unit.code(), unit);
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    private static final class Standard {
        static final UnitTable TABLE = new UnitTable(both());

        private static List<Rec20Unit> both() {
            List<Rec20Unit> units = new ArrayList<>(parse(RESOURCE, DataLines.read(RESOURCE)));
            units.addAll(parse(WITHOUT_SYMBOL, DataLines.read(WITHOUT_SYMBOL)));
            return units;
        }
    }

    /** @return the table shipped with Fieldbridge, read once */
    public static UnitTable standard() {
        return Standard.TABLE;
    }

    /**
     * Looks a unit up by its common code (case-sensitive, as Rec 20 writes codes).
     *
     * @param code e.g. {@code CEL}
     * @return the unit, empty when the table has no such code
     */
    public Optional<Rec20Unit> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** @return every unit, in the order of the files (OPC UA's table first) */
    public List<Rec20Unit> all() {
        return List.copyOf(byCode.values());
    }

    static List<Rec20Unit> parse(String resource, List<String> lines) {
        List<Rec20Unit> units = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = csvFields(lines.get(i));
            if (fields.size() != 4) {
                throw new IllegalStateException(resource + " line " + (i + 1) + " has " + fields.size()
                        + " fields instead of 4 (UNECECode,UnitId,DisplayName,Description)");
            }
            units.add(new Rec20Unit(fields.get(0), Integer.parseInt(fields.get(1)), fields.get(2), fields.get(3)));
        }
        return units;
    }

    /** Splits one CSV line (RFC 4180: quoted fields, {@code ""} for a quote inside them). */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
