/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.ui.inline.MappingLines;
import org.fieldbridge.commissioning.ui.live.LiveColumn;
import org.fieldbridge.commissioning.ui.live.LiveRow;
import org.fieldbridge.commissioning.ui.live.LiveRows;
import org.fieldbridge.commissioning.ui.live.LiveSnapshot;
import org.fieldbridge.commissioning.ui.trend.TrendHistory;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.junit.jupiter.api.Test;

/** The plain-Java parts behind Live Values: filtering and sorting rows, the trend's history, finding map lines. */
class LiveRowsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    static LiveValue value(String signal, String tag, double value, Quality quality) {
        MappedValue mapping = new MappedValue("Acme.Riverside.Finishing.AnodizingLine." + signal, "PLC4", tag, null,
                null, "holding 40001", "holding:0", "int16", Conditioning.IDENTITY, "°C", 0, 40, false,
                "riverside.twin:25");
        return new LiveValue(mapping, value, new int[0], new Sample(value, quality, T0, T0), Duration.ofMillis(20),
                Optional.empty());
    }

    private static LiveSnapshot snapshot(Instant at, LiveValue... values) {
        return new LiveSnapshot(List.of(values), at, 1);
    }

    @Test
    void filterWordsMustAllAppearAndSortingByValueFlipsOnTheSecondClick() {
        LiveRows rows = new LiveRows();
        rows.update(snapshot(T0, value("Tank1.BathTemp", "Temp_Sensor_1A", 21.2, Quality.GOOD),
                value("Tank2.BathTemp", "Temp_Sensor_2A", 19.5, Quality.GOOD),
                value("Tank3.BathTemp", "Temp_Sensor_7B", 23.0, Quality.BAD_TIMEOUT)), v -> null);
        rows.filter("temp SENSOR_2");
        assertEquals(List.of("Tank2.BathTemp"), signals(rows));
        rows.filter("bad_timeout");
        assertEquals(List.of("Tank3.BathTemp"), signals(rows));
        rows.filter(" ");
        rows.sortBy(LiveColumn.VALUE);
        assertEquals(List.of("Tank2.BathTemp", "Tank1.BathTemp", "Tank3.BathTemp"), signals(rows));
        rows.sortBy(LiveColumn.VALUE);
        assertEquals(List.of("Tank3.BathTemp", "Tank1.BathTemp", "Tank2.BathTemp"), signals(rows));
        rows.sortBy(LiveColumn.QUALITY);
        assertEquals("Tank3.BathTemp", signals(rows).get(2), "Bad after Good");
    }

    @Test
    void ageGrowsFromTheValuesAgeWhenReadAndIsShownInMillisecondsOrSeconds() {
        LiveRow row = new LiveRow(value("Tank1.BathTemp", "T", 1, Quality.GOOD), T0, null);
        assertEquals("20 ms", LiveColumn.AGE.text(row, T0));
        assertEquals("1.5 s", LiveColumn.AGE.text(row, T0.plusMillis(1480)));
    }

    @Test
    void badSamplesAreGapsInTheTrendAndPointsOutsideTheWindowAreLeftOut() {
        TrendHistory history = new TrendHistory();
        history.add(snapshot(T0, value("Tank1.BathTemp", "T", 20, Quality.GOOD)));
        history.add(snapshot(T0.plusSeconds(1), value("Tank1.BathTemp", "T", 21, Quality.BAD_TIMEOUT)));
        history.add(snapshot(T0.plusSeconds(2), value("Tank1.BathTemp", "T", 22, Quality.GOOD)));
        String key = "PLC4 Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp";
        List<TrendHistory.Point> points = history.points(key, T0.plusSeconds(2));
        assertEquals(3, points.size());
        assertTrue(points.get(1).gap());
        assertEquals(22, points.get(2).value());
        assertEquals(2, history.points(key, T0.plusSeconds(5 * 60 + 1)).size(), "the first is older than 5 min");
    }

    @Test
    void mapLinesAreFoundInTheEditedTextWithTheirConnectionAndSignal() {
        String text = """
                // map PLC4 holding 1 int16 -> Commented.Out
                map PLC4 holding 40001 int16 "Temp_Sensor_1A" -> Tank1.BathTemp { scale 0.1 }   // tenths
                map Oven2 "ns=2;s=Zone1.Temp" -> CuringOven.Zone1.Temp { unit degC }
                alarm BathTooHot: Tank3.BathTemp > 24.5 degC for 5 s
                """;
        List<MappingLines.Line> lines = MappingLines.of(text);
        assertEquals(List.of(new MappingLines.Line(1, "PLC4", "Tank1.BathTemp"),
                new MappingLines.Line(2, "Oven2", "CuringOven.Zone1.Temp")), lines);
        assertTrue(lines.get(0).names("Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp"));
        assertTrue(!lines.get(0).names("Acme.Riverside.Finishing.AnodizingLine.XTank1.BathTemp"));
    }

    private static List<String> signals(LiveRows rows) {
        return rows.shown().stream().map(r -> LiveColumn.SIGNAL.text(r, T0)).toList();
    }
}
