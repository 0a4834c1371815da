/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous sessions (only with allowInsecure) hold plant roles only when configured: without
 * {@code anonymousRoles} they read no plant node, with {@code anonymousRoles(qualityManager)} they read what a
 * quality manager reads.
 */
@Timeout(60)
class AnonymousRolesTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("an anonymous session reads no plant node unless anonymous roles are configured")
    void anonymousReadsNothingByDefault() throws Exception {
        assertEquals(StatusCodes.Bad_UserAccessDenied, readAnonymously(temp.resolve("a"), b -> b));
    }

    @Test
    @DisplayName("with anonymousRoles(qualityManager) an anonymous session reads like a quality manager")
    void anonymousRolesAreGranted() throws Exception {
        assertEquals(StatusCodes.Good, readAnonymously(temp.resolve("b"),
                b -> b.anonymousRoles(List.of("qualityManager"))));
    }

    private static long readAnonymously(Path pki, UnaryOperator<TwinServerConfig.Builder> tweak) throws Exception {
        TwinServerConfig.Builder builder = TwinServerConfig.builder("roles-anonymous", new RolePlant())
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(pki).allowInsecure(true);
        try (TwinOpcUaServer server = TwinOpcUaServer.start(tweak.apply(builder).build(), RolePlant.description())) {
            server.publish(RolePlant.POWDER_TEMP, Sample.good(180.0, Instant.now()));
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.None, MessageSecurityMode.None,
                    TestClient.anonymous());
            try {
                return client.readValuesAsync(0.0, TimestampsToReturn.Both,
                        List.of(TestClient.nodeId(server, RolePlant.POWDER_TEMP))).get(10, SECONDS).get(0)
                        .getStatusCode().getValue();
            } finally {
                TestClient.disconnect(client);
            }
        }
    }
}
