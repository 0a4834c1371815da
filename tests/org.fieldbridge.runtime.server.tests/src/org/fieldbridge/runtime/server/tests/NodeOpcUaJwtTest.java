/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.fieldbridge.runtime.server.IdentityDecision;
import org.fieldbridge.runtime.server.IdentityRoleMapping;
import org.fieldbridge.runtime.server.IssuedTokenTrust;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.tests.support.NodeOpcUa;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * JWT issued tokens with a client that is not ours (issue 13's check "log in with a JWT from a test identity provider
 * and get the mapped role"): node-opcua (interop/jwt-session.js) sends an IssuedIdentityToken it encoded and
 * encrypted itself for the server's JWT policy; a good token of the test identity provider ({@link TokenIssuer})
 * reads its line and not the other; a forged signature, a wrong audience and an expired token are refused at
 * ActivateSession with the codes of docs/opcua-server.md.
 */
@Timeout(300)
class NodeOpcUaJwtTest {

    private static final String CLIENT_URI = "urn:fieldbridge:tests:node-opcua-jwt";
    private static final List<String> ANODIZING = List.of("/plant/anodizing-operators");
    /**
     * What node-opcua reports it used on the Basic256Sha256 endpoint: the server's policy id and RSA-OAEP (the JWT
     * policy names no security policy, so the endpoint's applies).
     */
    private static final Map<String, String> ENCODING = Map.of("policyId", "jwt", "encryption",
            "http://www.w3.org/2001/04/xmlenc#rsa-oaep");
    private static final String BASIC256SHA256 = "Basic256Sha256";

    @TempDir
    static Path folder;

    private static final IdentityProbe probe = new IdentityProbe();
    private static TokenIssuer idp;
    private static TwinOpcUaServer server;
    private static NodeOpcUa nodeOpcUa;
    private static TrustedNodeClient client;
    private static String anodizing;
    private static String powder;

    @BeforeAll
    static void start() throws Exception {
        nodeOpcUa = NodeOpcUa.installed();
        idp = TokenIssuer.create();
        Path jwks = idp.writeJwks(folder);
        server = IdentityServer.start("tokens-interop", folder, probe, builder -> builder.issuedTokens(
                new IssuedTokenTrust(TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, jwks, Duration.ofSeconds(60),
                        IdentityRoleMapping.of("groups").with(ANODIZING.get(0), List.of("anodizingOperator")),
                        IssuedTokenTrust.DEFAULT_USER_CLAIMS)));
        client = TrustedNodeClient.of(server, folder, "Fieldbridge JWT login (node-opcua)", CLIENT_URI);
        anodizing = server.nodeId(RolePlant.ANODIZING_TEMP);
        powder = server.nodeId(RolePlant.POWDER_TEMP);
    }

    @AfterAll
    static void stop() throws Exception {
        IdentityServer.stop(server);
    }

    @Test
    @DisplayName("node-opcua: a good JWT gets the mapped role: it reads the anodizing line, not powder coating")
    void aGoodTokenGetsTheMappedRole() throws Exception {
        int before = probe.decisionCount();
        Map<String, String> expected = new LinkedHashMap<>(ENCODING);
        expected.put("session", "Good");
        expected.put(anodizing, "Good");
        expected.put(powder, "Bad_UserAccessDenied");
        assertEquals(expected, login("good", BASIC256SHA256, idp.token("anna.k", ANODIZING)));
        IdentityDecision decision = probe.decisionAbout("anna.k", before);
        assertTrue(decision.accepted(), decision.toString());
        assertEquals("IssuedToken", decision.tokenType());
        assertEquals(Set.of("anodizingOperator"), decision.plantRoles());
    }

    @Test
    @DisplayName("node-opcua: over Aes256_Sha256_RsaPss the token encrypted with RSA-OAEP-SHA256 gets the mapped role too")
    void aGoodTokenOverAes256Sha256RsaPssGetsTheMappedRole() throws Exception {
        int before = probe.decisionCount();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("policyId", "jwt");
        expected.put("encryption", "http://opcfoundation.org/UA/security/rsa-oaep-sha2-256");
        expected.put("session", "Good");
        expected.put(anodizing, "Good");
        expected.put(powder, "Bad_UserAccessDenied");
        assertEquals(expected, login("pss", "Aes256_Sha256_RsaPss", idp.token("eva", ANODIZING, JWSAlgorithm.ES256,
                c -> c)));
        IdentityDecision decision = probe.decisionAbout("eva", before);
        assertTrue(decision.accepted(), decision.toString());
        assertEquals(Set.of("anodizingOperator"), decision.plantRoles());
    }

    @Test
    @DisplayName("node-opcua: a JWT whose signature does not verify is refused at ActivateSession: Bad_IdentityTokenInvalid")
    void aForgedTokenIsRefused() throws Exception {
        assertRefused("forged", idp.forged("forger", ANODIZING), "", StatusCodes.Bad_IdentityTokenInvalid,
                "Bad_IdentityTokenInvalid", "signature does not verify");
    }

    @Test
    @DisplayName("node-opcua: a JWT for another audience is refused at ActivateSession: Bad_IdentityTokenRejected")
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused("audience", idp.token("anna.k", ANODIZING, JWSAlgorithm.RS256,
                c -> c.audience("urn:erp.acme.example")), "anna.k", StatusCodes.Bad_IdentityTokenRejected,
                "Bad_IdentityTokenRejected", "not for this server");
    }

    @Test
    @DisplayName("node-opcua: an expired JWT is refused at ActivateSession: Bad_IdentityTokenRejected")
    void anExpiredTokenIsRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused("expired", idp.token("anna.k", ANODIZING, JWSAlgorithm.RS256,
                c -> c.notBeforeTime(Date.from(now.minusSeconds(1200))).expirationTime(Date.from(now.minusSeconds(600)))),
                "anna.k", StatusCodes.Bad_IdentityTokenRejected, "Bad_IdentityTokenRejected", "expired at");
    }

    private static void assertRefused(String run, String token, String user, long code, String codeName,
            String words) throws Exception {
        int before = probe.decisionCount();
        Map<String, String> expected = new LinkedHashMap<>(ENCODING);
        expected.put("session", codeName);
        assertEquals(expected, login(run, BASIC256SHA256, token));
        IdentityDecision decision = probe.decisionAbout(user, before);
        assertFalse(decision.accepted(), decision.toString());
        assertEquals(code, decision.statusCode(), decision.toString());
        assertTrue(decision.reason().contains(words), decision.reason());
    }

    /**
     * Runs jwt-session.js with the token in its environment.
     *
     * @param securityPolicy the channel's security policy, as node-opcua names it
     * @return the JSON row it printed
     */
    private static Map<String, String> login(String run, String securityPolicy, String token) throws Exception {
        Map<String, String> env = client.environment(run);
        env.put("FB_JWT", token);
        env.put("FB_READ", anodizing + "," + powder);
        env.put("FB_SECURITY_POLICY", securityPolicy);
        NodeOpcUa.Run result = nodeOpcUa.run(InteropFolder.script("jwt-session.js"), folder, env,
                Duration.ofSeconds(60));
        String json = result.lastJsonLine("(" + run + ")");
        assertFalse(result.output().contains(token.split("\\.")[1]), "the client printed the token");
        return new LinkedHashMap<>(FlatJson.parse(json));
    }
}
