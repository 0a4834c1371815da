/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
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

    /**
     * A client configuration that insists on SecurityPolicy None at the server's endpoint URL, whether the server
     * offers a None endpoint or not (as a misconfigured client would).
     */
    static OpcUaClientConfig noneEndpointConfig(TwinOpcUaServer server) throws Exception {
        EndpointDescription secure = DiscoveryClient.getEndpoints(server.endpointUrls().get(0)).get(10, SECONDS)
                .get(0);
        EndpointDescription none = new EndpointDescription(secure.getEndpointUrl(), secure.getServer(),
                ByteString.NULL_VALUE, MessageSecurityMode.None, SecurityPolicy.None.getUri(),
                new UserTokenPolicy[] { new UserTokenPolicy("anonymous", UserTokenType.Anonymous, null, null, null) },
                secure.getTransportProfileUri(), secure.getSecurityLevel());
        return OpcUaClientConfig.builder()
                .setEndpoint(none)
                .setApplicationUri(CLIENT_URI)
                .setApplicationName(LocalizedText.english("Fieldbridge test client"))
                .setIdentityProvider(anonymous())
                .build();
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
