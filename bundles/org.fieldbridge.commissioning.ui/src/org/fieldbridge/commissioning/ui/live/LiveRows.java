/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.live.LiveValue;

/**
 * The rows the Live Values table shows: the last poll, filtered by the words typed and sorted by a column. Plain
 * Java and thread-safe: a poll's thousand rows are prepared on the polling thread, off the UI thread's back, which
 * only takes the finished list ({@link #shown()}); tested without a display.
 */
public final class LiveRows {

    private List<LiveRow> all = List.of();
    private volatile List<LiveRow> shown = List.of();
    private String[] words = new String[0];
    private LiveColumn sortColumn;
    private boolean ascending = true;

    /**
     * Takes a new poll.
     *
     * @param snapshot the poll
     * @param statuses the verification of a value's mapping ({@code null} when unknown)
     */
    public synchronized void update(LiveSnapshot snapshot, Function<LiveValue, MappingStatus> statuses) {
        List<LiveRow> rows = new ArrayList<>(snapshot.values().size());
        for (LiveValue value : snapshot.values()) {
            rows.add(new LiveRow(value, snapshot.readAt(), statuses.apply(value)));
        }
        all = rows;
        arrange();
    }

    /**
     * @param text words that must all appear (any case) in a row's signal, HMI tag, connection, address, unit or
     *            quality; blank shows every row
     */
    public synchronized void filter(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        arrange();
    }

    /**
     * Sorts by a column: the same column again flips the direction.
     *
     * @param column the column, or {@code null} for the model's order
     */
    public synchronized void sortBy(LiveColumn column) {
        if (column != null && column == sortColumn) {
            ascending = !ascending;
        } else {
            sortColumn = column;
            ascending = true;
        }
        arrange();
    }

    /** @return the column sorted by, or {@code null} for the model's order */
    public synchronized LiveColumn sortColumn() {
        return sortColumn;
    }

    /** @return whether the sort is ascending */
    public synchronized boolean ascending() {
        return ascending;
    }

    private synchronized void arrange() {
        List<LiveRow> kept = words.length == 0 ? new ArrayList<>(all)
                : new ArrayList<>(all.stream().filter(this::matches).toList());
        if (sortColumn != null) {
            Comparator<LiveRow> order = sortColumn.order();
            kept.sort(ascending ? order : order.reversed());
        }
        shown = List.copyOf(kept);
    }

    private boolean matches(LiveRow row) {
        MappedValue m = row.value().mapping();
        String haystack = String.join(" ", m.signal(), m.hmiTag() == null ? "" : m.hmiTag(), m.connection(),
                m.written(), m.canonical(), m.unit(), row.value().quality().symbolicName())
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(haystack::contains);
    }

    /** @return the rows shown, in order */
    public List<LiveRow> shown() {
        return shown;
    }

    /** @return every row of the last poll, in the model's order */
    public synchronized List<LiveRow> all() {
        return all;
    }
}
