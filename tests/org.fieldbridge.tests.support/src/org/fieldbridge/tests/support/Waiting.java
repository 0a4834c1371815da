/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import java.io.PrintStream;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionEvaluationListener;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.EvaluatedCondition;
import org.awaitility.core.TimeoutEvent;

/**
 * Awaitility as these tests wait: the condition is polled on the test's own thread (as the loops it
 * replaced did, so conditions need not be thread-safe), and an exception thrown on some other thread
 * (Netty, Milo, a poller) does not fail the wait: the tests assert what they assert, nothing more.
 * Callers still say how long ({@code atMost}) and how often ({@code pollInterval}).
 *
 * <p>A wait that times out prints every thread's stack to stderr first ({@link ThreadsOnTimeout}): a test that
 * fails once in many runs on a shared machine can then be told apart, a thread stuck waiting on a peer from one
 * that was only late.</p>
 */
public final class Waiting {

    private Waiting() {
    }

    /**
     * @param what what is awaited, in the failure message ("bath temperature Good")
     * @return an Awaitility condition factory to complete with {@code atMost(..).until(..)}
     */
    public static ConditionFactory waitingFor(String what) {
        return Awaitility.await(what).pollInSameThread().dontCatchUncaughtExceptions()
                .conditionEvaluationListener(new ThreadsOnTimeout(System.err));
    }

    /** Prints the threads when a wait times out; nothing otherwise. */
    static final class ThreadsOnTimeout implements ConditionEvaluationListener<Object> {

        private static final int MOST_FRAMES = 40;

        private final PrintStream out;

        ThreadsOnTimeout(PrintStream out) {
            this.out = out;
        }

        @Override
        public void conditionEvaluated(EvaluatedCondition<Object> condition) {
            // only the timeout is of interest
        }

        @Override
        public void onTimeout(TimeoutEvent timeout) {
            StringBuilder dump = new StringBuilder("== waiting for '").append(timeout.getAlias())
                    .append("': not within ").append(timeout.getElapsedTimeInMS()).append(" ms; the threads:\n");
            for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                dump.append('"').append(thread.getKey().getName()).append("\" ").append(thread.getKey().getState())
                        .append('\n');
                StackTraceElement[] frames = thread.getValue();
                for (int i = 0; i < Math.min(frames.length, MOST_FRAMES); i++) {
                    dump.append("    at ").append(frames[i]).append('\n');
                }
                if (frames.length > MOST_FRAMES) {
                    dump.append("    ... ").append(frames.length - MOST_FRAMES).append(" more\n");
                }
            }
            out.print(dump);
            out.flush();
        }
    }
}
