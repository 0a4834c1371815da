/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditReader;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbridge audit PATH}: a runtime's audit trail, readable. */
@Command(name = "audit", usageHelpAutoWidth = true,
        header = "Prints a runtime's audit trail readably: who did what, from where, when, and how it ended",
        description = { "Reads an audit folder (its rotated files oldest first, then audit.log) or one audit file and "
                + "prints one line per record on standard output: number, time (UTC), ok or FAILED, what happened, "
                + "by whom, from where, and the details.",
            "Lines that are not records (an incomplete last line after a crash, a damaged line) and missing record "
                    + "numbers go to standard error with file and line, then a summary." },
        footer = "Exit codes: 0 read without problems, 1 some lines are not records or records are missing, "
                + "2 usage or I/O problem.")
final class AuditCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "PATH", description = "the audit folder (e.g. audit beside fieldbridge-runtime.properties)"
            + " or one audit file")
    private Path path;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "only records of this category: session, alarm, write, configuration, certificate")
    private String category;

    @Option(names = "--failures", description = "only records whose outcome is a failure (refused, rejected ...)")
    private boolean failures;

    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        AuditCategory only = null;
        if (category != null) {
            only = AuditCategory.fromKey(category.toLowerCase(Locale.ROOT)).orElse(null);
            if (only == null) {
                err.println("fieldbridge audit: --category is one of session, alarm, write, configuration, "
                        + "certificate, not '" + category + "'");
                return 2;
            }
        }
        if (!Files.exists(path)) {
            err.println("fieldbridge audit: " + path + ": no such file or folder");
            return 2;
        }
        AuditReader.Reading reading;
        try {
            reading = AuditReader.read(path);
        } catch (IOException e) {
            err.println("fieldbridge audit: " + path + ": cannot be read: " + e.getMessage());
            return 2;
        }
        print(reading.records(), only);
        reading.problems().forEach(problem -> err.println(problem));
        long failed = reading.records().stream().filter(r -> !r.success()).count();
        err.println(reading.records().size() + " records (" + failed + " failed)"
                + (reading.records().isEmpty() ? ""
                        : ", " + reading.records().get(0).time() + " to "
                                + reading.records().get(reading.records().size() - 1).time())
                + (reading.problems().isEmpty() ? "" : "; " + reading.problems().size() + " problems"));
        return reading.problems().isEmpty() ? 0 : 1;
    }

    private void print(List<AuditRecord> records, AuditCategory only) {
        for (AuditRecord record : records) {
            if ((only == null || record.category() == only) && (!failures || !record.success())) {
                out.println(AuditText.line(record));
            }
        }
    }
}
