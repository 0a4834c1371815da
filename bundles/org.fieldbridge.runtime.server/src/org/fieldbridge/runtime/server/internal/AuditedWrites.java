/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.UaRequestMessageType;
import org.eclipse.milo.opcua.stack.core.types.UaResponseMessageType;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;

/**
 * The Write service as Milo answers it, plus an audit record of every write of a plant node (the twin's namespace):
 * {@code write} / {@code written} when Milo accepted it, {@code write} / {@code refused} when it refused it, also when
 * its access controller did (Bad_UserAccessDenied from UserAccessLevel, {@link RoleAccessFilter}) before any node saw
 * the value. The runtime's own server accepts no write today, so every attempt is a refusal; writes of a simulated
 * controller's namespaces are not plant data and are not recorded. Answers are passed on unchanged.
 */
final class AuditedWrites implements WrappableServer.Handler {

    private static final int MAX_VALUE = 100;

    private final OpcUaServer server;
    private final WrappableServer.Handler milo;
    private final AuditSink audit;
    private final UShort plantNamespace;

    AuditedWrites(OpcUaServer server, WrappableServer.Handler milo, AuditSink audit, UShort plantNamespace) {
        this.server = server;
        this.milo = milo;
        this.audit = audit;
        this.plantNamespace = plantNamespace;
    }

    @Override
    public UaResponseMessageType handle(ServiceRequestContext context, UaRequestMessageType request)
            throws UaException {
        UaResponseMessageType response = milo.handle(context, request);
        if (request instanceof WriteRequest write && response instanceof WriteResponse answer) {
            record(context, write, answer);
        }
        return response;
    }

    private void record(ServiceRequestContext context, WriteRequest write, WriteResponse answer) {
        WriteValue[] values = write.getNodesToWrite();
        StatusCode[] results = answer.getResults();
        if (values == null || results == null) {
            return;
        }
        RequestSession session = new RequestSession(server, context, write.getRequestHeader());
        for (int i = 0; i < Math.min(values.length, results.length); i++) {
            if (values[i].getNodeId() == null || !plantNamespace.equals(values[i].getNodeId().getNamespaceIndex())) {
                continue;
            }
            if (session.get().isEmpty()) {
                return; // no session: Milo answered Bad_SessionIdInvalid, nothing was tried
            }
            audit.record(record(session.get().get(), values[i], results[i]));
        }
    }

    private static AuditRecord record(Session session, WriteValue value, StatusCode result) {
        String source = AuditedSessions.address(session.getClientAddress());
        String user = session.getIdentity() == null ? ""
                : AuthenticatedUser.printable(PlantRoleMapper.userName(session.getIdentity()), MAX_VALUE);
        String status = StatusNames.of(result.getValue());
        AuditRecord record = result.isGood() ? AuditRecord.success(source, user, AuditCategory.WRITE, "written")
                : AuditRecord.failure(source, user, AuditCategory.WRITE, "refused", status);
        record = record.with("node", String.valueOf(value.getNodeId().getIdentifier()))
                .with("attribute", AttributeId.from(value.getAttributeId()).map(Enum::name).orElse("unknown"));
        Object written = value.getValue() == null || value.getValue().getValue() == null ? null
                : value.getValue().getValue().getValue();
        return written == null ? record
                : record.with("value", AuthenticatedUser.printable(String.valueOf(written), MAX_VALUE));
    }
}
