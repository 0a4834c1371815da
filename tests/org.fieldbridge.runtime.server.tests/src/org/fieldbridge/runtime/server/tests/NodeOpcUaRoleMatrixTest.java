/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.NodeOpcUa;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role matrix again, with a client that is not ours: node-opcua (interop/role-matrix.js) logs in as each
 * user over Basic256Sha256 SignAndEncrypt and tries to browse, read, subscribe to and write a signal of each
 * line, to acknowledge its alarm and to call AddComment on it; every cell must match {@link RoleEnforcementTest#expected()} (the table in docs/opcua-server.md).
 */
@Timeout(300)
class NodeOpcUaRoleMatrixTest {

    private static final String CLIENT_URI = "urn:fieldbridge:tests:node-opcua-roles";

    @TempDir
    Path temp;

    @Test
    @DisplayName("node-opcua sees each user's cells of the role matrix with the documented status codes")
    void nodeOpcUaSeesTheRoleMatrix() throws Exception {
        Path script = InteropFolder.script("role-matrix.js");
        NodeOpcUa nodeOpcUa = NodeOpcUa.installed();
        RolePlant plant = new RolePlant();
        TwinServerConfig.Builder builder = TwinServerConfig.builder("roles-interop", plant)
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free())
                .pkiDirectory(Files.createDirectories(temp.resolve("server-pki")));
        try (TwinOpcUaServer server = TwinOpcUaServer.start(RolePlant.users(builder).build(),
                RolePlant.description())) {
            server.publish(RolePlant.ANODIZING_TEMP, Sample.good(21.5, Instant.now()));
            server.publish(RolePlant.POWDER_TEMP, Sample.good(180.0, Instant.now()));
            RolePlant.raiseAlarms(server);
            TrustedNodeClient client = TrustedNodeClient.of(server, temp, "Fieldbridge role matrix (node-opcua)",
                    CLIENT_URI);

            Map<String, Map<String, String>> actual = new LinkedHashMap<>();
            for (String user : RolePlant.USERS) {
                Map<String, String> env = client.environment(user);
                env.put("FB_USER", user);
                env.put("FB_PASSWORD", plant.password(user));
                env.put("FB_BROWSE_PARENT", server.nodeId(RolePlant.FINISHING));
                env.put("FB_CELLS", "anodizing|AnodizingLine|" + server.nodeId(RolePlant.ANODIZING_TEMP) + "|"
                        + server.nodeId(RolePlant.BATH_TOO_HOT) + "|" + RolePlant.eventIdHex(server, RolePlant.BATH_TOO_HOT)
                        + ",powder|PowderCoating|" + server.nodeId(RolePlant.POWDER_TEMP) + "|"
                        + server.nodeId(RolePlant.OVEN_OVERSHOOT) + "|"
                        + RolePlant.eventIdHex(server, RolePlant.OVEN_OVERSHOOT));
                NodeOpcUa.Run run = nodeOpcUa.run(script, temp, env, Duration.ofSeconds(60));
                String json = run.lastJsonLine("as " + user);
                assertFalse(run.output().contains(plant.password(user)), "a password appears in the client's output");
                actual.put(user, new LinkedHashMap<>(FlatJson.parse(json)));
            }
            System.out.println(MatrixTable.markdown(actual));
            assertEquals(RoleEnforcementTest.expected(), actual);
        }
    }
}
