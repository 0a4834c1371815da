/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.security.Security;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Milo names some algorithms the way BouncyCastle does (Aes256_Sha256_RsaPss signs with
 * "SHA256withRSA/PSS"), so the BouncyCastle provider must be registered with the JCA. It is added
 * once, after the JDK's own providers, and only when no provider named "BC" is present.
 */
final class SecurityProviders {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityProviders.class);

    private SecurityProviders() {
    }

    static synchronized void requireBouncyCastle() {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
            LOG.debug("registered the BouncyCastle security provider (needed for Aes256_Sha256_RsaPss)");
        }
    }
}
