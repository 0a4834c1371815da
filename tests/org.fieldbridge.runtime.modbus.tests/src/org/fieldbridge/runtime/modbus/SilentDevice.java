/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A half-open device on 127.0.0.1: the kernel accepts TCP connections into the listen backlog, but nothing
 * ever reads a request or answers one, like a controller whose Modbus task hung.
 */
final class SilentDevice implements AutoCloseable {

    private final ServerSocket socket;

    SilentDevice() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
