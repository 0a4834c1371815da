/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.commissioning.evidence.CommissionedTwin;
import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.evidence.MappingStatus.State;
import org.fieldbridge.commissioning.evidence.VerificationEvidence;
import org.fieldbridge.commissioning.evidence.VerificationRecord;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Signal;

/**
 * What a commissioning report says, independent of how it is rendered: per line and equipment the mappings with
 * their verdicts and evidence, the open items, the instruments' calibration on the report date, the model
 * version, totals, and the problems found on the way (unreadable evidence lines, checker warnings).
 *
 * @param title            e.g. {@code Commissioning report: riverside.twin}
 * @param reportDate       the day calibrations are judged on
 * @param generatedAt      when the report was made
 * @param modelVersion     the model version a runtime built from these files carries
 * @param files            the .twin files' names
 * @param lines            the mappings by line and equipment, in plant order of first appearance
 * @param instruments      every instrument behind a mapped signal, once, by name
 * @param orphans          evidence of mappings that are no longer in the files
 * @param evidenceProblems unreadable lines of the evidence files
 * @param checkWarnings    the checker's warnings about the files (errors stop a report earlier)
 */
public record CommissioningReport(String title, LocalDate reportDate, Instant generatedAt, String modelVersion,
        List<String> files, List<LineSection> lines, List<InstrumentCalibration> instruments,
        List<VerificationRecord> orphans, List<Finding> evidenceProblems, List<Finding> checkWarnings) {

    /**
     * The mappings of one line.
     *
     * @param name      the line's name, e.g. {@code AnodizingLine}
     * @param label     its display name with where it is, e.g. {@code Sulfuric acid anodizing line}
     * @param equipment its equipment with mappings
     */
    public record LineSection(String name, String label, List<EquipmentSection> equipment) {
    }

    /**
     * The mappings of one piece of equipment.
     *
     * @param name  the equipment path below the line, e.g. {@code CuringOven.Zone1}
     * @param label its display name, may be empty
     * @param rows  its mappings, in file order
     */
    public record EquipmentSection(String name, String label, List<ReportRow> rows) {
    }

    /** Counts of mappings by state. */
    public record Totals(int mappings, int passed, int failed, int notChecked, int invalidated) {
        /** @return mappings that still need work before sign-off */
        public int open() {
            return mappings - passed;
        }
    }

    /**
     * Gathers a report.
     *
     * @param twin        the loaded .twin files
     * @param evidence    their evidence
     * @param reportDate  the day calibrations are judged on
     * @param generatedAt when
     * @return the report
     */
    public static CommissioningReport of(CommissionedTwin twin, VerificationEvidence evidence, LocalDate reportDate,
            Instant generatedAt) {
        Map<Line, Map<EObject, List<ReportRow>>> grouped = new LinkedHashMap<>();
        Map<String, InstrumentCalibration> instruments = new TreeMap<>();
        for (MappingStatus status : evidence.statuses()) {
            Signal signal = status.mapping().signal();
            InstrumentCalibration calibration = null;
            Instrument instrument = signal.getInstrument();
            if (instrument != null && !instrument.eIsProxy()) {
                calibration = InstrumentCalibration.of(instrument, reportDate);
                instruments.put(instrument.getName(), calibration);
            }
            String unit = unitSymbol(signal);
            ReportRow row = new ReportRow(status, signal.getName(), text(signal.getDisplayName()), unit, calibration);
            grouped.computeIfAbsent(lineOf(signal), l -> new LinkedHashMap<>())
                    .computeIfAbsent(signal.eContainer(), e -> new ArrayList<>()).add(row);
        }
        List<LineSection> lines = new ArrayList<>();
        grouped.forEach((line, byEquipment) -> {
            List<EquipmentSection> equipment = new ArrayList<>();
            byEquipment.forEach((container, rows) -> equipment.add(new EquipmentSection(equipmentPath(container),
                    container instanceof NamedElement named ? text(named.getDisplayName()) : "", List.copyOf(rows))));
            lines.add(new LineSection(line == null ? "(no line)" : line.getName(),
                    line == null ? "" : text(line.getDisplayName()), List.copyOf(equipment)));
        });
        List<String> files = twin.twinFiles().stream().map(p -> p.getFileName().toString()).toList();
        return new CommissioningReport("Commissioning report: " + String.join(", ", files), reportDate, generatedAt,
                twin.modelVersion(), files, List.copyOf(lines), List.copyOf(instruments.values()), evidence.orphans(),
                evidence.problems(), twin.findings().stream().filter(Finding::isWarning).toList());
    }

    /** @return the unit as the plant shows it (its display name, e.g. °C), else the language's symbol */
    private static String unitSymbol(Signal signal) {
        if (signal.getUnit() == null || signal.getUnit().eIsProxy()) {
            return "";
        }
        String display = signal.getUnit().getDisplayName();
        return display != null && !display.isBlank() ? display : UnitSymbols.symbol(signal.getUnit().getCommonCode());
    }

    private static Line lineOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Line line) {
                return line;
            }
        }
        return null;
    }

    /** @return e.g. {@code Tank3} or {@code CuringOven.Zone1}: the equipment names below the line */
    private static String equipmentPath(EObject container) {
        List<String> names = new ArrayList<>();
        for (EObject e = container; e instanceof Equipment equipment; e = e.eContainer()) {
            names.add(0, equipment.getName());
        }
        return names.isEmpty() && container instanceof NamedElement named ? named.getName() : String.join(".", names);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** @return every row, line by line */
    public List<ReportRow> rows() {
        List<ReportRow> rows = new ArrayList<>();
        lines.forEach(line -> line.equipment().forEach(e -> rows.addAll(e.rows())));
        return rows;
    }

    /** @return the rows that need work before sign-off: failed, not checked, invalidated */
    public List<ReportRow> openItems() {
        return rows().stream().filter(r -> r.status().isOpen()).toList();
    }

    /** @return the counts by state */
    public Totals totals() {
        List<ReportRow> rows = rows();
        return new Totals(rows.size(), count(rows, State.PASS), count(rows, State.FAIL), count(rows, State.NOT_CHECKED),
                count(rows, State.INVALIDATED));
    }

    private static int count(List<ReportRow> rows, State state) {
        return (int) rows.stream().filter(r -> r.status().state() == state).count();
    }

    /** @return the instruments out of calibration on the report date */
    public List<InstrumentCalibration> expiredInstruments() {
        return instruments.stream().filter(i -> !i.valid()).toList();
    }
}
