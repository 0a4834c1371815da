/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.Optional;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.structured.RequestHeader;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;

/**
 * The session of one service request Milo has answered, looked up once and only when an audited wrapper
 * ({@link AuditedCalls}, {@link AuditedWrites}) first has something to record: most requests have nothing.
 */
final class RequestSession {

    private final OpcUaServer server;
    private final ServiceRequestContext context;
    private final RequestHeader header;
    private Optional<Session> session;

    RequestSession(OpcUaServer server, ServiceRequestContext context, RequestHeader header) {
        this.server = server;
        this.context = context;
        this.header = header;
    }

    /** @return the session, empty when there is none: Milo then answered Bad_SessionIdInvalid and tried nothing */
    Optional<Session> get() {
        if (session == null) {
            try {
                session = Optional.of(server.getSessionManager().getSession(context, header));
            } catch (UaException e) {
                session = Optional.empty();
            }
        }
        return session;
    }
}
