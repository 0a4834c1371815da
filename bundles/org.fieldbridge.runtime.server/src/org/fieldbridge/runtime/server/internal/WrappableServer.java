/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.function.UnaryOperator;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.servicesets.Service;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.UaRequestMessageType;
import org.eclipse.milo.opcua.stack.core.types.UaResponseMessageType;
import org.eclipse.milo.opcua.stack.transport.server.OpcServerTransportFactory;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;

/**
 * Milo's server, with one addition: a service's handler can be wrapped around Milo's own. Milo 1.1.2 decides access
 * (its {@code DefaultAccessController}) inside its default service sets, which live in a package it does not export
 * to OSGi and which take no listener; wrapping the handler is the one way to see what they refused (the audit of a
 * refused Call, {@link AuditedCalls}) without replacing what they do.
 */
final class WrappableServer extends OpcUaServer {

    /** A service handler (Milo's own type for it is protected). */
    @FunctionalInterface
    interface Handler {
        UaResponseMessageType handle(ServiceRequestContext context, UaRequestMessageType request) throws UaException;
    }

    WrappableServer(OpcUaServerConfig config, OpcServerTransportFactory transports) {
        super(config, transports);
    }

    /**
     * Replaces the handler of {@code service} at the endpoint {@code path} with {@code wrap} applied to the current
     * one (Milo's default unless replaced before).
     */
    void wrap(String path, Service service, UnaryOperator<Handler> wrap) {
        ServiceHandler current = getServiceHandler(path, service);
        if (current == null) {
            throw new IllegalStateException("no " + service + " handler at " + path + " to wrap");
        }
        Handler wrapped = wrap.apply(current::handle);
        addServiceHandler(path, service, wrapped::handle);
    }
}
