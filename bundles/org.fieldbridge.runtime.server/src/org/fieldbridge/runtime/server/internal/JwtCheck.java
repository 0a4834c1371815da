/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.fieldbridge.runtime.server.IssuedTokenTrust;

/**
 * Checks a JWT of the enterprise identity provider (RFC 7519 §7.2, RFC 8725): signature with a key of the JWKS
 * file (by key id), then {@code iss}, {@code aud}, {@code exp}, {@code nbf}; reads the user and the claim that
 * names the roles. The token itself never appears in a message.
 */
final class JwtCheck {

    /** Asymmetric algorithms only: HS* would need a shared secret, "none" is no signature. */
    static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final IssuedTokenTrust trust;
    private final JwksKeys keys;
    private final Clock clock;

    JwtCheck(IssuedTokenTrust trust, JwksKeys keys, Clock clock) {
        this.trust = trust;
        this.keys = keys;
        this.clock = clock;
    }

    /** @return the user the token names and the plant roles its claims map to */
    AuthenticatedUser verify(String token) throws IdentityRefusal {
        SignedJWT jwt = parse(token);
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ACCEPTED.contains(algorithm)) {
            throw IdentityRefusal.invalid("the token is signed with " + algorithm
                    + ", which is not accepted (RS256, RS384, RS512, PS256, ES256, ES384)");
        }
        String keyId = jwt.getHeader().getKeyID();
        List<JWK> candidates = keys.keys().stream()
                .filter(k -> keyId == null || keyId.equals(k.getKeyID()))
                .filter(k -> KeyType.forAlgorithm(algorithm).equals(k.getKeyType()))
                .filter(k -> k.getKeyUse() == null || KeyUse.SIGNATURE.equals(k.getKeyUse()))
                .toList();
        if (candidates.isEmpty()) {
            throw IdentityRefusal.rejected("the token's key id '" + printable(keyId) + "' (" + algorithm
                    + ") is not in the JWKS file " + keys.file() + " (give the identity provider's current keys)");
        }
        if (candidates.stream().noneMatch(key -> verifies(jwt, key))) {
            throw IdentityRefusal.invalid("the token's signature does not verify with key '" + printable(keyId)
                    + "' of " + keys.file() + " (forged or altered token)");
        }
        JWTClaimsSet claims = claims(jwt);
        String user = user(claims);
        try {
            checkClaims(claims);
        } catch (IdentityRefusal refusal) {
            // the signature holds: the provider did issue it to this user (for the audit trail)
            throw refusal.of(user);
        }
        if (user.isEmpty()) {
            throw IdentityRefusal.rejected("the token names no user (none of the claims " + trust.userClaims() + ")");
        }
        return new AuthenticatedUser(user, trust.roles().rolesFor(roleValues(claims)));
    }

    private void checkClaims(JWTClaimsSet claims) throws IdentityRefusal {
        if (!trust.issuer().equals(claims.getIssuer())) {
            throw IdentityRefusal.rejected("the token is issued by '" + printable(claims.getIssuer())
                    + "', not by the configured identity provider '" + trust.issuer() + "'");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(trust.audience())) {
            throw IdentityRefusal.rejected("the token is meant for " + printable(String.valueOf(claims.getAudience()))
                    + ", not for this server ('" + trust.audience() + "')");
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw IdentityRefusal.rejected("the token has no expiry time (exp); tokens that never expire are refused");
        }
        if (now.isAfter(expiry.toInstant().plus(trust.clockSkew()))) {
            throw IdentityRefusal.rejected("the token expired at " + expiry.toInstant() + " (now " + now
                    + ", clock skew allowed " + trust.clockSkew().toSeconds() + " s)");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(trust.clockSkew()).isBefore(notBefore.toInstant())) {
            throw IdentityRefusal.rejected("the token is not valid before " + notBefore.toInstant() + " (now " + now
                    + ", clock skew allowed " + trust.clockSkew().toSeconds() + " s)");
        }
    }

    /** @return the first user claim the token has; empty when it has none */
    private String user(JWTClaimsSet claims) {
        for (String claim : trust.userClaims()) {
            if (claims.getClaim(claim) instanceof String name && !name.isBlank()) {
                return name;
            }
        }
        return "";
    }

    /** @return the values of the role claim: a string (space-separated words) or an array of strings */
    private List<String> roleValues(JWTClaimsSet claims) {
        Object value = claims.getClaims();
        for (String part : trust.roles().attribute().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof String text) {
            values.addAll(List.of(text.trim().split("\\s+")));
        } else if (value instanceof Collection<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values;
    }

    private static SignedJWT parse(String token) throws IdentityRefusal {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw IdentityRefusal.invalid("the issued token is not a signed JWT");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) throws IdentityRefusal {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw IdentityRefusal.invalid("the token's claims are not a JSON object");
        }
    }

    private static boolean verifies(SignedJWT jwt, JWK key) {
        try {
            // if, not ?: (the common superclass of both verifiers is in a package Nimbus does not export)
            JWSVerifier verifier;
            if (key instanceof RSAKey rsa) {
                verifier = new RSASSAVerifier(rsa);
            } else {
                verifier = new ECDSAVerifier((ECKey) key);
            }
            return jwt.verify(verifier);
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }

    private static String printable(String text) {
        return text == null ? "(none)" : AuthenticatedUser.printable(text);
    }
}
