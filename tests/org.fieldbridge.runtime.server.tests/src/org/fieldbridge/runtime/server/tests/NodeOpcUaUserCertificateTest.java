/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.runtime.server.IdentityRoleMapping;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.fieldbridge.tests.support.NodeOpcUa;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * X.509 user certificates with a client that is not ours: node-opcua (interop/user-certificate.js) opens a session
 * with a certificate of the trusted test CA and reads what its OU's role may read and not the other line; with a
 * revoked certificate it is refused with Bad_IdentityTokenRejected. (node-opcua's createSession cannot send an
 * IssuedIdentityToken; JWTs are proven with its lower-level API in NodeOpcUaJwtTest.)
 */
@Timeout(300)
class NodeOpcUaUserCertificateTest {

    private static final String CLIENT_URI = "urn:fieldbridge:tests:node-opcua-user-certificate";

    @TempDir
    Path temp;

    @Test
    @DisplayName("node-opcua: a trusted user certificate reads its line only; a revoked one is refused")
    void nodeOpcUaLogsInWithAUserCertificate() throws Exception {
        Path script = InteropFolder.script("user-certificate.js");
        NodeOpcUa nodeOpcUa = NodeOpcUa.installed();
        Path userPki = temp.resolve("user-pki");
        UserPki ca = UserPki.ca("Acme user CA");
        ca.trustIn(userPki);
        UserPki.UserCertificate anna = ca.issue("CN=anna.k,OU=AnodizingOperators,O=Acme");
        UserPki.UserCertificate rita = ca.issue("CN=rita,OU=AnodizingOperators,O=Acme");
        ca.revoke(userPki, rita.certificate());
        try (TwinOpcUaServer server = IdentityServer.start("certificates-interop", temp, null, builder -> builder
                .userCertificates(new UserCertificateTrust(userPki, IdentityRoleMapping.of("OU")
                        .with("AnodizingOperators", List.of("anodizingOperator")))))) {
            TrustedNodeClient client = TrustedNodeClient.of(server, temp, "Fieldbridge user certificate (node-opcua)",
                    CLIENT_URI);
            anna.writeTo(client.files(), "anna");
            rita.writeTo(client.files(), "rita");
            String anodizing = server.nodeId(RolePlant.ANODIZING_TEMP);
            String powder = server.nodeId(RolePlant.POWDER_TEMP);

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("session", "Good");
            expected.put(anodizing, "Good");
            expected.put(powder, "Bad_UserAccessDenied");
            assertEquals(expected, run(nodeOpcUa, script, client, "anna", anodizing + "," + powder));

            assertEquals(Map.of("session", "Bad_IdentityTokenRejected"),
                    run(nodeOpcUa, script, client, "rita", anodizing));
        }
    }

    private Map<String, String> run(NodeOpcUa nodeOpcUa, Path script, TrustedNodeClient client, String user,
            String read) throws Exception {
        Map<String, String> env = client.environment(user);
        env.put("FB_USER_CERT", client.files().resolve(user + ".der").toString());
        env.put("FB_USER_KEY", client.files().resolve(user + ".key.pem").toString());
        env.put("FB_READ", read);
        NodeOpcUa.Run run = nodeOpcUa.run(script, temp, env, Duration.ofSeconds(60));
        return new LinkedHashMap<>(FlatJson.parse(run.lastJsonLine("as " + user)));
    }
}
