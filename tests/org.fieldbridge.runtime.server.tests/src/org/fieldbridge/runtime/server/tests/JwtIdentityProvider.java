/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import javax.crypto.Cipher;

import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.SignedIdentityToken;
import org.eclipse.milo.opcua.stack.core.channel.SecureChannel;
import org.eclipse.milo.opcua.stack.core.security.SecurityAlgorithm;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.IssuedIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;

/**
 * Sends a JWT in an IssuedIdentityToken as OPC 10000-4 §7.41.2.2 asks (Milo 1.1.2's client has no provider for
 * it): {@code length | token | server nonce}, encrypted with the server certificate by the endpoint's asymmetric
 * encryption algorithm, block by block.
 */
final class JwtIdentityProvider implements IdentityProvider {

    private final String jwt;

    JwtIdentityProvider(String jwt) {
        this.jwt = jwt;
    }

    @Override
    public SignedIdentityToken getIdentityToken(EndpointDescription endpoint, ByteString serverNonce)
            throws Exception {
        UserTokenPolicy policy = Arrays.stream(endpoint.getUserIdentityTokens())
                .filter(p -> p.getTokenType() == UserTokenType.IssuedToken).findFirst()
                .orElseThrow(() -> new IllegalStateException("the endpoint offers no IssuedToken policy"));
        String policyUri = policy.getSecurityPolicyUri();
        SecurityPolicy securityPolicy = SecurityPolicy.fromUri(policyUri == null || policyUri.isEmpty()
                ? endpoint.getSecurityPolicyUri() : policyUri);
        SecurityAlgorithm algorithm = securityPolicy.getAsymmetricEncryptionAlgorithm();
        byte[] token = jwt.getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = serverNonce.bytesOrEmpty();
        ByteBuffer plain = ByteBuffer.allocate(4 + token.length + nonce.length).order(ByteOrder.LITTLE_ENDIAN);
        plain.putInt(token.length + nonce.length).put(token).put(nonce);
        X509Certificate server = CertificateUtil.decodeCertificate(endpoint.getServerCertificate().bytesOrEmpty());
        byte[] encrypted = encrypt(plain.array(), server, algorithm);
        return new SignedIdentityToken(new IssuedIdentityToken(policy.getPolicyId(), ByteString.of(encrypted),
                algorithm.getUri()), new SignatureData(null, null));
    }

    private static byte[] encrypt(byte[] plain, X509Certificate server, SecurityAlgorithm algorithm)
            throws Exception {
        int block = SecureChannel.getAsymmetricPlainTextBlockSize(server, algorithm);
        Cipher cipher = Cipher.getInstance(algorithm.getTransformation());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < plain.length; offset += block) {
            cipher.init(Cipher.ENCRYPT_MODE, server.getPublicKey());
            out.write(cipher.doFinal(plain, offset, Math.min(block, plain.length - offset)));
        }
        return out.toByteArray();
    }
}
