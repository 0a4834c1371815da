/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.fieldbridge.runtime.diagnostics.SocketFailure;
import org.junit.jupiter.api.Test;

class SocketFailureTest {

    private static final Throwable WRAPPED_REFUSAL = new UncheckedIOException("Could not connect",
            new IOException(null, new ConnectException("Connection Refused: /127.0.0.1:1")));

    @Test
    void aSocketExceptionIsFoundBelowTheClientLibrarysWrappers() {
        assertTrue(SocketFailure.causedBy(WRAPPED_REFUSAL, ConnectException.class));
        assertFalse(SocketFailure.causedBy(WRAPPED_REFUSAL, SocketTimeoutException.class));
    }

    @Test
    void messagesOfAllCausesAreSearchedInLowerCase() {
        assertTrue(SocketFailure.messages(WRAPPED_REFUSAL).contains(SocketFailure.CONNECTION_REFUSED));
    }

    @Test
    void theFirstMessageAlongTheCausesIsReportedAndUnknownReasonWhenThereIsNone() {
        assertEquals("Connection Refused: /127.0.0.1:1",
                SocketFailure.firstMessage(new IOException(null, new ConnectException("Connection Refused: /127.0.0.1:1"))));
        assertEquals("unknown reason", SocketFailure.firstMessage(new IOException()));
    }

    @Test
    void aMissingAnswerNamesTheTimeoutInMilliseconds() {
        assertEquals("no answer within 500 ms", SocketFailure.noAnswerWithin(Duration.ofMillis(500)));
    }
}
