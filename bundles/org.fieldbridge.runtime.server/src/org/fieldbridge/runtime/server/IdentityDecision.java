/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

import java.time.Instant;
import java.util.Set;

/**
 * What the server decided about one user identity offered in ActivateSession.
 *
 * @param time when it was decided
 * @param tokenType {@code Anonymous}, {@code UserName}, {@code Certificate} or {@code IssuedToken}
 * @param user the user name the identity claims or was mapped to; empty when unknown (never a secret)
 * @param client the client's address, empty when unknown
 * @param securityPolicy the URI of the session's SecurityPolicy
 * @param plantRoles the plant roles the identity was given (empty when refused)
 * @param statusCode the OPC UA status code the client got (0 = Good)
 * @param statusName its symbolic name, e.g. {@code Bad_IdentityTokenRejected}
 * @param reason why, in plant engineers' words; with a refusal the specific check that failed, e.g.
 *        {@code Bad_CertificateTimeInvalid: the user certificate expired on 2026-01-31}
 */
public record IdentityDecision(Instant time, String tokenType, String user, String client, String securityPolicy,
        Set<String> plantRoles, long statusCode, String statusName, String reason) {

    public IdentityDecision {
        plantRoles = Set.copyOf(plantRoles);
    }

    /** @return true when the session was activated */
    public boolean accepted() {
        return statusCode == 0;
    }
}
