/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen;

/**
 * Progress and cancellation of a generation, so that the workbench can run it in a Job and the command
 * line can stay quiet. Called on the generating thread.
 */
public interface GenerationMonitor {

    /** A monitor that reports nothing and never cancels. */
    GenerationMonitor SILENT = new GenerationMonitor() {
        @Override
        public void step(String what, int done, int total) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /**
     * @param what the step now being done, e.g. "validating riverside.twin", "writing NodeSet2"
     * @param done steps done so far
     * @param total steps in all
     */
    void step(String what, int done, int total);

    /** @return true when the generation should stop as soon as possible (nothing is half written) */
    boolean isCanceled();
}
