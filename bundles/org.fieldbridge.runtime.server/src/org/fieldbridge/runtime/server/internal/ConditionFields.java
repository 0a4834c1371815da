/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import org.eclipse.milo.opcua.sdk.server.model.objects.AlarmConditionTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.variables.TwoStateVariableTypeNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;

/**
 * Writes a {@link ConditionEvent} into the fields of an AlarmConditionType node (OPC 10000-9 §5.5.2, §5.7.2, §5.8.2):
 * the live condition in the address space (trunk events) and the snapshot a client's event item selects from.
 */
final class ConditionFields {

    private ConditionFields() {
    }

    static void apply(AlarmConditionTypeNode node, ConditionEvent event, ConditionSource source) {
        node.setEventId(ByteString.of(event.eventId().bytes()));
        node.setEventType(NodeIds.AlarmConditionType);
        node.setSourceNode(source.sourceNode());
        node.setSourceName(event.sourceName());
        node.setTime(new DateTime(event.time()));
        node.setReceiveTime(DateTime.now());
        node.setMessage(LocalizedText.english(event.message()));
        node.setSeverity(ushort(event.severity()));
        node.setConditionClassId(NodeIds.ProcessConditionClassType);
        node.setConditionClassName(LocalizedText.english("Process"));
        node.setConditionName(event.sourceName());
        node.setBranchId(source.branchNodeId(event.branchId()));
        node.setRetain(event.retain());
        node.setQuality(StatusCode.GOOD);
        node.setLastSeverity(ushort(event.lastSeverity()));
        node.setComment(LocalizedText.english(event.comment()));
        node.setClientUserId(event.user());
        node.setInputNode(source.inputNode());
        node.setSuppressedOrShelved(false);
        state(node.getEnabledStateNode(), event.enabled(), "Enabled", "Disabled");
        state(node.getActiveStateNode(), event.active(), "Active", "Inactive");
        state(node.getAckedStateNode(), event.acked(), "Acknowledged", "Unacknowledged");
        state(node.getConfirmedStateNode(), event.confirmed(), "Confirmed", "Unconfirmed");
    }

    /** A TwoStateVariable: its Id (the Boolean clients filter on) and its text. */
    private static void state(TwoStateVariableTypeNode node, boolean id, String trueText, String falseText) {
        if (node == null) {
            return;
        }
        node.setValue(new DataValue(new Variant(LocalizedText.english(id ? trueText : falseText))));
        node.setId(id);
    }
}
