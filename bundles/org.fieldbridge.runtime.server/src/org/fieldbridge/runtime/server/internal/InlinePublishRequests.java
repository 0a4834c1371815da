/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.milo.opcua.stack.core.encoding.EncodingContext;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.channel.SecurityKeysListener;
import org.eclipse.milo.opcua.stack.core.types.UaRequestMessageType;
import org.eclipse.milo.opcua.stack.core.types.UaResponseMessageType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.PublishRequest;
import org.eclipse.milo.opcua.stack.transport.server.ServerApplicationContext;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;

/**
 * The server as its network transport sees it, with Publish requests handled on the network thread that read
 * them. Milo hands every request to its executor (a thread woken per request); a Publish request only queues
 * itself at its subscription, or takes notifications already waiting, and never blocks, so the hand-over cost
 * more than the work: with a client publishing every 50 ms, one of the ~110 thread wake-ups a second of an idle
 * gateway in ten (docs/performance.md, "Gateway CPU: thread wake-ups"). Every other request is handed over as
 * before: reads, browses and session services may wait (identity checks, the audit trail's fsync) and must not
 * hold up the network thread.
 */
final class InlinePublishRequests implements ServerApplicationContext {

    private final ServerApplicationContext server;
    private final ServerTimers timers;

    InlinePublishRequests(ServerApplicationContext server, ServerTimers timers) {
        this.server = server;
        this.timers = timers;
    }

    @Override
    public CompletableFuture<UaResponseMessageType> handleServiceRequest(ServiceRequestContext context,
            UaRequestMessageType request) {
        if (request instanceof PublishRequest) {
            return timers.inline(() -> server.handleServiceRequest(context, request));
        }
        return server.handleServiceRequest(context, request);
    }

    @Override
    public List<EndpointDescription> getEndpointDescriptions() {
        return server.getEndpointDescriptions();
    }

    @Override
    public CertificateManager getCertificateManager() {
        return server.getCertificateManager();
    }

    @Override
    public EncodingContext getEncodingContext() {
        return server.getEncodingContext();
    }

    @Override
    public Long getNextSecureChannelId() {
        return server.getNextSecureChannelId();
    }

    @Override
    public Long getNextSecureChannelTokenId() {
        return server.getNextSecureChannelTokenId();
    }

    @Override
    public SecurityKeysListener getSecurityKeysListener() {
        return server.getSecurityKeysListener();
    }
}
