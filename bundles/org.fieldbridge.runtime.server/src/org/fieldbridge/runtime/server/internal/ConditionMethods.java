/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler.InvocationContext;
import org.eclipse.milo.opcua.sdk.server.model.objects.AcknowledgeableConditionType;
import org.eclipse.milo.opcua.sdk.server.model.objects.AlarmConditionTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.objects.ConditionType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.behaviour.condition.Condition;
import org.fieldbridge.runtime.behaviour.condition.ConditionResult;
import org.fieldbridge.runtime.behaviour.condition.ConditionTransition;
import org.fieldbridge.runtime.behaviour.condition.EventId;
import org.fieldbridge.runtime.behaviour.condition.OperatorAction;

/**
 * The methods of a condition node (OPC 10000-9 §5.5.4 Disable, §5.5.5 Enable, §5.5.6 AddComment, §5.7.3 Acknowledge,
 * §5.7.4 Confirm), answered by its {@link Condition}. Each checks that the session's roles grant Call on the condition
 * (the plant permission {@code acknowledgeAlarms}) and answers Bad_UserAccessDenied otherwise, also when a client
 * calls the method by the type's NodeId (the access controller checks only the instance's methods). Every attempt that
 * reaches a handler, done or refused, is reported to the conditions' listeners as an {@link OperatorAction} with the
 * session's user and the client's address (the audit trail records it); so is a call of the node's own method that
 * Milo's access controller refused before the handler ran ({@link AuditedCalls} reports it through
 * {@link #reportRefused}).
 */
final class ConditionMethods {

    private final Condition condition;
    private final AlarmConditions conditions;
    private final NodePermissions permissions;
    private final Map<NodeId, ConditionTransition> own = new HashMap<>();

    private ConditionMethods(Condition condition, AlarmConditions conditions, NodePermissions permissions) {
        this.condition = condition;
        this.conditions = conditions;
        this.permissions = permissions;
    }

    /**
     * Installs the handlers on the condition node's method nodes.
     *
     * @return the methods, which know the NodeIds of the node's own method nodes ({@link #ownMethodIds()})
     */
    static ConditionMethods install(AlarmConditionTypeNode node, Condition condition, AlarmConditions conditions,
            NodePermissions permissions) {
        ConditionMethods methods = new ConditionMethods(condition, conditions, permissions);
        methods.acknowledge(methods.own(node.getAcknowledgeMethodNode(), ConditionTransition.ACKNOWLEDGED));
        methods.confirm(methods.own(node.getConfirmMethodNode(), ConditionTransition.CONFIRMED));
        methods.addComment(methods.own(node.getAddCommentMethodNode(), ConditionTransition.COMMENTED));
        methods.enable(methods.own(node.getEnableMethodNode(), ConditionTransition.ENABLED));
        methods.disable(methods.own(node.getDisableMethodNode(), ConditionTransition.DISABLED));
        return methods;
    }

    private UaMethodNode own(UaMethodNode method, ConditionTransition transition) {
        own.put(method.getNodeId(), transition);
        return method;
    }

    /** @return the NodeIds of the condition node's own method nodes (not the type's) */
    Iterable<NodeId> ownMethodIds() {
        return own.keySet();
    }

    /**
     * Reports a call of one of the node's own methods that was refused (Bad_UserAccessDenied) before its handler ran,
     * with the EventId and comment the client gave.
     */
    void reportRefused(Session session, CallMethodRequest request) {
        ConditionTransition action = own.get(request.getMethodId());
        if (action == null) {
            return;
        }
        Variant[] inputs = request.getInputArguments() == null ? new Variant[0] : request.getInputArguments();
        boolean onEvent = action != ConditionTransition.ENABLED && action != ConditionTransition.DISABLED;
        EventId eventId = onEvent ? eventId(input(inputs, 0) instanceof ByteString id ? id : null) : null;
        String comment = onEvent ? text(input(inputs, 1) instanceof LocalizedText text ? text : null) : "";
        String user = session.getIdentity() == null ? "" : PlantRoleMapper.userName(session.getIdentity());
        report(action, eventId, user, AuditedSessions.address(session.getClientAddress()), comment, false,
                "Bad_UserAccessDenied");
    }

