/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

/**
 * A user identity the server refuses. The client gets only the ActivateSession result code
 * ({@code statusCode}: Bad_IdentityTokenInvalid or Bad_IdentityTokenRejected, OPC 10000-4 §5.6.3.3); the
 * reason, led by the specific check's code (OPC 10000-4 §6.1.3 Table 100, e.g. Bad_CertificateRevoked), goes
 * to the server's log and the {@link org.fieldbridge.runtime.server.IdentityListener} only, so that an
 * unauthenticated client learns nothing about the server's trust lists.
 */
final class IdentityRefusal extends UaException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String user;

    private IdentityRefusal(long statusCode, String reason, String user) {
        super(statusCode, reason);
        this.reason = reason;
        this.user = user;
    }

    /** The identity cannot be one at all: malformed, forged, or not made for identifying users. */
    static IdentityRefusal invalid(String reason) {
        return new IdentityRefusal(StatusCodes.Bad_IdentityTokenInvalid, reason, "");
    }

    /** A well-formed identity this server does not accept: untrusted, revoked, expired, meant for another. */
    static IdentityRefusal rejected(String reason) {
        return new IdentityRefusal(StatusCodes.Bad_IdentityTokenRejected, reason, "");
    }

    /** @return why, in plant engineers' words */
    String reason() {
        return reason;
    }

    /** @return the user a signed but refused identity names (e.g. an expired JWT's); empty when unknown */
    String user() {
        return user;
    }

    /** @return this refusal naming {@code name} as the user the identity was issued to */
    IdentityRefusal of(String name) {
        IdentityRefusal named = new IdentityRefusal(getStatusCode().getValue(), reason, name);
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** Carries a refusal through Milo methods that cannot throw checked exceptions. */
    static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unchecked(IdentityRefusal refusal) {
            super(refusal.reason(), refusal, false, false);
        }

        IdentityRefusal refusal() {
            return (IdentityRefusal) getCause();
        }
    }
}
