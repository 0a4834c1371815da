/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generator's steps drive an Eclipse progress monitor, and its cancel button stops the generator. */
class ProgressGenerationMonitorTest {

    /** A progress monitor that remembers what it was told, as the Progress view would show it. */
    private static final class ShownProgress extends NullProgressMonitor {
        double total;
        double worked;
        final List<String> steps = new ArrayList<>();

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            steps.add(name);
        }

        double fraction() {
            return worked / total;
        }
    }

    @Test
    @DisplayName("steps are shown as sub-tasks and move the bar in proportion to the generator's done/total")
    void stepsMoveTheBarInProportion() {
        ShownProgress shown = new ShownProgress();
        ProgressGenerationMonitor monitor = new ProgressGenerationMonitor(shown);

        monitor.step("validating riverside.twin", 0, 4);
        assertEquals(0.0, shown.fraction(), 0.01);
        monitor.step("writing sources", 1, 4);
        assertEquals(0.25, shown.fraction(), 0.01);
        monitor.step("writing NodeSet2", 3, 4);
        assertEquals(0.75, shown.fraction(), 0.01);
        monitor.step("done", 4, 4);
        assertEquals(1.0, shown.fraction(), 0.01);
        assertEquals(List.of("validating riverside.twin", "writing sources", "writing NodeSet2", "done"), shown.steps);
    }

    @Test
    @DisplayName("a total that grows once the inputs are known spreads the rest of the bar over the new steps")
    void aGrowingTotalKeepsTheBarMovingForward() {
        ShownProgress shown = new ShownProgress();
        ProgressGenerationMonitor monitor = new ProgressGenerationMonitor(shown);

        monitor.step("parsing", 1, 2);
        assertEquals(0.5, shown.fraction(), 0.01);
        monitor.step("writing 1 of 10", 1, 10);
        assertEquals(0.5, shown.fraction(), 0.01, "the bar never goes back");
        monitor.step("writing 10 of 10", 10, 10);
        assertEquals(1.0, shown.fraction(), 0.01);
    }

    @Test
    @DisplayName("cancelling the job's monitor cancels the generation")
    void cancelReachesTheGenerator() {
        ShownProgress shown = new ShownProgress();
        ProgressGenerationMonitor monitor = new ProgressGenerationMonitor(shown);
        assertFalse(monitor.isCanceled());

        shown.setCanceled(true);

        assertTrue(monitor.isCanceled());
    }
}
