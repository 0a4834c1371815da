/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.fieldbridge.codegen.GeneratorVersion;
import org.fieldbridge.commissioning.evidence.MappingLookup;
import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.evidence.MappingStatus.State;
import org.fieldbridge.commissioning.evidence.VerificationRecord;
import org.fieldbridge.commissioning.report.CommissioningReport.EquipmentSection;
import org.fieldbridge.commissioning.report.CommissioningReport.LineSection;
import org.fieldbridge.commissioning.report.CommissioningReport.Totals;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.model.plant.resource.AtomicFileWriter;

/**
 * Renders a {@link CommissioningReport} as one self-contained HTML file (styles inline, no scripts, no external
 * resources) that prints to PDF from a browser: A4, table headers repeated on each page, rows and the sign-off
 * block never split across pages.
 */
public final class ReportHtml {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CommissioningReport report;
    private final HtmlWriter html;

    private ReportHtml(CommissioningReport report, Writer out) {
        this.report = report;
        this.html = new HtmlWriter(out);
    }

    /**
     * @param report the report
     * @return its HTML text
     */
    public static String render(CommissioningReport report) {
        StringWriter out = new StringWriter();
        new ReportHtml(report, out).document();
        return out.toString();
    }

    /**
     * Writes the report atomically (a reader never sees half a report).
     *
     * @param report the report
     * @param file   the .html file
     * @throws IOException when it cannot be written
     */
    public static void write(CommissioningReport report, Path file) throws IOException {
        byte[] bytes = render(report).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }

    private void document() {
        html.doctype().open("html", "lang", "en").newline().open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.element("title", report.title()).newline();
        html.element("style", ReportStyle.CSS).newline();
        html.close().newline().open("body").newline();
        header();
        summary();
        openItems();
        for (LineSection line : report.lines()) {
            line(line);
        }
        calibrations();
        findings();
        signOff();
        html.element("p", "Made by Fieldbridge " + GeneratorVersion.VERSION + " (fieldbridge report) on "
                + WHEN.format(report.generatedAt()) + ". Evidence files: the .verification files beside the .twin files;"
                + " audit log: the .audit files.", "class", "footer").newline();
        html.close().newline().close().newline();
        html.finish();
    }

    private void header() {
        html.element("h1", report.title()).newline();
        html.open("table", "class", "meta").newline();
        metaRow("Model files", String.join(", ", report.files()));
        metaRow("Model version", report.modelVersion() + " (as stamped on a runtime generated from these files)");
        metaRow("Report date", report.reportDate() + " (calibrations judged on this day)");
        metaRow("Generated", WHEN.format(report.generatedAt()));
        html.close().newline();
    }

    private void metaRow(String name, String value) {
        html.open("tr").element("th", name).element("td", value).close().newline();
    }

    private void summary() {
        Totals totals = report.totals();
        html.element("h2", "Summary").newline();
        html.open("div", "class", "totals").newline();
        total("Mappings", totals.mappings(), "all");
        total("Passed", totals.passed(), "pass");
        total("Failed", totals.failed(), "fail");
        total("Not checked", totals.notChecked(), "unchecked");
        total("Invalidated", totals.invalidated(), "invalidated");
        total("Instruments out of calibration", report.expiredInstruments().size(),
                report.expiredInstruments().isEmpty() ? "pass" : "fail");
        html.close().newline();
        String verdict = totals.open() == 0
                ? "Every mapping is verified and passed."
                : totals.open() + " of " + totals.mappings() + " mappings are open items (failed, not checked or"
                        + " invalidated); they must be resolved before sign-off.";
        html.element("p", verdict, "class", totals.open() == 0 ? "status ready" : "status open").newline();
    }

    private void total(String label, int count, String kind) {
        html.open("div", "class", "total " + kind).element("span", Integer.toString(count), "class", "count")
                .element("span", label, "class", "label").close().newline();
    }

    private void openItems() {
        List<ReportRow> open = report.openItems();
        html.element("h2", "Open items (" + open.size() + ")").newline();
        if (open.isEmpty()) {
            html.element("p", "None.").newline();
            return;
        }
        html.open("table", "class", "items").newline().open("thead").open("tr");
        for (String column : List.of("Signal", "HMI tag", "Address", "Status", "Last evidence")) {
            html.element("th", column);
        }
        html.close().close().newline().open("tbody").newline();
        for (ReportRow row : open) {
            MappingStatus status = row.status();
            html.open("tr").element("td", MappingLookup.shortName(status.mapping().identity().signal()))
                    .element("td", status.mapping().hmiTag())
                    .element("td", row.address());
            verdictCell(status);
            VerificationRecord latest = status.latest();
            html.element("td", latest == null ? "" : evidenceLine(latest)).close().newline();
        }
        html.close().close().newline();
    }

    private static String evidenceLine(VerificationRecord record) {
        return record.verdict().words() + " by " + record.by() + " on " + WHEN.format(record.at())
                + (record.comment().isEmpty() ? "" : ": " + record.comment());
    }

