/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.fieldbridge.runtime.server.IdentityDecision;
import org.fieldbridge.runtime.server.IdentityRoleMapping;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * X.509 user certificates (issue 13 items 2 and 5): a CA made by the test is trusted in the user PKI, its users'
 * OU names their plant role; expired, not yet valid, untrusted, revoked and wrong-purpose certificates are
 * refused with the ActivateSession code of docs/opcua-server.md, and the server names the failed check.
 */
@Timeout(180)
class UserCertificateIdentityTest {

    private static final String OPERATORS = "OU=AnodizingOperators,O=Acme";

    @TempDir
    static Path folder;

    private static final IdentityProbe probe = new IdentityProbe();
    private static TwinOpcUaServer server;
    private static UserPki ca;
    private static Path userPki;
    private static UserPki.UserCertificate revoked;

    @BeforeAll
    static void start() throws Exception {
        userPki = folder.resolve("user-pki");
        ca = UserPki.ca("Acme user CA");
        ca.trustIn(userPki);
        revoked = ca.issue("CN=rita," + OPERATORS);
        ca.revoke(userPki, revoked.certificate());
        IdentityRoleMapping roles = IdentityRoleMapping.of("OU").with("AnodizingOperators", List.of("anodizingOperator"));
        server = IdentityServer.start("certificates-test", folder, probe,
                builder -> builder.userCertificates(new UserCertificateTrust(userPki, roles)));
    }

    @AfterAll
    static void stop() throws Exception {
        IdentityServer.stop(server);
    }

    @Test
    @DisplayName("a certificate of the trusted CA opens a session with the role its OU names: its line readable, the other not")
    void aTrustedCertificateGetsTheRoleItsOuNames() throws Exception {
        int before = probe.decisionCount();
        OpcUaClient client = probe.login(server, ca.issue("CN=anna.k," + OPERATORS).identity());
        try {
            assertEquals(21.5, IdentityProbe.read(client, server, RolePlant.ANODIZING_TEMP).getValue().getValue());
            assertEquals(StatusCodes.Bad_UserAccessDenied,
                    IdentityProbe.read(client, server, RolePlant.POWDER_TEMP).getStatusCode().getValue());
        } finally {
            TestClient.disconnect(client);
        }
        IdentityDecision decision = probe.decisionAbout("anna.k", before);
        assertTrue(decision.accepted(), decision.toString());
        assertEquals("Certificate", decision.tokenType());
        assertEquals(Set.of("anodizingOperator"), decision.plantRoles());
    }

    @Test
    @DisplayName("a certificate whose OU maps to no role opens a session that reads no plant node")
    void aCertificateWithoutAMappedOuReadsNothing() throws Exception {
        OpcUaClient client = probe.login(server, ca.issue("CN=visitor,OU=Visitors,O=Acme").identity());
        try {
            assertEquals(StatusCodes.Bad_UserAccessDenied,
                    IdentityProbe.read(client, server, RolePlant.ANODIZING_TEMP).getStatusCode().getValue());
        } finally {
            TestClient.disconnect(client);
        }
    }

    @Test
    @DisplayName("by default a user of a trusted CA without a revocation list is accepted (the server warns once)")
    void aCaWithoutRevocationListIsAcceptedByDefault() throws Exception {
        UserPki contractors = UserPki.ca("Acme contractors CA");
        contractors.trustIn(userPki);
        int before = probe.decisionCount();
        OpcUaClient client = probe.login(server, contractors.issue("CN=carl," + OPERATORS).identity());
        TestClient.disconnect(client);
        assertTrue(probe.decisionAbout("carl", before).accepted());
    }

    @Test
    @DisplayName("an expired user certificate is refused: Bad_IdentityTokenRejected, logged as Bad_CertificateTimeInvalid")
    void anExpiredCertificateIsRefused() throws Exception {
        Instant now = Instant.now();
        var expired = ca.issue("CN=old.timer," + OPERATORS, now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)), KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth);
        assertRefused(expired, "old.timer", StatusCodes.Bad_IdentityTokenRejected, "Bad_CertificateTimeInvalid", "expired");
    }

    @Test
    @DisplayName("a user certificate not yet valid is refused: Bad_IdentityTokenRejected, logged as Bad_CertificateTimeInvalid")
    void aNotYetValidCertificateIsRefused() throws Exception {
        Instant now = Instant.now();
        var early = ca.issue("CN=early.bird," + OPERATORS, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth);
        assertRefused(early, "early.bird", StatusCodes.Bad_IdentityTokenRejected, "Bad_CertificateTimeInvalid",
                "not valid before");
    }

    @Test
    @DisplayName("a certificate of a CA not in trusted/certs is refused: Bad_IdentityTokenRejected, logged as Bad_CertificateUntrusted")
    void anUntrustedCertificateIsRefused() throws Exception {
        var stranger = UserPki.ca("Some other CA").issue("CN=mallory," + OPERATORS);
        assertRefused(stranger, "mallory", StatusCodes.Bad_IdentityTokenRejected, "Bad_CertificateUntrusted",
                "trusted/certs");
    }

    @Test
    @DisplayName("a certificate on the CA's revocation list is refused: Bad_IdentityTokenRejected, logged as Bad_CertificateRevoked")
    void aRevokedCertificateIsRefused() throws Exception {
        assertRefused(revoked, "rita", StatusCodes.Bad_IdentityTokenRejected, "Bad_CertificateRevoked", "revoked");
    }

    @Test
    @DisplayName("a certificate whose key usage lacks digitalSignature is refused: Bad_IdentityTokenInvalid, logged as Bad_CertificateUseNotAllowed")
    void aCertificateThatMayNotSignIsRefused() throws Exception {
        Instant now = Instant.now();
        var encipherOnly = ca.issue("CN=cipher," + OPERATORS, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), KeyUsage.keyEncipherment, KeyPurposeId.id_kp_clientAuth);
        assertRefused(encipherOnly, "cipher", StatusCodes.Bad_IdentityTokenInvalid, "Bad_CertificateUseNotAllowed",
                "digitalSignature");
    }

    @Test
    @DisplayName("a server-only certificate (extended key usage without clientAuth) is refused: Bad_IdentityTokenInvalid")
    void aServerCertificateIsRefused() throws Exception {
        Instant now = Instant.now();
        var serverOnly = ca.issue("CN=web.acme.example," + OPERATORS, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), KeyUsage.digitalSignature, KeyPurposeId.id_kp_serverAuth);
        assertRefused(serverOnly, "web.acme.example", StatusCodes.Bad_IdentityTokenInvalid,
                "Bad_CertificateUseNotAllowed", "clientAuth");
    }

    private static void assertRefused(UserPki.UserCertificate certificate, String user, long clientCode,
            String checkCode, String words) throws Exception {
        IdentityProbe.Refusal refusal = probe.refused(server, certificate.identity(), user);
        assertTrue(refusal.clientCodes().contains(clientCode),
                "the client got " + refusal.clientCodeNames() + ", not " + IdentityProbe.name(clientCode));
        IdentityDecision decision = refusal.decision();
        assertEquals(clientCode, decision.statusCode(), decision.toString());
        assertTrue(decision.reason().startsWith(checkCode) && decision.reason().contains(words), decision.reason());
        assertTrue(decision.plantRoles().isEmpty());
    }
}
