/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import org.fieldbridge.tests.support.Waiting;

/**
 * The shared test support's waits: one that times out says which threads were where (what a test that fails once
 * in many runs needs to be understood), one that succeeds says nothing.
 */
class WaitingTest {

    @Test
    void aWaitThatTimesOutPrintsEveryThreadsStack() throws Exception {
        Thread parked = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // the test is over
            }
        }, "waiting-test-sleeper");
        parked.start();
        while (parked.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        String printed = capturingStderr(() -> assertThrows(ConditionTimeoutException.class,
                () -> Waiting.waitingFor("a condition that never holds").atMost(Duration.ofMillis(200))
                        .until(() -> false)));
        parked.interrupt();
        parked.join();
        assertTrue(printed.contains("== waiting for 'a condition that never holds': not within "), printed);
        String sleeper = printed.substring(printed.indexOf("\"waiting-test-sleeper\" TIMED_WAITING\n"));
        assertTrue(sleeper.lines().skip(1).limit(3).anyMatch(frame -> frame.contains("/java.lang.Thread.sleep")),
                printed);
        assertTrue(printed.contains(getClass().getName() + ".aWaitThatTimesOutPrintsEveryThreadsStack"), printed);
    }

    @Test
    void aWaitThatSucceedsPrintsNothing() throws Exception {
        String printed = capturingStderr(() -> Waiting.waitingFor("a condition that holds")
                .atMost(Duration.ofSeconds(5)).until(() -> true));
        assertEquals("", printed);
    }

    private static String capturingStderr(Runnable action) {
        PrintStream before = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
