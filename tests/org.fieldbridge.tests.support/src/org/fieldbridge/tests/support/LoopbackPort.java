/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface, so that no test server is reachable from the network. */
public final class LoopbackPort {

    /** The only address test servers bind to and test clients connect to. */
    public static final String ADDRESS = "127.0.0.1";

    private LoopbackPort() {
    }

    /**
     * @return a port that was free on 127.0.0.1 a moment ago (the probe socket is closed again, so a
     *         parallel process could take it; good enough for tests)
     */
    public static int free() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
