/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.osgi.tests;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.OpcServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;

/**
 * A Milo server bound to 127.0.0.1 only, with two endpoints on one port: SecurityPolicy None and
 * Basic256Sha256 with SignAndEncrypt. Its certificate and trust list live in memory; clients must be
 * {@linkplain #trust(X509Certificate) trusted} before they can open a secure channel.
 */
final class LoopbackOpcUaServer implements AutoCloseable {

    static final String APPLICATION_URI = "urn:fieldbridge:tests:server";
    private static final String PATH = "/fieldbridge";

    private final int port;
    private final MemoryTrustListManager trustList = new MemoryTrustListManager();
    private final ApplicationCertificate certificate;
    private final OpcUaServer server;
    private final ProcessValueNamespace namespace;

    private LoopbackOpcUaServer(double initialTemperature, int port, ApplicationCertificate certificate)
            throws Exception {
        this.port = port;
        this.certificate = certificate;
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(APPLICATION_URI)
                .setApplicationName(LocalizedText.english("Fieldbridge test server"))
                .setProductUri("urn:fieldbridge:tests")
                .setEndpoints(endpoints())
                .setCertificateManager(certificateManager())
                .build();
        server = new OpcUaServer(config, LoopbackOpcUaServer::tcpTransport);
        namespace = new ProcessValueNamespace(server, initialTemperature);
    }

    /** Starts a server whose temperature variable holds {@code initialTemperature}. */
    static LoopbackOpcUaServer start(double initialTemperature) throws Exception {
        return start(initialTemperature, LoopbackPort.free(),
                ApplicationCertificate.create("Fieldbridge test server", APPLICATION_URI));
    }

    /** Starts a server on a given port with a given certificate, e.g. to restart one that was stopped. */
    static LoopbackOpcUaServer start(double initialTemperature, int port, ApplicationCertificate certificate)
            throws Exception {
        LoopbackOpcUaServer s = new LoopbackOpcUaServer(initialTemperature, port, certificate);
        s.namespace.startup();
        s.server.startup().get(10, SECONDS);
        return s;
    }

    String endpointUrl() {
        return "opc.tcp://" + LoopbackPort.ADDRESS + ":" + port + PATH;
    }

    ProcessValueNamespace namespace() {
        return namespace;
    }

    X509Certificate certificate() {
        return certificate.certificate();
    }

    ApplicationCertificate applicationCertificate() {
        return certificate;
    }

    int port() {
        return port;
    }

    void trust(X509Certificate clientCertificate) {
        trustList.addTrustedCertificate(clientCertificate);
    }

    @Override
    public void close() throws Exception {
        namespace.shutdown();
        server.shutdown().get(10, SECONDS);
    }

    private Set<EndpointConfig> endpoints() {
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(LoopbackPort.ADDRESS)
                .setHostname(LoopbackPort.ADDRESS)
                .setBindPort(port)
                .setPath(PATH)
                .setCertificate(certificate::certificate)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS);
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        endpoints.add(base.copy()
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .build());
        endpoints.add(base.copy()
                .setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                .build());
        return endpoints;
    }

    private DefaultCertificateManager certificateManager() throws Exception {
        var quarantine = new MemoryCertificateQuarantine();
        var factory = new RsaSha256CertificateFactory() {
            @Override
            protected KeyPair createRsaSha256KeyPair() {
                return certificate.keyPair();
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                return certificate.chain();
            }
        };
        var group = DefaultApplicationGroup.createAndInitialize(trustList, new MemoryCertificateStore(), factory,
                new DefaultServerCertificateValidator(trustList, quarantine));
        return new DefaultCertificateManager(quarantine, group);
    }

    private static OpcServerTransport tcpTransport(TransportProfile profile) {
        if (profile != TransportProfile.TCP_UASC_UABINARY) {
            throw new IllegalArgumentException("only opc.tcp is configured, not " + profile);
        }
        return new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build());
    }
}
