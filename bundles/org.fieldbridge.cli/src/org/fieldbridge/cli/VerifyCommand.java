/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.fieldbridge.commissioning.evidence.CommissionedMapping;
import org.fieldbridge.commissioning.evidence.CommissionedTwin;
import org.fieldbridge.commissioning.evidence.MappingLookup;
import org.fieldbridge.commissioning.evidence.Verdict;
import org.fieldbridge.commissioning.evidence.VerificationEvidence;
import org.fieldbridge.commissioning.evidence.VerificationRecord;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code fieldbridge verify FOLDER SIGNAL --verdict pass|fail|unchecked ...}: records verification evidence for one
 * mapping beside its .twin file, and an entry in the audit log.
 */
@Command(name = "verify", usageHelpAutoWidth = true,
        header = "Records that a mapping was verified: verdict, observed and expected value, who and when",
        description = { "Records verification evidence for the mapping of SIGNAL: a line in the .verification file "
                + "beside the .twin file (with the hash of the mapping as written now, so that changing the mapping "
                + "later invalidates it) and an entry in the .audit file. The latest record of a mapping counts; "
                + "earlier ones stay as its history. fieldbridge report shows them all.",
            "Nothing is recorded when the files have errors (they are printed as check prints them)." },
        footer = "Exit codes: 0 recorded, 1 errors in the files, 2 usage or I/O problem (also: no mapping writes SIGNAL).")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "the .twin file, or a folder holding .twin files")
    private Path folder;

    @Parameters(index = "1", paramLabel = "SIGNAL",
            description = "the plant signal a mapping writes: its qualified name or a unique trailing part of it, "
                    + "e.g. Tank3.BathTemp")
    private String signal;

    @Option(names = "--verdict", paramLabel = "VERDICT", required = true, converter = VerdictConverter.class,
            description = "pass, fail or unchecked")
    private Verdict verdict;

    @Option(names = "--observed", paramLabel = "VALUE", defaultValue = "",
            description = "the value Fieldbridge showed, in the signal's unit")
    private String observed;

    @Option(names = "--expected", paramLabel = "VALUE", defaultValue = "",
            description = "the value expected, or what the HMI showed, in the signal's unit")
    private String expected;

    @Option(names = "--comment", paramLabel = "TEXT", defaultValue = "", description = "a remark for the report")
    private String comment;

    @Option(names = "--by", paramLabel = "NAME",
            description = "who verified (default: the user name of this login, ${sys:user.name})")
    private String by;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    VerifyCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Reads {@code --verdict}. */
    static final class VerdictConverter implements ITypeConverter<Verdict> {
        @Override
        public Verdict convert(String text) {
            Verdict verdict = Verdict.parse(text);
            if (verdict == null) {
                throw new TypeConversionException("takes pass, fail or unchecked, not '" + text + "'");
            }
            return verdict;
        }
    }

    @Override
    public Integer call() {
        CommissionedTwin twin;
        try {
            twin = CommissionedTwin.load(new TwinStandaloneSetup().createInjectorAndDoEMFRegistration(), folder);
        } catch (IOException e) {
            err.println("fieldbridge verify: " + e.getMessage());
            return 2;
        }
        if (twin.hasErrors()) {
            twin.findings().stream().filter(Finding::isError).forEach(f -> out.println(f.format()));
            err.println("fieldbridge verify: " + folder + " has errors; nothing recorded (fix them first: fieldbridge"
                    + " check " + folder + ")");
            return 1;
        }
        MappingLookup.Result found = MappingLookup.find(twin, signal);
        if (found.mapping() == null) {
            err.println("fieldbridge verify: " + miss(found));
            return 2;
        }
        try {
            VerificationEvidence evidence = VerificationEvidence.load(twin);
            evidence.problems().forEach(f -> out.println(f.format()));
            String who = by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name", "");
            CommissionedMapping mapping = found.mapping();
            VerificationRecord record = evidence.record(mapping,
                    new VerificationEvidence.Statement(verdict, observed.strip(), expected.strip(), comment, who),
                    Instant.now(clock));
            out.println("recorded " + record.verdict().words() + " for " + MappingLookup.shortName(
                    mapping.identity().signal()) + " (" + mapping.identity().connection() + ", mapping "
                    + record.mappingHash() + ") by " + record.by() + " at " + record.at() + " in "
                    + CommissionedTwin.evidenceFile(mapping.twinFile()));
            return 0;
        } catch (IOException e) {
            err.println("fieldbridge verify: cannot write the evidence: " + e.getMessage());
            return 2;
        }
    }

    private String miss(MappingLookup.Result found) {
        if (!found.candidates().isEmpty()) {
            return "'" + signal + "' names several mapped signals: " + String.join(", ", found.candidates())
                    + "; write more of the name";
        }
        return "no mapping in " + folder + " writes the plant signal '" + signal + "'"
                + (found.suggestions().isEmpty() ? "" : "; did you mean " + orList(found.suggestions()) + "?");
    }

    private static String orList(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