    private void verdictCell(MappingStatus status) {
        String kind = switch (status.state()) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NOT_CHECKED -> "unchecked";
            case INVALIDATED -> "invalidated";
        };
        html.open("td", "class", "verdict " + kind).element("span", label(status.state()), "class", "badge")
                .element("div", status.state() == State.INVALIDATED || status.latest() == null ? detail(status) : "",
                        "class", "detail")
                .close();
    }

    private static String label(State state) {
        return switch (state) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case NOT_CHECKED -> "NOT CHECKED";
            case INVALIDATED -> "INVALIDATED";
        };
    }

    private static String detail(MappingStatus status) {
        String words = status.describe();
        int open = words.indexOf('(');
        return open < 0 ? "" : words.substring(open + 1, words.length() - 1);
    }

    private void line(LineSection line) {
        html.element("h2", "Line " + line.name() + (line.label().isEmpty() ? "" : ": " + line.label())).newline();
        for (EquipmentSection equipment : line.equipment()) {
            html.element("h3", equipment.name() + (equipment.label().isEmpty() ? "" : ": " + equipment.label()))
                    .newline();
            html.open("table", "class", "mappings").newline().open("thead").open("tr");
            for (String column : List.of("HMI tag", "Address", "Data type", "Signal", "Unit", "Verdict", "Evidence",
                    "Instrument calibration")) {
                html.element("th", column);
            }
            html.close().close().newline().open("tbody").newline();
            for (ReportRow row : equipment.rows()) {
                mappingRow(row);
            }
            html.close().close().newline();
        }
    }

    private void mappingRow(ReportRow row) {
        MappingStatus status = row.status();
        html.open("tr").element("td", status.mapping().hmiTag(), "class", "tag").element("td", row.address(), "class", "mono")
                .element("td", row.dataType(), "class", "mono");
        html.open("td").element("div", row.signalName(), "class", "name")
                .element("div", row.signalLabel(), "class", "detail").close();
        html.element("td", row.unit());
        verdictCell(status);
        html.open("td", "class", "evidence");
        VerificationRecord latest = status.latest();
        if (latest != null) {
            String unit = row.unit().isEmpty() ? latest.unit() : row.unit();
            html.element("div", "observed " + withUnit(latest.observed(), unit) + ", expected "
                    + withUnit(latest.expected(), unit));
            html.element("div", latest.by() + ", " + WHEN.format(latest.at()), "class", "detail");
            if (!latest.comment().isEmpty()) {
                html.element("div", latest.comment(), "class", "comment");
            }
        }
        html.close();
        calibrationCell(row.calibration());
        html.close().newline();
    }

    private static String withUnit(String value, String unit) {
        return value.isEmpty() ? "-" : unit.isEmpty() ? value : value + " " + unit;
    }

    private void calibrationCell(InstrumentCalibration calibration) {
        if (calibration == null) {
            html.element("td", "no instrument", "class", "detail");
            return;
        }
        html.open("td", "class", calibration.valid() ? "calibration valid" : "calibration expired")
                .element("div", calibration.instrument() + (calibration.tag().isEmpty() ? "" : " (" + calibration.tag() + ")"))
                .element("div", calibration.certificate().isEmpty() ? "no certificate"
                        : "certificate " + calibration.certificate(), "class", "detail")
                .element("div", calibration.status(), "class", "state").close();
    }

    private void calibrations() {
        html.element("h2", "Calibration of the instruments (on " + report.reportDate() + ")").newline();
        html.open("table", "class", "calibrations").newline().open("thead").open("tr");
        for (String column : List.of("Instrument", "Tag", "Certificate", "Laboratory", "Accreditation", "Due date",
                "Status")) {
            html.element("th", column);
        }
        html.close().close().newline().open("tbody").newline();
        for (InstrumentCalibration c : report.instruments()) {
            html.open("tr").element("td", c.instrument()).element("td", c.tag()).element("td", c.certificate())
                    .element("td", c.laboratory()).element("td", c.accreditation())
                    .element("td", c.dueDate() == null ? "" : c.dueDate().toString())
                    .element("td", c.status(), "class", c.valid() ? "calibration valid" : "calibration expired")
                    .close().newline();
        }
        html.close().close().newline();
    }

    private void findings() {
        if (!report.orphans().isEmpty()) {
            html.element("h2", "Evidence of mappings no longer in the model").newline().open("ul");
            for (VerificationRecord r : report.orphans()) {
                html.element("li", r.identity() + ": " + evidenceLine(r));
            }
            html.close().newline();
        }
        List<Finding> problems = report.evidenceProblems();
        if (!problems.isEmpty() || !report.checkWarnings().isEmpty()) {
            html.element("h2", "Findings").newline().open("ul", "class", "findings");
            problems.forEach(f -> html.element("li", f.format()));
            report.checkWarnings().forEach(f -> html.element("li", f.format()));
            html.close().newline();
        }
    }

    private void signOff() {
        html.open("section", "class", "signoff", "id", "signoff").newline();
        html.element("h2", "Sign-off").newline();
        html.element("p", "We confirm that the mappings above were verified against the live controllers as recorded,"
                + " and that the open items and out-of-calibration instruments listed in this report are known"
                + " (model version " + report.modelVersion() + ").").newline();
        html.open("div", "class", "signatures").newline();
        for (String role : List.of("Commissioning engineer", "Quality manager")) {
            html.open("div", "class", "signature").element("h3", role);
            for (String field : List.of("Name", "Date", "Signature")) {
                html.open("div", "class", "field").element("span", field, "class", "label")
                        .element("span", "", "class", "blank").close();
            }
            html.close().newline();
        }
        html.close().newline().close().newline();
    }
}
