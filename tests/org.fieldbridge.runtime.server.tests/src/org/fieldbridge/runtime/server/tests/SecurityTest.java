/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.tests.support.LogCapture;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Secure by default: encrypted, authenticated sessions only, unless insecure mode is configured. */
@Timeout(90)
class SecurityTest {

    @TempDir
    Path pki;

    private final TestSecrets secrets = new TestSecrets();

    @Test
    @DisplayName("by default only SignAndEncrypt endpoints with Basic256Sha256 and Aes256_Sha256_RsaPss and user tokens are offered")
    void onlySecureEndpointsAreOfferedByDefault() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(server.endpointUrls().get(0))
                    .get(10, SECONDS);
            Set<String> policies = endpoints.stream().map(EndpointDescription::getSecurityPolicyUri)
                    .collect(Collectors.toSet());
            assertEquals(Set.of(SecurityPolicy.Basic256Sha256.getUri(), SecurityPolicy.Aes256_Sha256_RsaPss.getUri()),
                    policies);
            for (EndpointDescription endpoint : endpoints) {
                assertEquals(MessageSecurityMode.SignAndEncrypt, endpoint.getSecurityMode());
                for (UserTokenPolicy token : endpoint.getUserIdentityTokens()) {
                    assertFalse(token.getTokenType() == UserTokenType.Anonymous, "anonymous offered on " + endpoint);
                }
            }
        }
    }

    @Test
    @DisplayName("a client on Aes256_Sha256_RsaPss SignAndEncrypt with a user name reads a signal")
    void aClientOnAes256Sha256RsaPssReads() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            server.publish(AcmePlant.BATH_TEMP, Sample.good(19.5, Instant.now()));
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Aes256_Sha256_RsaPss, TestSecrets.USER,
                    secrets.password());
            try {
                assertEquals(SecurityPolicy.Aes256_Sha256_RsaPss.getUri(),
                        client.getConfig().getEndpoint().getSecurityPolicyUri());
                assertEquals(19.5, read(client, server, AcmePlant.BATH_TEMP).getValue().getValue());
            } finally {
                TestClient.disconnect(client);
            }
        }
    }

    @Test
    @DisplayName("a wrong password is rejected (Bad_UserAccessDenied) and no password reaches the log")
    void aWrongPasswordIsRejectedAndNotLogged() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            String wrong = secrets.wrongPassword();
            String log;
            List<Long> codes;
            try (LogCapture capture = new LogCapture()) {
                ExecutionException failure = assertThrows(ExecutionException.class,
                        () -> TestClient.create(server, SecurityPolicy.Basic256Sha256,
                                MessageSecurityMode.SignAndEncrypt, new UsernameProvider(TestSecrets.USER, wrong))
                                .connectAsync().get(15, SECONDS));
                codes = statusCodes(failure);
                // the server logs the rejection on its own threads
                try {
                    waitingFor("the rejection in the log").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                            .until(() -> capture.text().contains("rejected for user"));
                } catch (ConditionTimeoutException e) {
                    // not logged: the assertion below says so, with the log
                }
                log = capture.text();
            }
            assertTrue(codes.contains(StatusCodes.Bad_UserAccessDenied)
                    || codes.contains(StatusCodes.Bad_IdentityTokenRejected), "status codes " + hex(codes));
            assertTrue(log.contains("rejected for user 'operator'"),
                    "the rejection was not logged, so the capture proves nothing:\n" + log);
            assertFalse(log.contains(wrong), "the wrong password appears in the log");
            assertFalse(log.contains(secrets.password()), "the user's password appears in the log");
        }
    }

    @Test
    @DisplayName("an unknown user is rejected like a wrong password")
    void anUnknownUserIsRejected() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> TestClient.create(server, SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt,
                            new UsernameProvider("intruder", secrets.password())).connectAsync().get(15, SECONDS));
            List<Long> codes = statusCodes(failure);
            assertTrue(codes.contains(StatusCodes.Bad_UserAccessDenied)
                    || codes.contains(StatusCodes.Bad_IdentityTokenRejected), "status codes " + hex(codes));
        }
    }

    @Test
    @DisplayName("a client that asks for SecurityPolicy None is refused unless insecure mode is configured")
    void securityPolicyNoneIsRefusedByDefault() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            OpcUaClient client = OpcUaClient.create(TestClient.noneEndpointConfig(server));
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> client.connectAsync().get(15, SECONDS));
            List<Long> codes = statusCodes(failure);
            assertTrue(codes.contains(StatusCodes.Bad_SecurityPolicyRejected), "status codes " + hex(codes));
        }
    }

    @Test
    @DisplayName("with allowInsecure(true) a None endpoint with anonymous access exists and works")
    void insecureModeOffersNoneAndAnonymous() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets, b -> b.allowInsecure(true))) {
            List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(server.endpointUrls().get(0))
                    .get(10, SECONDS);
            EndpointDescription none = endpoints.stream()
                    .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri()))
                    .findFirst().orElseThrow(() -> new AssertionError("no None endpoint"));
            for (UserTokenPolicy token : none.getUserIdentityTokens()) {
                assertEquals(UserTokenType.Anonymous, token.getTokenType(),
                        "a password must never travel over SecurityPolicy None");
            }
            server.publish(AcmePlant.BATH_TEMP, Sample.good(25.0, Instant.now()));
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.None, MessageSecurityMode.None,
                    TestClient.anonymous());
            try {
                assertEquals(25.0, read(client, server, AcmePlant.BATH_TEMP).getValue().getValue());
            } finally {
                TestClient.disconnect(client);
            }
        }
    }

    @Test
    @DisplayName("an anonymous client cannot open a session by default")
    void anonymousIsRefusedByDefault() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            // The secure endpoints offer no anonymous token policy, so the client gives up before
            // ActivateSession; the server would answer Bad_IdentityTokenInvalid (OPC 10000-4 §5.6.3).
            assertThrows(ExecutionException.class, () -> TestClient.connect(server, SecurityPolicy.Basic256Sha256,
                    MessageSecurityMode.SignAndEncrypt, TestClient.anonymous()));
        }
    }

    @Test
    @DisplayName("the server certificate is created on first start and reused on the next (same thumbprint)")
    void theCertificateIsCreatedOnceAndReused() throws Exception {
        String first;
        X509Certificate certificate;
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            first = server.certificateThumbprint();
            certificate = server.certificate();
            assertTrue(Files.isRegularFile(pki.resolve("own/server.p12")), "no key store in the PKI directory");
            assertTrue(Files.isRegularFile(pki.resolve("own/certs/server.der")), "no exported certificate");
        }
        assertEquals(List.of("urn:fieldbridge:runtime:" + TestServer.NAME),
                CertificateUtil.getSanUri(certificate).stream().toList(), "ApplicationUri in the subjectAltName");
        assertTrue(CertificateUtil.getSanIpAddresses(certificate).contains(LoopbackPort.ADDRESS));
        assertEquals(2048, ((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        try (TwinOpcUaServer again = TestServer.start(pki, secrets)) {
            assertEquals(first, again.certificateThumbprint());
        }
        assertNotNull(first);
    }

    @Test
    @DisplayName("a wrong key store password stops the start and does not replace the stored certificate")
    void aWrongKeyStorePasswordStopsTheStart() throws Exception {
        String first;
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            first = server.certificateThumbprint();
        }
        byte[] keyStore = Files.readAllBytes(pki.resolve("own/server.p12"));
        assertThrows(Exception.class, () -> TestServer.start(pki, new TestSecrets()).close());
        assertTrue(java.util.Arrays.equals(keyStore, Files.readAllBytes(pki.resolve("own/server.p12"))));
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            assertEquals(first, server.certificateThumbprint());
        }
    }

    @Test
    @DisplayName("with userCertificates configured, a known X.509 user certificate opens a session and an unknown one is rejected")
    void x509UserCertificatesAreMappedToUsers() throws Exception {
        ApplicationCertificate engineer = ApplicationCertificate.create("engineer", "urn:fieldbridge:tests:user:engineer");
        ApplicationCertificate stranger = ApplicationCertificate.create("stranger", "urn:fieldbridge:tests:user:stranger");
        try (TwinOpcUaServer server = TestServer.start(pki, secrets,
                b -> b.userCertificates(c -> c.equals(engineer.certificate()) ? Optional.of("engineer")
                        : Optional.empty()))) {
            server.publish(AcmePlant.BATH_TEMP, Sample.good(30.0, Instant.now()));
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256,
                    MessageSecurityMode.SignAndEncrypt,
                    new X509IdentityProvider(engineer.certificate(), engineer.keyPair().getPrivate()));
            try {
                assertEquals(30.0, read(client, server, AcmePlant.BATH_TEMP).getValue().getValue());
            } finally {
                TestClient.disconnect(client);
            }
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> TestClient.connect(server, SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt,
                            new X509IdentityProvider(stranger.certificate(), stranger.keyPair().getPrivate())));
            // a well-formed certificate that is not one of a configured user: rejected (OPC 10000-4 §5.6.3.3)
            List<Long> codes = statusCodes(failure);
            assertTrue(codes.contains(StatusCodes.Bad_IdentityTokenRejected), "status codes " + hex(codes));
        }
    }

    @Test
    @DisplayName("a client whose certificate is not trusted is refused and its certificate lands in rejected/")
    void anUntrustedClientIsRefusedAndQuarantined() throws Exception {
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            ApplicationCertificate stranger = ApplicationCertificate.create("stranger", "urn:fieldbridge:tests:stranger");
            var trustList = new org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager();
            trustList.addTrustedCertificate(server.certificate());
            OpcUaClient client = OpcUaClient.create(server.endpointUrls().get(0),
                    endpoints -> endpoints.stream()
                            .filter(e -> SecurityPolicy.Basic256Sha256.getUri().equals(e.getSecurityPolicyUri()))
                            .findFirst(),
                    transport -> {
                    },
                    config -> config.setApplicationUri(stranger.applicationUri())
                            .setApplicationName(LocalizedText.english("stranger"))
                            .setKeyPair(stranger.keyPair())
                            .setCertificate(stranger.certificate())
                            .setCertificateChain(stranger.chain())
                            .setCertificateValidator(
                                    new org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator(
                                            trustList,
                                            new org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine()))
                            .setIdentityProvider(new UsernameProvider(TestSecrets.USER, secrets.password())));
            assertThrows(ExecutionException.class, () -> client.connectAsync().get(15, SECONDS));
            try (Stream<Path> rejected = Files.list(pki.resolve("rejected"))) {
                assertEquals(1, rejected.count(), "the refused certificate is kept for an administrator to trust");
            }
        }
    }

    private static DataValue read(OpcUaClient client, TwinOpcUaServer server, String id) throws Exception {
        return client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(TestClient.nodeId(server, id)))
                .get(10, SECONDS).get(0);
    }

    private static List<Long> statusCodes(Throwable failure) {
        List<Long> codes = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UaException ua) {
                codes.add(ua.getStatusCode().getValue());
            }
        }
        return codes;
    }

    private static List<String> hex(List<Long> codes) {
        return codes.stream().map(c -> String.format("0x%08X", c)).toList();
    }
}
