/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --mqtt}'s Mosquitto (installed by .ci/run) and the configuration pointing the runtime at it. */
class DemoBrokerTest {

    @TempDir
    Path dir;

    @Test
    void mosquittoStartsOnLoopbackAndThePrintedCommandNamesItsPort() throws Exception {
        Path mosquitto = DemoBroker.executable().orElseThrow(() -> new AssertionError(DemoBroker.INSTALL));
        int port;
        try (DemoBroker broker = DemoBroker.start(mosquitto, dir.resolve("mosquitto"))) {
            port = broker.port();
            assertEquals("tcp://127.0.0.1:" + port, broker.url());
            assertEquals("mosquitto_sub -h 127.0.0.1 -p " + port + " -t 'spBv1.0/#' -v", broker.subscribeCommand());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
            assertTrue(Files.readString(dir.resolve("mosquitto/mosquitto.conf")).contains("listener " + port
                    + " 127.0.0.1"), "loopback only");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            throw new AssertionError("Mosquitto still listens after close");
        } catch (java.io.IOException stopped) {
            // expected
        }
    }

    @Test
    void theDemoConfigurationPointsTheEdgeNodeAtTheBroker() throws Exception {
        DemoWorkspace workspace = DemoWorkspace.create(dir);
        Path project = Files.createDirectories(workspace.project());
        Files.writeString(project.resolve("fieldbridge-runtime.properties"), "# generated\nserver.port=4840\n");
        workspace.writeConfiguration(4841, DemoSecrets.fresh(workspace), "tcp://127.0.0.1:41883");
        String written = Files.readString(project.resolve(DemoWorkspace.CONFIGURATION));
        assertTrue(written.contains("sparkplug.brokerUrl=tcp://127.0.0.1:41883\n"), written);
        assertTrue(written.contains("server.port=4841\n"), written);
        assertTrue(written.contains("users=operator,quality\n"), written);
        assertTrue(written.contains("user.quality.roles=qualityManager\n"), written);
        assertTrue(written.contains("user.quality.password=env:FB_USER_QUALITY_PASSWORD\n"), written);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(workspace.qualityPasswordFile())), "the quality manager's password file");
    }
}
