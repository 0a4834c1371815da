/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.diagnostics;

import java.time.Duration;
import java.util.Locale;

/**
 * The socket-level part of a {@link ConnectionEvent#reason()} that the Modbus and OPC UA adapters share: the
 * plant words for a refused connection or a missing answer, and the look through an exception's causes that
 * finds them (client libraries wrap the socket's exception in their own). What is protocol-specific (Modbus
 * exception codes, OPC UA status codes) stays in each adapter.
 */
public final class SocketFailure {

    /** The reason when nothing listens on the port, or a firewall rejects the connection. */
    public static final String CONNECTION_REFUSED = "connection refused";

    private SocketFailure() {
    }

    /**
     * @param timeout how long the request waited
     * @return e.g. {@code no answer within 500 ms}
     */
    public static String noAnswerWithin(Duration timeout) {
        return "no answer within " + timeout.toMillis() + " ms";
    }

    /**
     * @param e    what a client library threw
     * @param type the socket's exception to look for
     * @return whether {@code e} or one of its causes is a {@code type}
     */
    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param e what a client library threw
     * @return the messages of {@code e} and all its causes, lower case, to search for the socket's words
     */
    public static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(' ').append(t.getMessage());
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * @param e what a client library threw
     * @return the first message along {@code e}'s causes, or {@code unknown reason}
     */
    public static String firstMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "unknown reason";
    }
}
