/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.maven;

import java.util.List;

import org.apache.maven.plugin.logging.Log;
import org.fieldbridge.dsl.check.Finding;

/**
 * The problems a generation found, as a Maven build shows them: one line per finding in the
 * {@code file:line:column: severity code: message} form of {@code fieldbridge check} (which CI servers and
 * IDE consoles turn into links), at the log level of its severity.
 */
final class FindingsReport {

    private final List<Finding> findings;

    FindingsReport(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /** Prints every finding: errors as errors, warnings as warnings, the rest as information. */
    void printTo(Log log) {
        for (Finding finding : findings) {
            String line = finding.format();
            if (finding.isError()) {
                log.error(line);
            } else if ("warning".equals(finding.severity())) {
                log.warn(line);
            } else {
                log.info(line);
            }
        }
    }

    /** @return whether any finding is an error */
    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** @return what the failed build says: how many errors, and the first one in full */
    String failureMessage() {
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (errors.isEmpty()) {
            throw new IllegalStateException("no error among the findings");
        }
        return errors.size() + (errors.size() == 1 ? " error" : " errors")
                + " in the Fieldbridge model, nothing generated; the first: " + errors.get(0).format();
    }
}
