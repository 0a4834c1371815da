/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A test identity provider: an RSA and an EC signing key made in the test, their public halves written as a JWKS
 * file, and tokens signed with them. {@link #token} gives a good token for a user; the negative tests change
 * its claims or sign it with a key the server does not know.
 */
final class TokenIssuer {

    static final String ISSUER = "https://login.acme.example/realms/plant";
    static final String AUDIENCE = "urn:fieldbridge:runtime:roles-test";

    private final RSAKey rsa;
    private final ECKey ec;

    private TokenIssuer(RSAKey rsa, ECKey ec) {
        this.rsa = rsa;
        this.ec = ec;
    }

    static TokenIssuer create() throws Exception {
        return new TokenIssuer(new RSAKeyGenerator(2048).keyID("rsa-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
                .generate(), new ECKeyGenerator(Curve.P_256).keyID("ec-" + UUID.randomUUID())
                .keyUse(KeyUse.SIGNATURE).generate());
    }

    /** Writes the public keys as the identity provider publishes them ({@code /protocol/openid-connect/certs}). */
    Path writeJwks(Path folder) throws Exception {
        Path file = folder.resolve("idp-jwks.json");
        Files.writeString(file, new JWKSet(publicKeys()).toString(true), StandardCharsets.UTF_8);
        return file;
    }

    /** @return the public halves of the signing keys, as a JWKS lists them */
    List<JWK> publicKeys() {
        return List.of(rsa.toPublicJWK(), ec.toPublicJWK());
    }

    /** @return the key set with the private keys: what must never be handed to the server */
    String privateJwks() {
        return new JWKSet(List.<JWK>of(rsa, ec)).toString(false);
    }

    /** @return a good RS256 token of {@code user} with {@code groups}, valid from a minute ago for five minutes */
    String token(String user, List<String> groups) throws Exception {
        return token(user, groups, JWSAlgorithm.RS256, c -> c);
    }

    /** @return a token signed with RS256 or ES256 by this issuer's key, claims changed by {@code change} */
    String token(String user, List<String> groups, JWSAlgorithm algorithm, UnaryOperator<JWTClaimsSet.Builder> change)
            throws Exception {
        JWK key = algorithm == JWSAlgorithm.ES256 ? ec : rsa;
        JWSSigner signer;
        if (key instanceof ECKey e) { // if, not ?: (the signers' common superclass is not exported)
            signer = new ECDSASigner(e);
        } else {
            signer = new RSASSASigner((RSAKey) key);
        }
        return sign(claims(user, groups, change), algorithm, key.getKeyID(), signer);
    }

    /** @return a token signed by a key the server does not know, under this issuer's key id */
    String forged(String user, List<String> groups) throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).generate();
        return sign(claims(user, groups, c -> c), JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(other));
    }

    /** @return a token signed by a key the server does not know, with a key id the JWKS file lacks */
    String unknownKey(String user, List<String> groups) throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("rotated-away").generate();
        return sign(claims(user, groups, c -> c), JWSAlgorithm.RS256, other.getKeyID(), new RSASSASigner(other));
    }

    private static JWTClaimsSet claims(String user, List<String> groups, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .subject(UUID.randomUUID().toString()).claim("preferred_username", user).claim("groups", groups)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minus(Duration.ofMinutes(1))))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString());
        return change.apply(claims).build();
    }

    private static String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, String keyId, JWSSigner signer)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
