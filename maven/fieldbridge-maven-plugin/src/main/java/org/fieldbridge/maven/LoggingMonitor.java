/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.maven;

import org.apache.maven.plugin.logging.Log;
import org.fieldbridge.codegen.GenerationMonitor;

/** Shows the generator's steps in Maven's debug output ({@code mvn -X}); a Maven build is never canceled. */
final class LoggingMonitor implements GenerationMonitor {

    private final Log log;

    LoggingMonitor(Log log) {
        this.log = log;
    }

    @Override
    public void step(String what, int done, int total) {
        if (log.isDebugEnabled()) {
            log.debug("Fieldbridge generation " + done + "/" + total + ": " + what);
        }
    }

    @Override
    public boolean isCanceled() {
        return false;
    }
}
