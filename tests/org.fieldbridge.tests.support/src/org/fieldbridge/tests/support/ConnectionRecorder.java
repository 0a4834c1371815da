/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A listener on a free loopback port that records whether anybody connected: the witness of tests that
 * prove a file from outside (a DOCTYPE naming a DTD URL) makes nothing open a connection.
 */
public final class ConnectionRecorder implements AutoCloseable {

    private final ServerSocket listener;
    private final AtomicBoolean connected = new AtomicBoolean();

    /**
     * Starts listening on 127.0.0.1; connections are accepted and closed on a daemon thread.
     *
     * @throws IOException when no port can be bound
     */
    public ConnectionRecorder() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "connection-recorder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try (Socket peer = listener.accept()) {
                connected.set(true);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** @return an http URL on the listener, e.g. for a DTD a hostile file names */
    public String url(String path) {
        return "http://" + LoopbackPort.ADDRESS + ":" + listener.getLocalPort() + "/" + path;
    }

    /** @return whether anybody has connected so far (the accepting thread records it a moment later) */
    public boolean connected() {
        return connected.get();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
