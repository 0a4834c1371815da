/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.UserName;

/** Turns {@link OpcUaEndpointSettings} into a configured Milo client; Milo types stay in this bundle. */
final class MiloClientFactory {

    static final String DEFAULT_APPLICATION_URI = "urn:fieldbridge:runtime:client";

    private MiloClientFactory() {
    }

    static OpcUaClient create(OpcUaEndpointSettings settings) throws UaException {
        SecurityPolicy policy = policy(settings.policy());
        MessageSecurityMode mode = mode(settings.mode());
        return OpcUaClient.create(settings.endpointUrl(),
                // exactly the configured policy and mode: never fall back to a weaker endpoint
                endpoints -> endpoints.stream().filter(e -> policy.getUri().equals(e.getSecurityPolicyUri())
                        && e.getSecurityMode() == mode).findFirst(),
                transport -> {
                },
                config -> {
                    var client = settings.client();
                    config.setApplicationUri(client != null ? client.applicationUri() : DEFAULT_APPLICATION_URI)
                            .setApplicationName(LocalizedText.english("Fieldbridge runtime"))
                            .setRequestTimeout(uint(settings.requestTimeout().toMillis()))
                            .setIdentityProvider(identity(settings.identity()));
                    if (client != null) {
                        var trust = new MemoryTrustListManager();
                        settings.trustedServers().forEach(trust::addTrustedCertificate);
                        config.setKeyPair(client.keyPair())
                                .setCertificate(client.chain()[0])
                                .setCertificateChain(client.chain())
                                .setCertificateValidator(new DefaultClientCertificateValidator(trust,
                                        new MemoryCertificateQuarantine()));
                    }
                });
    }

    private static IdentityProvider identity(OpcUaEndpointSettings.Identity identity) {
        if (identity instanceof UserName user) {
            return new UsernameProvider(user.user(), () -> utf8(user));
        }
        return new AnonymousProvider();
    }

    /** Encodes the password for the identity token and wipes the characters it was given. */
    private static byte[] utf8(UserName user) {
        char[] password = user.password().get();
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            Arrays.fill(bytes.array(), (byte) 0);
            return result;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static SecurityPolicy policy(OpcUaEndpointSettings.Policy policy) {
        return switch (policy) {
            case NONE -> SecurityPolicy.None;
            case BASIC256SHA256 -> SecurityPolicy.Basic256Sha256;
            case AES128_SHA256_RSAOAEP -> SecurityPolicy.Aes128_Sha256_RsaOaep;
            case AES256_SHA256_RSAPSS -> SecurityPolicy.Aes256_Sha256_RsaPss;
        };
    }

    static MessageSecurityMode mode(OpcUaEndpointSettings.Mode mode) {
        return switch (mode) {
            case NONE -> MessageSecurityMode.None;
            case SIGN -> MessageSecurityMode.Sign;
            case SIGN_AND_ENCRYPT -> MessageSecurityMode.SignAndEncrypt;
        };
    }
}
