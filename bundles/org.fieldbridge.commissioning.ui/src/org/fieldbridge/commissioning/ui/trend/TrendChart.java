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
 * The trend of the selected signals (SWTChart): one line per signal over a time axis, the unit in the legend and one
 * value axis per unit, and a gap where a sample was bad. A line with gaps is drawn as several series of one colour (SWTChart joins every
 * point of a series); only the first is in the legend.
 */
public final class TrendChart {

    private static final Color[] PALETTE = { new Color(0, 90, 181), new Color(220, 50, 32), new Color(0, 140, 70),
            new Color(150, 60, 170), new Color(230, 140, 0), new Color(0, 150, 160), new Color(120, 80, 40),
            new Color(90, 90, 90) };

    /** The shortest time axis: 20 s, even right after connecting. */
    static final long MIN_SPAN_MILLIS = 20_000;

    private final Chart chart;
    private List<TrendLine> shown = List.of();

    /** @param parent where the chart goes */
    public TrendChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("Select rows in the table to see their trend");
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis time = chart.getAxisSet().getXAxis(0);
        time.getTitle().setVisible(false); // the clock times say it
        time.getTick().setFormat(new SimpleDateFormat("HH:mm:ss"));
        chart.getAxisSet().getYAxis(0).getTitle().setText("Value");
        chart.getTitle().setFont(parent.getFont());
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
     * Shows these lines over the window ending now (or since the first point, when the values go back less far: a
     * freshly connected signal fills the chart rather than a sliver at its right edge). One value axis per unit:
     * the first on the left, the others on the right, each titled with its unit.
     *
     * @param lines one per selected signal
     * @param now the right end of the time axis
     * @param span how far back the axis reaches at most, in milliseconds
     */
    public void show(List<TrendLine> lines, Instant now, long span) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
            for (int id : chart.getAxisSet().getYAxisIds()) {
                if (id != 0) {
                    chart.getAxisSet().deleteYAxis(id);
                }
            }
            List<String> units = lines.stream().map(TrendLine::unit).distinct().toList();
            int[] axes = new int[units.size()];
            for (int u = 0; u < units.size(); u++) {
                axes[u] = u == 0 ? 0 : chart.getAxisSet().createYAxis();
                IAxis axis = chart.getAxisSet().getYAxis(axes[u]);
                axis.setPosition(u == 0 ? IAxis.Position.Primary : IAxis.Position.Secondary);
                axis.getTitle().setText(units.get(u).isEmpty() ? "Value" : units.get(u));
                String unit = units.get(u);
                adjust(axis, lines.stream().filter(l -> l.unit().equals(unit)).toList());
            }
            if (units.isEmpty()) {
                chart.getAxisSet().getYAxis(0).getTitle().setText("Value");
                chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
            }
            for (int i = 0; i < lines.size(); i++) {
                addLine(lines.get(i), PALETTE[i % PALETTE.length], axes[units.indexOf(lines.get(i).unit())]);
            }
            long end = now.toEpochMilli();
            long first = lines.stream().flatMap(l -> l.points().stream()).mapToLong(TrendHistory.Point::epochMillis)
                    .min().orElse(end - span);
            long start = Math.max(end - span, Math.min(first, end - MIN_SPAN_MILLIS));
            chart.getAxisSet().getXAxis(0).setRange(new Range(start, end));
            chart.getTitle().setVisible(lines.isEmpty());
        } finally {
            chart.suspendUpdate(false);
        }
        shown = List.copyOf(lines);
        chart.redraw();
    }

    private void addLine(TrendLine line, Color colour, int axis) {
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
            series.setYAxisId(axis);
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

    private static void adjust(IAxis axis, List<TrendLine> lines) {
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
            axis.setRange(new Range(0, 1));
            return;
        }
        double margin = high > low ? (high - low) * 0.08 : Math.max(1, Math.abs(high) * 0.05);
        axis.setRange(new Range(low - margin, high + margin));
    }
}
