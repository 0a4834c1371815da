/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Riverside example mappings")
class ExampleTest {

    @Test
    @DisplayName("are clean except the documented expired calibration of TT_Tank2")
    void cleanExceptTheDocumentedWarning() {
        var checked = TwinTester.checkFile(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin"));
        List<Issue> issues = checked.issues();
        assertEquals(1, issues.size(), checked.describe());
        Issue only = issues.get(0);
        assertEquals(TwinIssueCodes.CALIBRATION_EXPIRED, only.getCode());
        assertEquals(Severity.WARNING, only.getSeverity());
        assertEquals(checked.lineOf("-> Tank2.BathTemp"), only.getLineNumber());
    }

    @Test
    @DisplayName("map all 20 signals of the example plant")
    void mapEverySignal() {
        var checked = TwinTester.checkFile(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin"));
        long mappings = checked.model().getElements().stream().filter(Mapping.class::isInstance).count();
        assertEquals(20, mappings);
    }
}
