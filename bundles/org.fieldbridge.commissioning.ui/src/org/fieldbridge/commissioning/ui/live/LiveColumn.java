/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.BiFunction;

import org.fieldbridge.commissioning.evidence.MappingLookup;
import org.fieldbridge.commissioning.evidence.MappingStatus;

/** The columns of the Live Values table: what each shows and how it sorts. */
public enum LiveColumn {
    /** The plant signal below the line, e.g. {@code Tank1.BathTemp}. */
    SIGNAL("Signal", 165, (row, now) -> MappingLookup.shortName(row.value().mapping().signal()),
            Comparator.comparing((LiveRow row) -> row.value().mapping().signal())),
    /** The HMI tag label of the mapping. */
    HMI_TAG("HMI tag", 105, (row, now) -> nonNull(row.value().mapping().hmiTag()),
            Comparator.comparing((LiveRow row) -> nonNull(row.value().mapping().hmiTag()))),
    /** The raw value and its registers: {@code 1201.08 [22B6 4496]}. */
    RAW("Raw", 150, (row, now) -> row.value().rawText(), Comparator.comparingDouble(LiveColumn::rawNumber)),
    /** The engineering value the runtime would publish. */
    VALUE("Value", 75, (row, now) -> row.value().valueText(),
            Comparator.comparingDouble((LiveRow row) -> row.value().sample().doubleValue())),
    /** The plant unit's symbol. */
    UNIT("Unit", 45, (row, now) -> row.value().mapping().unit(),
            Comparator.comparing((LiveRow row) -> row.value().mapping().unit())),
    /** Good, Uncertain or Bad with the OPC UA name and the reason. */
    QUALITY("Quality", 120, (row, now) -> row.value().quality().toString(),
            Comparator.comparing((LiveRow row) -> row.value().quality().severity())
                    .thenComparing(row -> row.value().quality().symbolicName())),
    /** A byte/word order that reads the value the signal expects, when the mapping's does not. */
    FIX("Order found", 100, (row, now) -> row.value().fix().map(f -> f.describe()).orElse(""),
            Comparator.comparing((LiveRow row) -> row.value().fix().isPresent()).reversed()),
    /** When the controller produced or confirmed the value (local time). */
    SOURCE_TIME("Source time", 95, (row, now) -> row.value().sample() == null ? ""
            : LiveColumn.TIME.format(row.value().sample().sourceTimestamp()),
            Comparator.comparing((LiveRow row) -> row.value().sample().sourceTimestamp())),
    /** How old the value is now. */
    AGE("Age", 65, (row, now) -> ageText(row.ageAt(now)), Comparator.comparing((LiveRow row) -> row.value().age())),
    /** Where the mapping's verification stands: pass, fail, not checked, invalidated. */
    VERIFICATION("Verified", 90, (row, now) -> verification(row.status()),
            Comparator.comparing((LiveRow row) -> verification(row.status()))),
    /** Connection and address as written: {@code PLC4 4x0003}. */
    ADDRESS("Address", 150, (row, now) -> row.value().mapping().connection() + " " + row.value().mapping().written(),
            Comparator.comparing((LiveRow row) -> row.value().mapping().connection())
                    .thenComparing(row -> row.value().mapping().canonical()));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final String label;
    private final int width;
    private final BiFunction<LiveRow, Instant, String> text;
    private final Comparator<LiveRow> order;

    LiveColumn(String label, int width, BiFunction<LiveRow, Instant, String> text, Comparator<LiveRow> order) {
        this.label = label;
        this.width = width;
        this.text = text;
        this.order = order;
    }

    /** @return the column's header */
    public String label() {
        return label;
    }

    /** @return its initial width in pixels */
    public int width() {
        return width;
    }

    /**
     * @param row a row
     * @param now the time ages are shown for
     * @return the cell's text
     */
    public String text(LiveRow row, Instant now) {
        return text.apply(row, now);
    }

    /** @return ascending order of the rows by this column (ties: by signal) */
    public Comparator<LiveRow> order() {
        return order.thenComparing(row -> row.value().mapping().signal());
    }

    /** @return e.g. {@code 120 ms}, {@code 2.4 s}, {@code 3 min} */
    static String ageText(Duration age) {
        long millis = age.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min";
    }

    /** @return the state in a word or two; empty while unknown */
    static String verification(MappingStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status.state()) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NOT_CHECKED -> "not checked";
            case INVALIDATED -> "invalidated";
        };
    }

    private static double rawNumber(LiveRow row) {
        Object raw = row.value().raw();
        if (raw instanceof Number number) {
            return number.doubleValue();
        }
        if (raw instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return Double.NaN;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

}
