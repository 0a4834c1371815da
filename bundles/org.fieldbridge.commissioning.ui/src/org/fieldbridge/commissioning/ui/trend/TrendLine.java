/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.trend;

import java.util.List;

/**
 * One signal in the trend.
 *
 * @param name the signal as people read it, e.g. {@code Tank1.BathTemp}
 * @param unit its unit's symbol, empty without one
 * @param points its points, oldest first; a {@linkplain TrendHistory.Point#gap() gap} breaks the line
 */
public record TrendLine(String name, String unit, List<TrendHistory.Point> points) {

    /** @return the legend's text: {@code Tank1.BathTemp (°C)} */
    public String legend() {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }
}
