/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.dsl.check.TwinCheck;
import org.fieldbridge.onboarding.Importer;

import com.google.inject.Injector;

/** The language set up once for all tests of the fragment, the importer, and the checker run in-process. */
final class Onboarding {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
    private static Injector injector;

    private Onboarding() {
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new TwinStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    static Importer importer() {
        return new Importer(injector(), CLOCK);
    }

    /** @return the checker's report of every .twin and .plant file in the folder, as {@code fieldbridge check} */
    static CheckReport check(Path folder) throws IOException {
        return injector().getInstance(TwinCheck.class).checkAll(TwinCheck.checkedFiles(List.of(folder)));
    }

    /** @return the report's findings, one line each, for messages */
    static String lines(CheckReport report) {
        return String.join("\n", report.findings().stream().map(f -> f.format()).toList());
    }
}
