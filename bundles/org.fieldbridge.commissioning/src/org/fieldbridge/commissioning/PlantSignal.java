/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

/**
 * A signal of the plant the .twin files import, mapped or not: what a new mapping may point at (the OPC UA Browser
 * proposes one for a dragged node).
 *
 * @param qualifiedName e.g. {@code Acme.Riverside.Finishing.CuringOven.Zone1.Temp}
 * @param name as a .twin file refers to it, from the equipment down, e.g. {@code CuringOven.Zone1.Temp}
 * @param dataType {@code real}, {@code integer}, {@code boolean} or {@code string}
 * @param unitCode the UNECE common code of its unit ({@code CEL}); empty without one
 * @param unitSymbol the unit's symbol ({@code °C}); empty without one
 * @param low the lowest valid value (negative infinity: none)
 * @param high the highest valid value (positive infinity: none)
 * @param mapped whether a mapping of the .twin files feeds it
 */
public record PlantSignal(String qualifiedName, String name, String dataType, String unitCode, String unitSymbol,
        double low, double high, boolean mapped) {
}
