/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.check.TwinCheck;

/**
 * The .twin language's checker for builds: created once, on the first build (setting up the language takes a
 * second; a build should not pay it again). {@link TwinCheck} gives every file a resource set of its own, so
 * builds of different projects can share it.
 */
final class TwinLanguage {

    private static TwinCheck checker;

    private TwinLanguage() {
    }

    static synchronized TwinCheck checker() {
        if (checker == null) {
            checker = new TwinStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(TwinCheck.class);
        }
        return checker;
    }
}
