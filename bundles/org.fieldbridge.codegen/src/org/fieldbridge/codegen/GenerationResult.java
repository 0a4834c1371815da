/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen;

import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.dsl.check.Finding;

/**
 * What a generation did.
 *
 * @param runtimeName the runtime's name, e.g. {@code riverside}
 * @param modelVersion the version of the inputs, a content hash written into every generated file
 * @param mainClass the fully qualified name of the generated class with {@code main}
 * @param findings the problems found in the inputs (validation of .plant and .twin); with an error among
 *        them nothing was written
 * @param files the files written, relative to the output folder, sorted
 */
public record GenerationResult(String runtimeName, String modelVersion, String mainClass, List<Finding> findings,
        List<Path> files) {

    public GenerationResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
    }

    /** @return whether an error in the inputs stopped the generation */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
