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
import java.util.Set;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.fieldbridge.runtime.server.CertificateRoleSource;
import org.fieldbridge.runtime.server.IdentityDecision;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * User certificates that name their plant roles in the subjectAltName ({@link CertificateRoleSource#EXTENSION},
 * {@code urn:fieldbridge:role:<plantRole>}), and strict revocation ({@code requireCrl}): a CA without a revocation
 * list in the user PKI gets its users refused with Bad_IdentityTokenRejected, the log naming
 * Bad_CertificateRevocationUnknown (OPC 10000-4 §6.1.3 Table 100). Issue 13 item 2.
 */
@Timeout(180)
class UserCertificateRoleExtensionTest {

    @TempDir
    static Path folder;

    private static final IdentityProbe probe = new IdentityProbe();
    private static TwinOpcUaServer server;
    private static UserPki ca;
    private static UserPki caWithoutCrl;
    private static UserPki caWithOldCrl;

    @BeforeAll
    static void start() throws Exception {
        Path userPki = folder.resolve("user-pki");
        ca = UserPki.ca("Acme user CA");
        ca.trustIn(userPki);
        ca.revoke(userPki); // a CRL listing nobody: revocation can be checked
        caWithoutCrl = UserPki.ca("Acme contractors CA");
        caWithoutCrl.trustIn(userPki);
        caWithOldCrl = UserPki.ca("Acme visitors CA");
        caWithOldCrl.trustIn(userPki);
        caWithOldCrl.revoke(userPki, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(2)));
        server = IdentityServer.start("role-extension-test", folder, probe, builder -> builder
                .userCertificates(UserCertificateTrust.rolesFromExtension(userPki).requiringCrl(true)));
    }

    @AfterAll
    static void stop() throws Exception {
        IdentityServer.stop(server);
    }

    @Test
    @DisplayName("a certificate whose subjectAltName holds urn:fieldbridge:role:anodizingOperator reads the anodizing line, not the powder line")
    void aRoleUriInTheSubjectAltNameGrantsThatPlantRole() throws Exception {
        int before = probe.decisionCount();
        var certificate = ca.issueWithUris("CN=anna.k,O=Acme", "mailto-is-not-a-role:anna@acme.example",
                "urn:fieldbridge:role:anodizingOperator");
        OpcUaClient client = probe.login(server, certificate.identity());
        try {
            assertEquals(21.5, IdentityProbe.read(client, server, RolePlant.ANODIZING_TEMP).getValue().getValue());
            assertEquals(StatusCodes.Bad_UserAccessDenied,
                    IdentityProbe.read(client, server, RolePlant.POWDER_TEMP).getStatusCode().getValue());
        } finally {
            TestClient.disconnect(client);
        }
        IdentityDecision decision = probe.decisionAbout("anna.k", before);
        assertTrue(decision.accepted(), decision.toString());
        assertEquals(Set.of("anodizingOperator"), decision.plantRoles());
    }

    @Test
    @DisplayName("role URIs are case-sensitive in the role name; two URIs give two roles")
    void twoRoleUrisGiveTwoRoles() throws Exception {
        int before = probe.decisionCount();
        var certificate = ca.issueWithUris("CN=quinn.q,O=Acme", "URN:Fieldbridge:Role:qualityManager",
                "urn:fieldbridge:role:powderOperator");
        OpcUaClient client = probe.login(server, certificate.identity());
        try {
            assertEquals(180.0, IdentityProbe.read(client, server, RolePlant.POWDER_TEMP).getValue().getValue());
        } finally {
            TestClient.disconnect(client);
        }
        assertEquals(Set.of("qualityManager", "powderOperator"), probe.decisionAbout("quinn.q", before).plantRoles());
    }

    @Test
    @DisplayName("with roles from the extension, the subject's OU grants nothing")
    void theSubjectGrantsNothingWhenRolesComeFromTheExtension() throws Exception {
        int before = probe.decisionCount();
        OpcUaClient client = probe.login(server, ca.issue("CN=otto,OU=anodizingOperator,O=Acme").identity());
        try {
            assertEquals(StatusCodes.Bad_UserAccessDenied,
                    IdentityProbe.read(client, server, RolePlant.ANODIZING_TEMP).getStatusCode().getValue());
        } finally {
            TestClient.disconnect(client);
        }
        assertEquals(Set.of(), probe.decisionAbout("otto", before).plantRoles());
    }

    @Test
    @DisplayName("with requireCrl, a user of a trusted CA without a revocation list is refused: Bad_IdentityTokenRejected, logged as Bad_CertificateRevocationUnknown")
    void aCaWithoutRevocationListIsRefusedWhenCrlsAreRequired() throws Exception {
        var contractor = caWithoutCrl.issueWithUris("CN=carl,O=Contractors", "urn:fieldbridge:role:anodizingOperator");
        IdentityProbe.Refusal refusal = probe.refused(server, contractor.identity(), "carl");
        assertTrue(refusal.clientCodes().contains(StatusCodes.Bad_IdentityTokenRejected),
                "the client got " + refusal.clientCodeNames());
        IdentityDecision decision = refusal.decision();
        assertEquals(StatusCodes.Bad_IdentityTokenRejected, decision.statusCode(), decision.toString());
        assertTrue(decision.reason().startsWith("Bad_CertificateRevocationUnknown:")
                && decision.reason().contains("Acme contractors CA") && decision.reason().contains("trusted/crl"),
                decision.reason());
        assertTrue(decision.plantRoles().isEmpty());
    }

    @Test
    @DisplayName("with requireCrl, a user of a CA whose revocation list is past its next update is refused: Bad_CertificateRevocationUnknown")
    void aCaWithAnOutOfDateRevocationListIsRefusedWhenCrlsAreRequired() throws Exception {
        var visitor = caWithOldCrl.issueWithUris("CN=vera,O=Visitors", "urn:fieldbridge:role:qualityManager");
        IdentityProbe.Refusal refusal = probe.refused(server, visitor.identity(), "vera");
        assertTrue(refusal.clientCodes().contains(StatusCodes.Bad_IdentityTokenRejected),
                "the client got " + refusal.clientCodeNames());
        String reason = refusal.decision().reason();
        assertTrue(reason.startsWith("Bad_CertificateRevocationUnknown:") && reason.contains("out of date"), reason);
    }
}