    private static Object input(Variant[] inputs, int index) {
        return index < inputs.length && inputs[index] != null ? inputs[index].getValue() : null;
    }

    private void acknowledge(UaMethodNode method) {
        method.setInvocationHandler(new AcknowledgeableConditionType.AcknowledgeMethod(method) {
            @Override
            protected void invoke(InvocationContext context, ByteString eventId, LocalizedText comment)
                    throws UaException {
                performOnEvent(context, ConditionTransition.ACKNOWLEDGED, eventId, comment, condition::acknowledge);
            }
        });
    }

    private void confirm(UaMethodNode method) {
        method.setInvocationHandler(new AcknowledgeableConditionType.ConfirmMethod(method) {
            @Override
            protected void invoke(InvocationContext context, ByteString eventId, LocalizedText comment)
                    throws UaException {
                performOnEvent(context, ConditionTransition.CONFIRMED, eventId, comment, condition::confirm);
            }
        });
    }

    private void addComment(UaMethodNode method) {
        method.setInvocationHandler(new ConditionType.AddCommentMethod(method) {
            @Override
            protected void invoke(InvocationContext context, ByteString eventId, LocalizedText comment)
                    throws UaException {
                performOnEvent(context, ConditionTransition.COMMENTED, eventId, comment, condition::addComment);
            }
        });
    }

    private void enable(UaMethodNode method) {
        method.setInvocationHandler(new ConditionType.EnableMethod(method) {
            @Override
            protected void invoke(InvocationContext context) throws UaException {
                perform(context, ConditionTransition.ENABLED, null, "", user -> condition.enable(user, Instant.now()));
            }
        });
    }

    private void disable(UaMethodNode method) {
        method.setInvocationHandler(new ConditionType.DisableMethod(method) {
            @Override
            protected void invoke(InvocationContext context) throws UaException {
                perform(context, ConditionTransition.DISABLED, null, "",
                        user -> condition.disable(user, Instant.now()));
            }
        });
    }

    /** What Acknowledge, Confirm and AddComment do to the condition: (EventId, comment, user, time) -> result. */
    @FunctionalInterface
    private interface EventAction {
        ConditionResult apply(EventId eventId, String comment, String user, Instant at);
    }

    /** {@link #perform} for a method that names an event and carries a comment (Acknowledge, Confirm, AddComment). */
    private void performOnEvent(InvocationContext context, ConditionTransition transition, ByteString eventId,
            LocalizedText comment, EventAction action) throws UaException {
        EventId id = eventId(eventId);
        String text = text(comment);
        perform(context, transition, id, text, user -> action.apply(id, text, user, Instant.now()));
    }

    /**
     * Checks that the session's roles grant Call on the condition, runs {@code call} with the session's user name,
     * reports the attempt (done or refused) and answers with the status Part 9 names.
     */
    private void perform(InvocationContext context, ConditionTransition action, EventId eventId, String comment,
            Function<String, ConditionResult> call) throws UaException {
        Session session = context.getSession().orElse(null);
        String user = session == null || session.getIdentity() == null ? ""
                : PlantRoleMapper.userName(session.getIdentity());
        String address = session == null ? "" : AuditedSessions.address(session.getClientAddress());
        if (session == null || !mayCall(session, context)) {
            report(action, eventId, user, address, comment, false, "Bad_UserAccessDenied");
            throw new UaException(StatusCodes.Bad_UserAccessDenied);
        }
        ConditionResult result = call.apply(user);
        report(action, eventId, user, address, comment, result == ConditionResult.GOOD, result.symbol());
        answer(result);
    }

    private boolean mayCall(Session session, InvocationContext context) {
        OptionalLong bits = permissions.bitsOf(session, context.getObjectId());
        return bits.isEmpty() || (bits.getAsLong() & NodePermissions.CALL) != 0;
    }

    private void report(ConditionTransition action, EventId eventId, String user, String address, String comment,
            boolean success, String status) {
        conditions.reportOperatorAction(new OperatorAction(condition.id(), condition.sourceName(), action, eventId,
                Instant.now(), user, address, comment, success, status));
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
