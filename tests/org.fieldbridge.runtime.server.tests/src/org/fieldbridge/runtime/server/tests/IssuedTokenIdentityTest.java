/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.fieldbridge.runtime.server.IdentityDecision;
import org.fieldbridge.runtime.server.IdentityRoleMapping;
import org.fieldbridge.runtime.server.IssuedTokenTrust;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LogCapture;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * JWT issued tokens (issue 13 items 2 and 5): a test identity provider (keys made in the test, JWKS file in a
 * temporary folder, tokens signed in the test) logs users in through an IssuedIdentityToken; the group claim maps
 * to plant roles; bad signature, unknown key, wrong issuer or audience, expired and not yet valid tokens are
 * refused with the codes of docs/opcua-server.md.
 */
@Timeout(180)
class IssuedTokenIdentityTest {

    private static final List<String> ANODIZING = List.of("/plant/anodizing-operators");

    @TempDir
    static Path folder;

    private static final IdentityProbe probe = new IdentityProbe();
    private static TokenIssuer idp;
    private static TwinOpcUaServer server;

    @BeforeAll
    static void start() throws Exception {
        idp = TokenIssuer.create();
        IdentityRoleMapping roles = IdentityRoleMapping.of("groups").with("/plant/anodizing-operators",
                List.of("anodizingOperator"));
        Path jwks = idp.writeJwks(folder);
        server = IdentityServer.start("tokens-test", folder, probe, builder -> builder.issuedTokens(new IssuedTokenTrust(
                TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, jwks, Duration.ofSeconds(60), roles,
                IssuedTokenTrust.DEFAULT_USER_CLAIMS)));
    }

    @AfterAll
    static void stop() throws Exception {
        IdentityServer.stop(server);
    }

    @Test
    @DisplayName("the secure endpoints offer an IssuedToken policy of type JWT naming the identity provider")
    void theEndpointsOfferAJwtPolicy() throws Exception {
        List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(server.endpointUrls().get(0)).get(10, SECONDS);
        for (EndpointDescription endpoint : endpoints) {
            UserTokenPolicy jwt = Arrays.stream(endpoint.getUserIdentityTokens())
                    .filter(p -> p.getTokenType() == UserTokenType.IssuedToken).findFirst()
                    .orElseThrow(() -> new AssertionError("no IssuedToken policy on " + endpoint.getSecurityPolicyUri()));
            assertEquals("http://opcfoundation.org/UA/UserToken#JWT", jwt.getIssuedTokenType());
            assertTrue(jwt.getIssuerEndpointUrl().contains(TokenIssuer.ISSUER), jwt.getIssuerEndpointUrl());
            assertFalse(SecurityPolicy.None.getUri().equals(endpoint.getSecurityPolicyUri()));
        }
    }

    @Test
    @DisplayName("a good RS256 token gets the mapped role: it reads its line, not the other; the user name is preferred_username")
    void aGoodTokenGetsTheMappedRole() throws Exception {
        int before = probe.decisionCount();
        String token = idp.token("anna.k", ANODIZING);
        try (LogCapture log = new LogCapture()) {
            OpcUaClient client = probe.login(server, new JwtIdentityProvider(token));
            try {
                assertEquals(21.5, IdentityProbe.read(client, server, RolePlant.ANODIZING_TEMP).getValue().getValue());
                assertEquals(StatusCodes.Bad_UserAccessDenied,
                        IdentityProbe.read(client, server, RolePlant.POWDER_TEMP).getStatusCode().getValue());
            } finally {
                TestClient.disconnect(client);
            }
            assertTrue(log.text().contains("user 'anna.k' authenticated by an issued token"), log.text());
            assertFalse(log.text().contains(token.split("\\.")[1]), "the token appears in the log");
        }
        IdentityDecision decision = probe.decisionAbout("anna.k", before);
        assertTrue(decision.accepted(), decision.toString());
        assertEquals("IssuedToken", decision.tokenType());
        assertEquals(Set.of("anodizingOperator"), decision.plantRoles());
    }

    @Test
    @DisplayName("a good ES256 token is accepted too")
    void aGoodEs256TokenIsAccepted() throws Exception {
        OpcUaClient client = probe.login(server,
                new JwtIdentityProvider(idp.token("eva", ANODIZING, JWSAlgorithm.ES256, c -> c)));
        try {
            assertEquals(21.5, IdentityProbe.read(client, server, RolePlant.ANODIZING_TEMP).getValue().getValue());
        } finally {
            TestClient.disconnect(client);
        }
    }

    @Test
    @DisplayName("a token expired 30 s ago is still accepted within the 60 s clock skew")
    void aTokenWithinTheClockSkewIsAccepted() throws Exception {
        Instant now = Instant.now();
        OpcUaClient client = probe.login(server, new JwtIdentityProvider(idp.token("skewed", ANODIZING,
                JWSAlgorithm.RS256, c -> c.expirationTime(Date.from(now.minusSeconds(30))))));
        TestClient.disconnect(client);
    }

    @Test
    @DisplayName("a token whose signature does not verify is refused: Bad_IdentityTokenInvalid")
    void aForgedTokenIsRefused() throws Exception {
        assertRefused(idp.forged("forger", ANODIZING), "", StatusCodes.Bad_IdentityTokenInvalid,
                "signature does not verify");
    }

