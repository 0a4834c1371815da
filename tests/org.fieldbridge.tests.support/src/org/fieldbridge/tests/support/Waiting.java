/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility as these tests wait: the condition is polled on the test's own thread (as the loops it
 * replaced did, so conditions need not be thread-safe), and an exception thrown on some other thread
 * (Netty, Milo, a poller) does not fail the wait: the tests assert what they assert, nothing more.
 * Callers still say how long ({@code atMost}) and how often ({@code pollInterval}).
 */
public final class Waiting {

    private Waiting() {
    }

    /**
     * @param what what is awaited, in the failure message ("bath temperature Good")
     * @return an Awaitility condition factory to complete with {@code atMost(..).until(..)}
     */
    public static ConditionFactory waitingFor(String what) {
        return Awaitility.await(what).pollInSameThread().dontCatchUncaughtExceptions();
    }
}
