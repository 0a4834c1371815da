/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.time.Instant;
import java.util.OptionalLong;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler.InvocationContext;
import org.eclipse.milo.opcua.sdk.server.model.objects.AcknowledgeableConditionType;
import org.eclipse.milo.opcua.sdk.server.model.objects.AlarmConditionTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.ConditionType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.fieldbridge.runtime.behaviour.condition.Condition;
import org.fieldbridge.runtime.behaviour.condition.ConditionResult;
import org.fieldbridge.runtime.behaviour.condition.EventId;

/**
 * The methods of a condition node (OPC 10000-9 §5.5.4 Disable, §5.5.5 Enable, §5.5.6 AddComment, §5.7.3 Acknowledge,
 * §5.7.4 Confirm), answered by its {@link Condition}. Each checks that the session's roles grant Call on the condition
 * (the plant permission {@code acknowledgeAlarms}) and answers Bad_UserAccessDenied otherwise, also when a client
 * calls the method by the type's NodeId (the access controller checks only the instance's methods).
 */
final class ConditionMethods {

    private final Condition condition;
    private final NodePermissions permissions;

    private ConditionMethods(Condition condition, NodePermissions permissions) {
        this.condition = condition;
        this.permissions = permissions;
    }

    /** Installs the handlers on the condition node's method nodes. */
    static void install(AlarmConditionTypeNode node, Condition condition, NodePermissions permissions) {
        ConditionMethods methods = new ConditionMethods(condition, permissions);
        methods.acknowledge(node.getAcknowledgeMethodNode());
        methods.confirm(node.getConfirmMethodNode());
        methods.addComment(node.getAddCommentMethodNode());
        methods.enable(node.getEnableMethodNode());
        methods.disable(node.getDisableMethodNode());
    }

    private void acknowledge(UaMethodNode method) {
        method.setInvocationHandler(new AcknowledgeableConditionType.AcknowledgeMethod(method) {
            @Override
            protected void invoke(InvocationContext context, ByteString eventId, LocalizedText comment)
                    throws UaException {
                answer(condition.acknowledge(eventId(eventId), text(comment), user(context), Instant.now()));
            }
        });
    }

    private void confirm(UaMethodNode method) {
        method.setInvocationHandler(new AcknowledgeableConditionType.ConfirmMethod(method) {
            @Override
            protected void invoke(InvocationContext context, ByteString eventId, LocalizedText comment)
                    throws UaException {
                answer(condition.confirm(eventId(eventId), text(comment), user(context), Instant.now()));
            }
        });
    }

    private void addComment(UaMethodNode method) {
        method.setInvocationHandler(new ConditionType.AddCommentMethod(method) {
            @Override
            protected void invoke(InvocationContext context, ByteString eventId, LocalizedText comment)
                    throws UaException {
                answer(condition.addComment(eventId(eventId), text(comment), user(context), Instant.now()));
            }
        });
    }

    private void enable(UaMethodNode method) {
        method.setInvocationHandler(new ConditionType.EnableMethod(method) {
            @Override
            protected void invoke(InvocationContext context) throws UaException {
                answer(condition.enable(user(context), Instant.now()));
            }
        });
    }

    private void disable(UaMethodNode method) {
        method.setInvocationHandler(new ConditionType.DisableMethod(method) {
            @Override
            protected void invoke(InvocationContext context) throws UaException {
                answer(condition.disable(user(context), Instant.now()));
            }
        });
    }

    /** @return the session's user name, after checking that its roles grant Call on the condition */
    private String user(InvocationContext context) throws UaException {
        Session session = context.getSession().orElseThrow(() -> new UaException(StatusCodes.Bad_UserAccessDenied));
        OptionalLong bits = permissions.bitsOf(session, context.getObjectId());
        if (bits.isPresent() && (bits.getAsLong() & NodePermissions.CALL) == 0) {
            throw new UaException(StatusCodes.Bad_UserAccessDenied);
        }
        Identity identity = session.getIdentity();
        return identity == null ? "" : PlantRoleMapper.userName(identity);
    }

    private static void answer(ConditionResult result) throws UaException {
        if (result != ConditionResult.GOOD) {
            throw new UaException(result.statusCode(), result.symbol());
        }
    }

    private static EventId eventId(ByteString eventId) {
        return EventId.of(eventId == null ? new byte[0] : eventId.bytesOrEmpty());
    }

    private static String text(LocalizedText comment) {
        return comment == null || comment.text() == null ? "" : comment.text();
    }
}
