/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which units fit which quantity, read from {@code quantities.txt} next to this class. */
public final class QuantityCatalog {

    private static final String RESOURCE = "quantities.txt";

    private final Map<String, QuantityDefinition> byName = new LinkedHashMap<>();

    private QuantityCatalog(UnitTable table, List<String[]> records) {
        for (String[] record : records) {
            if (record.length != 4) {
                throw new IllegalStateException(RESOURCE + ": '" + String.join("|", record)
                        + "' needs 4 fields: name | in words | needs a unit | codes");
            }
            List<String> codes = record[3].isEmpty() ? List.of() : Arrays.asList(record[3].split("\\s+"));
            for (String code : codes) {
                if (table.byCode(code).isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": quantity '" + record[0] + "' lists '" + code
                            + "', which is not a UNECE Rec 20 code");
                }
            }
            byName.put(record[0], new QuantityDefinition(record[0], record[1], "yes".equals(record[2]), codes));
        }
    }

    private static final class Standard {
        static final QuantityCatalog CATALOG = new QuantityCatalog(UnitTable.standard(), DataLines.records(RESOURCE));
    }

    /** @return the catalog shipped with Fieldbridge */
    public static QuantityCatalog standard() {
        return Standard.CATALOG;
    }

    /**
     * @param name a quantity name, e.g. {@code temperature}
     * @return its definition, empty when the catalog does not know it
     */
    public Optional<QuantityDefinition> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** @return every quantity, in the order of the file */
    public List<QuantityDefinition> all() {
        return List.copyOf(byName.values());
    }

    /**
     * @param name a quantity name
     * @param code a common code
     * @return whether the unit fits the quantity; false for an unknown quantity
     */
    public boolean fits(String name, String code) {
        return byName(name).map(q -> q.fits(code)).orElse(false);
    }

    /**
     * @param code a common code
     * @return the quantities the unit fits, in catalog order (P1, percent, fits several)
     */
    public List<QuantityDefinition> quantitiesOf(String code) {
        List<QuantityDefinition> quantities = new ArrayList<>();
        for (QuantityDefinition quantity : byName.values()) {
            if (quantity.fits(code)) {
                quantities.add(quantity);
            }
        }
        return quantities;
    }
}
