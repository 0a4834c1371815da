/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Decides which user an X.509 user identity token stands for (OPC 10000-4 §7.41.5). The server has
 * already verified that the client holds the certificate's private key (the token signature).
 */
@FunctionalInterface
public interface UserCertificateCheck {

    /**
     * @param certificate the user certificate the client presented
     * @return the user name it maps to; empty to reject it
     */
    Optional<String> userFor(X509Certificate certificate);
}
