/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Set;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultIssuedIdentity;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityAlgorithm;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.IssuedIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.fieldbridge.runtime.server.IssuedTokenTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IssuedIdentityTokens carrying a JWT (OPC 10000-4 §7.41.6, OPC 10000-6 §6.5.2). The token data comes
 * encrypted with the server's certificate as a password does (length, token, server nonce; OPC 10000-4
 * §7.41.2.2); this validator decrypts it, checks the nonce, and hands the JWT to {@link JwtCheck}.
 */
final class IssuedTokenIdentityValidator extends AbstractIdentityValidator {

    /** The issuedTokenType of a JWT user token policy (OPC 10000-6 §6.5.2). */
    static final String JWT_TOKEN_TYPE = "http://opcfoundation.org/UA/UserToken#JWT";
    /** A JWT of a real identity provider is a few kB; anything far larger is refused before decryption. */
    private static final int MAX_TOKEN_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(IssuedTokenIdentityValidator.class);

    private final JwtCheck check;

    IssuedTokenIdentityValidator(JwtCheck check) {
        this.check = check;
    }

    /** @return the user token policy offered on the secure endpoints, describing the identity provider */
    static UserTokenPolicy policy(IssuedTokenTrust trust) {
        // OPC 10000-6 §6.5.2: the issuerEndpointUrl of a JWT policy is a JSON object naming the authority.
        String issuer = "{\"ua:resourceId\":" + json(trust.audience()) + ",\"ua:authorityUrl\":"
                + json(trust.issuer()) + ",\"ua:authorityProfileUri\":\"http://opcfoundation.org/UA/Authorization#OAuth2\"}";
        return new UserTokenPolicy("jwt", UserTokenType.IssuedToken, JWT_TOKEN_TYPE, issuer, null);
    }

    @Override
    public Set<UserTokenType> getSupportedTokenTypes() {
        return Set.of(UserTokenType.IssuedToken);
    }

    @Override
    protected Identity.IssuedIdentity validateIssuedIdentityToken(Session session, IssuedIdentityToken token,
            UserTokenPolicy policy, SignatureData signature) throws UaException {
        if (!JWT_TOKEN_TYPE.equals(policy.getIssuedTokenType())) {
            throw IdentityRefusal.invalid("the issued token is not of the JWT policy");
        }
        byte[] data = tokenData(session, token, policy);
        try {
            AuthenticatedUser user = check.verify(new String(data, StandardCharsets.US_ASCII));
            LOG.info("user '{}' authenticated by an issued token (JWT){}", AuthenticatedUser.printable(user.name()),
                    user.plantRoles().isEmpty() ? " without a plant role" : " with plant roles " + user.plantRoles());
            // The identity keeps a digest of the token, never the token (Milo compares identities with it).
            DefaultIssuedIdentity identity = new DefaultIssuedIdentity(ByteString.of(sha256(data)));
            identity.setUserData(user);
            return identity;
        } catch (IdentityRefusal refusal) {
            LOG.warn("issued token (JWT) refused: {}", refusal.reason());
            throw refusal;
        } finally {
            Arrays.fill(data, (byte) 0);
        }
    }

    private byte[] tokenData(Session session, IssuedIdentityToken token, UserTokenPolicy policy) throws UaException {
        byte[] tokenBytes = token.getTokenData().bytesOrEmpty();
        if (tokenBytes.length > 2 * MAX_TOKEN_BYTES) {
            throw IdentityRefusal.invalid("the issued token is larger than " + MAX_TOKEN_BYTES + " bytes");
        }
        String policyUri = policy.getSecurityPolicyUri();
        SecurityPolicy securityPolicy = policyUri == null || policyUri.isEmpty()
                ? session.getSecurityConfiguration().getSecurityPolicy() : SecurityPolicy.fromUri(policyUri);
        if (securityPolicy == SecurityPolicy.None) {
            return tokenBytes;
        }
        SecurityAlgorithm algorithm = securityPolicy.getAsymmetricEncryptionAlgorithm();
        String algorithmUri = token.getEncryptionAlgorithm();
        if (algorithmUri != null && !algorithmUri.isEmpty() && !algorithm.getUri().equals(algorithmUri)) {
            throw IdentityRefusal.invalid("the issued token is encrypted with " + algorithmUri + ", not with "
                    + algorithm.getUri() + " of the endpoint's security policy");
        }
        byte[] plain = decryptTokenData(session, algorithm, tokenBytes);
        try {
            return withoutNonce(plain, session.getLastNonce().bytesOrEmpty());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** @return the token of {@code length (4 bytes, little endian) | token | server nonce}, nonce checked */
    private static byte[] withoutNonce(byte[] plain, byte[] nonce) throws UaException {
        if (plain.length < 4) {
            throw new UaException(StatusCodes.Bad_IdentityTokenInvalid, "invalid token data");
        }
        long length = (plain[0] & 0xFFL) | (plain[1] & 0xFFL) << 8 | (plain[2] & 0xFFL) << 16 | (plain[3] & 0xFFL) << 24;
        if (length > plain.length - 4 || length < nonce.length) {
            throw new UaException(StatusCodes.Bad_IdentityTokenInvalid, "invalid token data");
        }
        int tokenLength = (int) length - nonce.length;
        byte[] sent = Arrays.copyOfRange(plain, 4 + tokenLength, 4 + (int) length);
        if (!MessageDigest.isEqual(nonce, sent)) {
            throw IdentityRefusal.invalid("the issued token was not encrypted for this session (server nonce differs)");
        }
        return Arrays.copyOfRange(plain, 4, 4 + tokenLength);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
