/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.time.Clock;

import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.onboarding.Importer;

import com.google.inject.Injector;

/**
 * The .twin language's rules the importer reads addresses with, set up once per workbench session (it takes a
 * second or two: only ever called from a Job).
 */
final class TwinRules {

    private static Injector injector;

    private TwinRules() {
    }

    /** @return an importer dating its files with the system clock */
    static synchronized Importer importer() {
        if (injector == null) {
            injector = new TwinStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return new Importer(injector, Clock.systemDefaultZone());
    }
}
