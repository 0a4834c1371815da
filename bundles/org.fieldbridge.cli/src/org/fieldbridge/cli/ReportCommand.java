/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.fieldbridge.commissioning.evidence.CommissionedTwin;
import org.fieldbridge.commissioning.evidence.VerificationEvidence;
import org.fieldbridge.commissioning.report.CommissioningReport;
import org.fieldbridge.commissioning.report.InstrumentCalibration;
import org.fieldbridge.commissioning.report.ReportHtml;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code fieldbridge report FOLDER -o FILE.html}: the commissioning report of a .twin folder. */
@Command(name = "report", usageHelpAutoWidth = true,
        header = "Writes the commissioning report: verdicts, evidence, open items, calibration, sign-off",
        description = { "Writes one self-contained HTML file (print it to PDF from a browser): per line and equipment "
                + "every mapping with its verdict and evidence, the open items (failed, not checked, invalidated by a "
                + "changed mapping), the calibration status of the instruments behind the signals, the model version "
                + "and a sign-off block for the commissioning engineer and the quality manager.",
            "Nothing is written when the files have errors (they are printed as check prints them)." },
        footer = "Exit codes: 0 written (open items are part of the report), 1 errors in the files, 2 usage or I/O problem.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "FOLDER", description = "the .twin file, or a folder holding .twin files")
    private Path folder;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true,
            description = "the report to write, e.g. commissioning-report.html (replaced if it exists)")
    private Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "the day calibrations are judged on (default: today)")
    private LocalDate date;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ReportCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Reads {@code --date}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("takes a date such as 2026-12-04, not '" + text + "'");
            }
        }
    }

    @Override
    public Integer call() {
        try {
            CommissionedTwin twin = CommissionedTwin.load(new TwinStandaloneSetup().createInjectorAndDoEMFRegistration(),
                    folder);
            if (twin.hasErrors()) {
                twin.findings().stream().filter(Finding::isError).forEach(f -> out.println(f.format()));
                err.println("fieldbridge report: " + folder + " has errors; no report written (fix them first: "
                        + "fieldbridge check " + folder + ")");
                return 1;
            }
            VerificationEvidence evidence = VerificationEvidence.load(twin);
            evidence.problems().forEach(f -> out.println(f.format()));
            CommissioningReport report = CommissioningReport.of(twin, evidence,
                    date != null ? date : LocalDate.now(clock), clock.instant());
            ReportHtml.write(report, output);
            CommissioningReport.Totals totals = report.totals();
            out.println("wrote " + output + ": " + totals.mappings() + " mappings, " + totals.passed() + " passed, "
                    + totals.open() + " open items (" + totals.failed() + " failed, " + totals.notChecked()
                    + " not checked, " + totals.invalidated() + " invalidated)");
            for (InstrumentCalibration expired : report.expiredInstruments()) {
                out.println("instrument " + expired.instrument() + " is out of calibration: " + expired.status());
            }
            return 0;
        } catch (IOException e) {
            err.println("fieldbridge report: " + e.getMessage());
            return 2;
        }
    }
}
