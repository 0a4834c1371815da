/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;

/** Milo clients for the server under test, each with its own certificate that the server trusts. */
final class TestClient {

    static final String CLIENT_URI = "urn:fieldbridge:tests:milo-client";

    private TestClient() {
    }

    /** Connects with SignAndEncrypt over {@code policy} as the test user. */
    static OpcUaClient connect(TwinOpcUaServer server, SecurityPolicy policy, String user, String password)
            throws Exception {
        return connect(server, policy, MessageSecurityMode.SignAndEncrypt, new UsernameProvider(user, password));
    }

    static OpcUaClient connect(TwinOpcUaServer server, SecurityPolicy policy, MessageSecurityMode mode,
            IdentityProvider identity) throws Exception {
        OpcUaClient client = create(server, policy, mode, identity);
        client.connectAsync().get(15, SECONDS);
        return client;
    }

    /** Creates (does not connect) a client for the server's endpoint with {@code policy} and {@code mode}. */
    static OpcUaClient create(TwinOpcUaServer server, SecurityPolicy policy, MessageSecurityMode mode,
            IdentityProvider identity) throws Exception {
        ApplicationCertificate certificate = ApplicationCertificate.create("Fieldbridge test client", CLIENT_URI);
        server.trustClient(certificate.certificate());
        var trustList = new MemoryTrustListManager();
        trustList.addTrustedCertificate(server.certificate());
        return OpcUaClient.create(server.endpointUrls().get(0),
                endpoints -> endpoints.stream()
                        .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                        .findFirst(),
                transport -> {
                },
                config -> config.setApplicationUri(CLIENT_URI)
                        .setApplicationName(LocalizedText.english("Fieldbridge test client"))
                        .setRequestTimeout(uint(5_000))
                        .setKeyPair(certificate.keyPair())
                        .setCertificate(certificate.certificate())
                        .setCertificateChain(certificate.chain())
                        .setCertificateValidator(new DefaultClientCertificateValidator(trustList,
                                new MemoryCertificateQuarantine()))
                        .setIdentityProvider(identity));
    }

    static IdentityProvider anonymous() {
        return AnonymousProvider.INSTANCE;
    }

    static NodeId nodeId(TwinOpcUaServer server, String id) {
        return NodeId.parse(server.nodeId(id));
    }

    static void disconnect(OpcUaClient client) throws Exception {
        client.disconnectAsync().get(10, SECONDS);
    }
}