    @Test
    @DisplayName("a token signed with a key id the JWKS file lacks is refused: Bad_IdentityTokenRejected")
    void aTokenOfAnUnknownKeyIsRefused() throws Exception {
        assertRefused(idp.unknownKey("rotated", ANODIZING), "", StatusCodes.Bad_IdentityTokenRejected,
                "key id 'rotated-away'");
    }

    @Test
    @DisplayName("a token for another audience is refused: Bad_IdentityTokenRejected")
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(idp.token("anna.k", ANODIZING, JWSAlgorithm.RS256, c -> c.audience("urn:erp.acme.example")),
                "anna.k", StatusCodes.Bad_IdentityTokenRejected, "not for this server");
    }

    @Test
    @DisplayName("a token of another issuer is refused: Bad_IdentityTokenRejected")
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        assertRefused(idp.token("anna.k", ANODIZING, JWSAlgorithm.RS256, c -> c.issuer("https://evil.example")),
                "anna.k", StatusCodes.Bad_IdentityTokenRejected, "not by the configured identity provider");
    }

    @Test
    @DisplayName("an expired token (beyond the clock skew) is refused: Bad_IdentityTokenRejected")
    void anExpiredTokenIsRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused(idp.token("anna.k", ANODIZING, JWSAlgorithm.RS256,
                c -> c.notBeforeTime(Date.from(now.minusSeconds(1200))).expirationTime(Date.from(now.minusSeconds(600)))),
                "anna.k", StatusCodes.Bad_IdentityTokenRejected, "expired at");
    }

    @Test
    @DisplayName("a token not yet valid (nbf beyond the clock skew) is refused: Bad_IdentityTokenRejected")
    void aNotYetValidTokenIsRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused(idp.token("anna.k", ANODIZING, JWSAlgorithm.RS256,
                c -> c.notBeforeTime(Date.from(now.plusSeconds(600))).expirationTime(Date.from(now.plusSeconds(900)))),
                "anna.k", StatusCodes.Bad_IdentityTokenRejected, "not valid before");
    }

    @Test
    @DisplayName("a token without expiry is refused: Bad_IdentityTokenRejected")
    void aTokenWithoutExpiryIsRefused() throws Exception {
        assertRefused(idp.token("anna.k", ANODIZING, JWSAlgorithm.RS256, c -> c.expirationTime(null)), "anna.k",
                StatusCodes.Bad_IdentityTokenRejected, "no expiry");
    }

    @Test
    @DisplayName("a key added to the JWKS file (key rotation) is used from the next login on, without a restart")
    void aRotatedKeyIsReadWithoutRestart() throws Exception {
        TokenIssuer rotated = TokenIssuer.create();
        Path jwks = folder.resolve("idp-jwks.json");
        String token = rotated.token("rolf", ANODIZING);
        probe.refused(server, new JwtIdentityProvider(token), "");
        // the provider publishes its new key beside the old ones (the other tests keep using those)
        List<JWK> keys = new ArrayList<>(idp.publicKeys());
        keys.addAll(rotated.publicKeys());
        Path staged = Files.writeString(folder.resolve("rotated-jwks.json"), new JWKSet(keys).toString());
        Files.move(staged, jwks, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jwks, FileTime.from(Instant.now().plusSeconds(5)));
        OpcUaClient client = probe.login(server, new JwtIdentityProvider(rotated.token("rolf", ANODIZING)));
        TestClient.disconnect(client);
    }

    @Test
    @DisplayName("a JWKS file that holds a private key stops the start: it does not belong on the edge box")
    void aJwksWithAPrivateKeyStopsTheStart() throws Exception {
        Path jwks = folder.resolve("private-jwks.json");
        Files.writeString(jwks, TokenIssuer.create().privateJwks());
        TwinServerConfig config = TwinServerConfig.builder("tokens-private", new RolePlant())
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(folder.resolve("pki-2"))
                .issuedTokens(IssuedTokenTrust.of(TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, jwks,
                        IdentityRoleMapping.of("groups")))
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TwinOpcUaServer.start(config, RolePlant.description()).close());
        assertTrue(e.getMessage().contains("private key"), e.getMessage());
    }

    /**
     * @param user the user the server's decision names: the token's user when its signature held (a stale or
     *        misdirected token of a real user), empty when the token is not the provider's
     */
    private static void assertRefused(String token, String user, long clientCode, String words) throws Exception {
        try (LogCapture log = new LogCapture()) {
            IdentityProbe.Refusal refusal = probe.refused(server, new JwtIdentityProvider(token), user);
            assertTrue(refusal.clientCodes().contains(clientCode),
                    "the client got " + refusal.clientCodeNames() + ", not " + IdentityProbe.name(clientCode));
            IdentityDecision decision = refusal.decision();
            assertEquals(clientCode, decision.statusCode(), decision.toString());
            assertTrue(decision.reason().contains(words), decision.reason());
            assertTrue(log.text().contains("issued token (JWT) refused: " + decision.reason()), log.text());
            assertFalse(log.text().contains(token.split("\\.")[1]), "the token appears in the log");
        }
    }
}
