/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.fieldbridge.tests.support.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker's address takes the edge node's connection while the broker is away and never answers it (a broker
 * that hangs, a proxy or load balancer holding the connection open), then the real broker is back: the edge node
 * must connect to it. Paho 1.2.5 alone waits for that first connection's CONNACK for good.
 */
class BrokerFlapTest {

    @TempDir
    Path dir;
    private MosquittoBroker broker;
    private SparkplugEdgeNode node;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        for (Socket s : held) {
            s.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aConnectionTakenAndNeverAnsweredDoesNotKeepTheEdgeNodeAwayFromTheBrokerWhenItIsBack() throws Exception {
        int port = LoopbackPort.free();
        broker = MosquittoBroker.startPersistent(Files.createDirectories(dir.resolve("broker")), port);
        node = SparkplugEdgeNode.start(new SparkplugConfig(broker.url(), "fieldbridge-flap", null, null,
                Duration.ofSeconds(2)), StoreAndForwardTest.MODEL, new ForwardingConfig(dir.resolve("queue"), 1000, null));
        Waiting.waitingFor("the first connection").atMost(Duration.ofSeconds(10)).until(node::isConnected);

        broker.stop();
        try (ServerSocket silent = new ServerSocket(port, 50, InetAddress.getByName(LoopbackPort.ADDRESS))) {
            // Paho tries again after 1 s: its connection is taken, its CONNECT read by nobody
            held.add(silent.accept());
        }
        broker.start();

        Waiting.waitingFor("the edge node connected to the broker again").atMost(Duration.ofSeconds(60))
                .until(node::isConnected);
    }
}
