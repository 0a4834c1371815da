/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Which JSON Web Tokens (RFC 7519) of the enterprise identity provider open a session, carried in an
 * {@code IssuedIdentityToken} of type {@code http://opcfoundation.org/UA/UserToken#JWT} (OPC 10000-4 §7.41.6,
 * OPC 10000-6 §6.5.2). A token is accepted only when it is signed (RS256, RS384, RS512, PS256, ES256, ES384)
 * by a key of the JWKS file with the token's key id, its {@code iss} is {@link #issuer()}, its {@code aud}
 * contains {@link #audience()}, and now lies within {@code nbf .. exp} give or take {@link #clockSkew()}.
 * The session's user name is the first of {@link #userClaims()} the token has; its plant roles come from
 * {@link #roles()} (claim values mapped to plant roles) plus the roles the configuration gives that user name.
 * The JWKS file holds public keys only (not a secret) and is read again when it changes (key rotation).
 *
 * @param issuer the identity provider's issuer URL, compared exactly with {@code iss}
 * @param audience this server's identifier at the identity provider, required in {@code aud}
 * @param jwksFile the identity provider's JSON Web Key Set, a local file
 * @param clockSkew the tolerance for {@code exp} and {@code nbf} between the provider's clock and ours
 * @param roles which claim names the roles and what each value grants
 * @param userClaims the claims that name the user, first present wins
 */
public record IssuedTokenTrust(String issuer, String audience, Path jwksFile, Duration clockSkew,
        IdentityRoleMapping roles, List<String> userClaims) {

    /** The default clock skew: one minute, as most identity providers' libraries allow. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    /** The default user claims: the login name, else the subject. */
    public static final List<String> DEFAULT_USER_CLAIMS = List.of("preferred_username", "sub");

    public IssuedTokenTrust {
        requireText(issuer, "issuer");
        requireText(audience, "audience");
        Objects.requireNonNull(jwksFile, "jwksFile");
        if (clockSkew == null || clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the clock skew lies between 0 and 10 minutes, not " + clockSkew);
        }
        Objects.requireNonNull(roles, "roles");
        userClaims = List.copyOf(userClaims);
        if (userClaims.isEmpty()) {
            throw new IllegalArgumentException("at least one claim must name the user");
        }
    }

    /** @return trust in {@code issuer}'s tokens for {@code audience} with the default skew and user claims */
    public static IssuedTokenTrust of(String issuer, String audience, Path jwksFile, IdentityRoleMapping roles) {
        return new IssuedTokenTrust(issuer, audience, jwksFile, DEFAULT_CLOCK_SKEW, roles, DEFAULT_USER_CLAIMS);
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
