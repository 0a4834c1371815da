/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one run of the checker found: the files it checked and their findings, in the order checked. */
public final class CheckReport {

    private final List<String> files = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    /**
     * Records a checked file.
     *
     * @param file     the file's name
     * @param found    its findings
     */
    void add(String file, List<Finding> found) {
        files.add(file);
        findings.addAll(found);
    }

    /** @return the names of the files checked (.twin and .plant), each once */
    public List<String> files() {
        return Collections.unmodifiableList(files);
    }

    /** @return every finding, file by file */
    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /** @return the number of error findings */
    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    /** @return the number of warning findings */
    public long warnings() {
        return findings.stream().filter(Finding::isWarning).count();
    }

    /** @return e.g. {@code checked 2 files: 0 errors, 1 warning} */
    public String summary() {
        return "checked " + count(files.size(), "file") + ": " + count(errors(), "error") + ", "
                + count(warnings(), "warning");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
