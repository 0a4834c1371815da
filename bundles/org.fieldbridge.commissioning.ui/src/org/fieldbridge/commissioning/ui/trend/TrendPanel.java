/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.fieldbridge.commissioning.evidence.MappingLookup;
import org.fieldbridge.commissioning.ui.live.LiveRow;

/**
 * The trend under the Live Values table: the selected rows' values over the chosen window, redrawn when the
 * selection changes and at most twice a second while values come in (a chart is not read faster than that).
 */
public final class TrendPanel {

    /** How often the chart is redrawn at most while values come in. */
    static final long REDRAW_MILLIS = 500;
    /** How many signals are drawn at most (the first selected). */
    static final int MAX_LINES = 8;

    private final TrendHistory history = new TrendHistory();
    private final TrendChart chart;
    private TrendWindow window = TrendWindow.FIVE;
    private long lastDrawn;

    /** @param parent where the chart goes */
    public TrendPanel(Composite parent) {
        chart = new TrendChart(parent);
        chart.show(List.of(), Instant.now(), window.span().toMillis());
    }

    /** @return the values kept for the trend */
    public TrendHistory history() {
        return history;
    }

    /** @return the chart */
    public TrendChart chart() {
        return chart;
    }

    /**
     * Adds the window choice (1 .. 30 min) to a bar.
     *
     * @param bar the bar
     * @return the choice
     */
    public Combo createWindowChoice(Composite bar) {
        Combo choice = new Combo(bar, SWT.READ_ONLY);
        for (TrendWindow w : TrendWindow.values()) {
            choice.add(w.label());
        }
        choice.select(window.ordinal());
        choice.addListener(SWT.Selection, e -> {
            window = TrendWindow.values()[choice.getSelectionIndex()];
            history.setWindow(window);
            lastDrawn = 0;
        });
        return choice;
    }

    /**
     * Draws the trend of newly selected rows at once.
     *
     * @param selected the rows selected
     * @param now the end of the time axis
     */
    public void follow(List<LiveRow> selected, Instant now) {
        draw(selected, now);
    }

    /**
     * Redraws with the values come in since, unless it was drawn less than {@value #REDRAW_MILLIS} ms ago.
     *
     * @param selected the rows selected
     * @param now the end of the time axis
     */
    public void refresh(List<LiveRow> selected, Instant now) {
        boolean nothingToDraw = selected.isEmpty() && chart.lines().isEmpty();
        if (!nothingToDraw && now.toEpochMilli() - lastDrawn >= REDRAW_MILLIS) {
            draw(selected, now);
        }
    }

    private void draw(List<LiveRow> selected, Instant now) {
        if (chart.control().isDisposed()) {
            return;
        }
        lastDrawn = now.toEpochMilli();
        List<TrendLine> lines = new ArrayList<>();
        for (LiveRow row : selected.subList(0, Math.min(MAX_LINES, selected.size()))) {
            lines.add(new TrendLine(MappingLookup.shortName(row.value().mapping().signal()),
                    row.value().mapping().unit(), history.points(row.key(), now)));
        }
        chart.show(lines, now, window.span().toMillis());
    }
}
