/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.items.EventItem;
import org.eclipse.milo.opcua.sdk.server.model.objects.AlarmConditionTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.behaviour.condition.Condition;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionListener;
import org.fieldbridge.runtime.behaviour.condition.ConditionTransition;
import org.fieldbridge.runtime.behaviour.condition.EventId;
import org.fieldbridge.runtime.server.BehaviourDescription;

/**
 * The alarm behaviours as AlarmConditionType instances (OPC 10000-9 §5.8.2) under their equipment: the behaviour's
 * object is the condition (its state variables stay below it), the equipment points to it with HasCondition (and
 * so does the watched signal, when known). Every transition of a condition updates the live node (trunk) and goes
 * out as an AlarmConditionType event to the sessions that may receive events there.
 */
final class ConditionNodes implements ConditionListener {

    private final AlarmConditions conditions;
    private final NodePermissions permissions;
    private final Map<String, AlarmConditionTypeNode> nodes = new ConcurrentHashMap<>();
    private final Map<String, ConditionSource> sources = new ConcurrentHashMap<>();
    private final Map<NodeId, ConditionMethods> methodsByNode = new ConcurrentHashMap<>();
    private volatile ConditionSnapshots snapshots;
    private volatile EventDelivery delivery;

    ConditionNodes(AlarmConditions conditions, NodePermissions permissions) {
        this.conditions = conditions;
        this.permissions = permissions;
        conditions.addListener(this);
    }

    /** Connects the event side once the Milo server exists. */
    void bind(ConditionSnapshots snapshots, EventDelivery delivery) {
        this.snapshots = snapshots;
        this.delivery = delivery;
    }

    EventDelivery delivery() {
        return delivery;
    }

    /** @return true for the behaviours that are alarms: a Boolean {@code Active} state (alarm, overshoot) */
    static boolean isAlarm(BehaviourDescription behaviour) {
        return behaviour.isAlarm();
    }

    /**
     * Makes the condition node of an alarm behaviour (not yet named: the caller sets names and adds it), registers
     * its condition and installs its methods.
     *
     * @param factory   the namespace's node factory
     * @param nodeId    the condition node's NodeId
     * @param id        the behaviour's id (the condition's)
     * @param behaviour the alarm behaviour
     * @param equipment the equipment node, source of its events
     * @param input     the watched signal's node, or null
     */
    AlarmConditionTypeNode create(NodeFactory factory, NodeId nodeId, String id, BehaviourDescription behaviour,
            UaObjectNode equipment, NodeId input) {
        AlarmConditionTypeNode node;
        try {
            node = (AlarmConditionTypeNode) factory.createNode(nodeId, NodeIds.AlarmConditionType,
                    ConditionSnapshots.optionalParts());
        } catch (UaException e) {
            throw new IllegalStateException("cannot make the AlarmConditionType node of " + id, e);
        }
        equipment.addReference(new Reference(equipment.getNodeId(), NodeIds.HasCondition, nodeId.expanded(), true));
        if (input != null) {
            node.addReference(new Reference(nodeId, NodeIds.HasCondition, input.expanded(), false));
        }
        Condition condition = conditions.register(id, behaviour.browseName(), behaviour.sourceSignal());
        ConditionSource source = new ConditionSource(nodeId, equipment.getNodeId(),
                input == null ? NodeId.NULL_VALUE : input);
        nodes.put(id, node);
        sources.put(id, source);
        ConditionMethods methods = ConditionMethods.install(node, condition, conditions, permissions);
        methods.ownMethodIds().forEach(method -> methodsByNode.put(method, methods));
        // until its first transition: enabled, inactive, acknowledged, confirmed, not retained
        ConditionFields.apply(node, new ConditionEvent(id, null, EventId.of(new byte[16]), ConditionTransition.ENABLED,
                Instant.now(), behaviour.browseName(), behaviour.sourceSignal(), Double.NaN, true, false, true, true,
                false, 1, 1, behaviour.displayName(), "", ""), source);
        return node;
    }

    /** @return the methods of the condition whose own method node {@code methodId} is, if it is one */
    Optional<ConditionMethods> ownMethod(NodeId methodId) {
        return methodId == null ? Optional.empty() : Optional.ofNullable(methodsByNode.get(methodId));
    }

    @Override
    public void onTransition(ConditionEvent event) {
        AlarmConditionTypeNode node = nodes.get(event.conditionId());
        ConditionSource source = sources.get(event.conditionId());
        if (node == null || snapshots == null) {
            return;
        }
        if (!event.isBranch()) {
            ConditionFields.apply(node, event, source);
        }
        snapshots.fire(event, source, snapshot -> delivery.deliver(snapshot, source.condition()));
    }

    /** Sends the last event of every retained condition and branch to the items {@code which} accepts. */
    void replayRetained(Predicate<EventItem> which) {
        for (Condition condition : conditions.all()) {
            ConditionSource source = sources.get(condition.id());
            if (source == null) {
                continue;
            }
            for (ConditionEvent event : condition.retained()) {
                snapshots.fire(event, source, snapshot -> delivery.deliver(snapshot, source.condition(), which));
            }
        }
    }
}
