/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.trend;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * The trend of the selected signals (SWTChart): one line per signal over a time axis, the unit in the legend, and a
 * gap where a sample was bad. A line with gaps is drawn as several series of one colour (SWTChart joins every
 * point of a series); only the first is in the legend.
 */
public final class TrendChart {

    private static final Color[] PALETTE = { new Color(0, 90, 181), new Color(220, 50, 32), new Color(0, 140, 70),
            new Color(150, 60, 170), new Color(230, 140, 0), new Color(0, 150, 160), new Color(120, 80, 40),
            new Color(90, 90, 90) };

    private final Chart chart;
    private List<TrendLine> shown = List.of();

    /** @param parent where the chart goes */
    public TrendChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.RIGHT);
        IAxis time = chart.getAxisSet().getXAxis(0);
        time.getTitle().setText("Time");
        time.getTick().setFormat(new SimpleDateFormat("HH:mm:ss"));
        chart.getAxisSet().getYAxis(0).getTitle().setText("Value");
    }

    /** @return the chart widget */
    public Chart control() {
        return chart;
    }

    /** @return the lines shown last */
    public List<TrendLine> lines() {
        return shown;
    }

    /**
     * Shows these lines over the window ending now.
     *
     * @param lines one per selected signal
     * @param now the right end of the time axis
     * @param span how far back the axis reaches, in milliseconds
     */
    public void show(List<TrendLine> lines, Instant now, long span) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
            for (int i = 0; i < lines.size(); i++) {
                addLine(lines.get(i), PALETTE[i % PALETTE.length]);
            }
            chart.getAxisSet().getXAxis(0).setRange(new Range(now.toEpochMilli() - span, now.toEpochMilli()));
            chart.getAxisSet().getYAxis(0).getTitle().setText(axisTitle(lines));
            adjustValueAxis(lines);
        } finally {
            chart.suspendUpdate(false);
        }
        shown = List.copyOf(lines);
        chart.redraw();
    }

    private void addLine(TrendLine line, Color colour) {
        List<List<TrendHistory.Point>> runs = runs(line.points());
        if (runs.isEmpty()) {
            runs = List.of(List.of()); // still named in the legend: the signal is selected but has no good value
        }
        for (int r = 0; r < runs.size(); r++) {
            List<TrendHistory.Point> run = runs.get(r);
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                    r == 0 ? line.legend() : line.legend() + " #" + r);
            Date[] times = new Date[run.size()];
            double[] values = new double[run.size()];
            for (int i = 0; i < run.size(); i++) {
                times[i] = new Date(run.get(i).epochMillis());
                values[i] = run.get(i).value();
            }
            series.setXDateSeries(times);
            series.setYSeries(values);
            series.setLineColor(colour);
            series.setLineWidth(2);
            series.setLineStyle(LineStyle.SOLID);
            series.setSymbolType(run.size() == 1 ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
            series.setSymbolColor(colour);
            series.setVisibleInLegend(r == 0);
        }
    }

    /** @return the stretches of good points between gaps */
    static List<List<TrendHistory.Point>> runs(List<TrendHistory.Point> points) {
        List<List<TrendHistory.Point>> runs = new ArrayList<>();
        List<TrendHistory.Point> current = new ArrayList<>();
        for (TrendHistory.Point point : points) {
            if (point.gap()) {
                if (!current.isEmpty()) {
                    runs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(point);
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private void adjustValueAxis(List<TrendLine> lines) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (TrendLine line : lines) {
            for (TrendHistory.Point point : line.points()) {
                if (!point.gap()) {
                    low = Math.min(low, point.value());
                    high = Math.max(high, point.value());
                }
            }
        }
        if (low > high) {
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
            return;
        }
        double margin = high > low ? (high - low) * 0.08 : Math.max(1, Math.abs(high) * 0.05);
        chart.getAxisSet().getYAxis(0).setRange(new Range(low - margin, high + margin));
    }

    /** @return the unit when every line has the same one, else a pointer to the legend */
    static String axisTitle(List<TrendLine> lines) {
        List<String> units = lines.stream().map(TrendLine::unit).distinct().toList();
        if (units.size() == 1 && !units.get(0).isEmpty()) {
            return "Value (" + units.get(0) + ")";
        }
        return units.size() > 1 ? "Value (units in the legend)" : "Value";
    }
}
