/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.UaRequestMessageType;
import org.eclipse.milo.opcua.stack.core.types.UaResponseMessageType;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.CallRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallResponse;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;

/**
 * The Call service as Milo answers it, plus a report of every call of a condition's own method (Acknowledge, Confirm,
 * AddComment, Enable, Disable by the instance's method node) that Milo's access controller refused with
 * Bad_UserAccessDenied: the controller decides from UserExecutable ({@link RoleAccessFilter}) before any method
 * handler runs, so {@link ConditionMethods} never sees these attempts. They are reported like the handler's own
 * refusals, as an {@code OperatorAction} (the runtime's audit trail records it). Answers are passed on unchanged.
 */
final class AuditedCalls implements WrappableServer.Handler {

    private final OpcUaServer server;
    private final WrappableServer.Handler milo;
    private final ConditionNodes conditions;

    AuditedCalls(OpcUaServer server, WrappableServer.Handler milo, ConditionNodes conditions) {
        this.server = server;
        this.milo = milo;
        this.conditions = conditions;
    }

    @Override
    public UaResponseMessageType handle(ServiceRequestContext context, UaRequestMessageType request)
            throws UaException {
        UaResponseMessageType response = milo.handle(context, request);
        if (request instanceof CallRequest call && response instanceof CallResponse answer) {
            reportRefusals(context, call, answer);
        }
        return response;
    }

    private void reportRefusals(ServiceRequestContext context, CallRequest call, CallResponse answer) {
        CallMethodRequest[] methods = call.getMethodsToCall();
        CallMethodResult[] results = answer.getResults();
        if (methods == null || results == null) {
            return;
        }
        RequestSession session = new RequestSession(server, context, call.getRequestHeader());
        for (int i = 0; i < Math.min(methods.length, results.length); i++) {
            if (results[i].getStatusCode() == null
                    || results[i].getStatusCode().getValue() != StatusCodes.Bad_UserAccessDenied) {
                continue;
            }
            var method = conditions.ownMethod(methods[i].getMethodId());
            if (method.isEmpty()) {
                continue;
            }
            if (session.get().isEmpty()) {
                return; // no session, no call: Milo answered Bad_SessionIdInvalid before any access check
            }
            method.get().reportRefused(session.get().get(), methods[i]);
        }
    }
}
