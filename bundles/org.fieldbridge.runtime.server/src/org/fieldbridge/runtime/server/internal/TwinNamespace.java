/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogUnitTypeNode;
import org.eclipse.milo.opcua.sdk.server.model.variables.PropertyTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.BehaviourDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantPermission;
import org.fieldbridge.runtime.server.RoleDescription;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.StateDescription;

/**
 * The twin's namespace: a {@code Plant} folder in the Objects folder, the plant hierarchy as Objects
 * organised below it, each numeric signal an AnalogItemType variable (OPC 10000-8 §5.3.2.4), each Boolean
 * or String signal a DataItemType variable (§5.3.1), and each
 * behaviour an Object with its state variables. NodeIds are strings: the dotted browse-name path.
 */
final class TwinNamespace extends CompactNamespace {

    /** The NodeId string of the Plant folder. */
    static final String PLANT_FOLDER = "Plant";

    private final AddressSpaceDescription description;
    private final Runnable delivered;
    private final SubscriptionModel subscriptions;
    private final Map<String, PublishedVariable> variables = new ConcurrentHashMap<>();
    /** Every variable's value until its first sample, stamped when this namespace (the server) is made. */
    private final DataValue waiting = SampleValues.waitingForInitialData();
    private final NodePermissions permissions;
    private final ConditionNodes conditionNodes;
    /** Property values (EURange, EngineeringUnits) by content, shared by the signals that have the same; only while building. */
    private Map<Object, DataValue> sharedValues = new HashMap<>();

    /**
     * The revised sampling interval of an exception-based item: 0 (OPC 10000-4 §5.12.1.2, "the Server should use
     * the fastest practical rate"; OPC 10000-3 §5.6.2, MinimumSamplingInterval 0: "monitored continuously"):
     * the client gets every value the runtime receives, as it arrives, and the server never re-reads the node.
     */
    static final double EXCEPTION_BASED = 0.0;

    /** The MinimumSamplingInterval of every published variable (0: reported as it arrives), one boxed instance. */
    private static final Double CONTINUOUS = 0.0;
    /** The MinimumSamplingInterval of a property: -1, not specified, as Milo gives it (one boxed instance). */
    private static final Double UNSPECIFIED = -1.0;

    /**
     * @param delivered told after each value pushed to monitored items (the server's publishing ticks wait for
     *        it: {@link ServerTimers#changed()})
     */
    TwinNamespace(OpcUaServer server, String namespaceUri, AddressSpaceDescription description,
            NodePermissions permissions, ConditionNodes conditionNodes, Runnable delivered) {
        super(server, namespaceUri);
        this.delivered = delivered;
        this.description = description;
        this.permissions = permissions;
        this.conditionNodes = conditionNodes;
        subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::build);
    }

    /** @return the variable published under {@code id}, or null */
    PublishedVariable variable(String id) {
        return variables.get(id);
    }

    NodeId nodeId(String id) {
        return newNodeId(id);
    }

    QualifiedName qualifiedName(String browseName) {
        return newQualifiedName(browseName);
    }

    private void build() {
        UaFolderNode plant = new UaFolderNode(getNodeContext(), newNodeId(PLANT_FOLDER),
                newQualifiedName(PLANT_FOLDER), LocalizedText.english(PLANT_FOLDER));
        plant.setDescription(LocalizedText.english("The plant hierarchy of this twin"));
        getNodeManager().addNode(plant);
        // Organizes from the standard Objects folder (namespace 0) to ours, given as an inverse reference
        plant.addReference(new Reference(plant.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
                false));
        for (PlantElement root : description.roots()) {
            addElement(plant, root.browseName(), root);
        }
        description.roles().forEach(this::addRole);
        if (description.enforcesRoles()) {
            new RoleScopes(description, this::newNodeId, getNodeManager(), getServer().getNamespaceTable(),
                    permissions).apply(PLANT_FOLDER);
        }
        sharedValues = null;
        nodeStore().built();
    }

    /**
     * A plant role as a RoleType object (OPC 10000-3 §4.9.3), node id {@code Role:<name>} as in the generated
     * NodeSet2, so that clients can resolve the role ids of RolePermissions (its DisplayName, its permissions in
     * the Description). Milo 1.1.2 has no Server/ServerCapabilities/RoleSet instance to hang it under, so it is
     * reached by its id. Who holds it comes from the runtime configuration, not from Identities (left empty).
     */
    private void addRole(RoleDescription role) {
        try {
            UaObjectNode node = (UaObjectNode) getNodeFactory().createNode(
                    newNodeId(RoleScopes.roleNodeIdentifier(role.name())), NodeIds.RoleType,
                    new NodeFactory.InstantiationCallback() {
                        @Override
                        public boolean includeOptionalNode(NodeId typeDefinitionId, QualifiedName browseName) {
                            return false;
                        }
                    });
            node.setBrowseName(newQualifiedName(role.name()));
            node.setDisplayName(LocalizedText.english(role.displayName()));
            node.setDescription(LocalizedText.english("Plant role: " + role.permissions().stream()
                    .map(PlantPermission::modelName).sorted().toList()));
        } catch (UaException e) {
            throw new IllegalStateException("cannot make the RoleType object of role " + role.name(), e);
        }
    }

    private void addElement(UaNode parent, String id, PlantElement element) {
        UaObjectNode object = new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(element.browseName()))
                .setDisplayName(LocalizedText.english(element.displayName()))
                .setDescription(LocalizedText.english(element.description().isEmpty()
                        ? levelName(element) : element.description()))
                .setTypeDefinition(NodeIds.BaseObjectType)
                .build();
        getNodeManager().addNode(object);
        parent.addReference(new Reference(parent.getNodeId(), NodeIds.Organizes, object.getNodeId().expanded(),
                true));
        for (SignalDescription signal : element.signals()) {
            addSignal(object, id + "." + signal.browseName(), signal);
        }
        for (BehaviourDescription behaviour : element.behaviours()) {
            addBehaviour(object, id + "." + behaviour.browseName(), behaviour);
        }
        for (PlantElement child : element.children()) {
            addElement(object, id + "." + child.browseName(), child);
        }
    }

    private static String levelName(PlantElement element) {
        String level = element.level().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(level.charAt(0)) + level.substring(1);
    }

    private void addSignal(UaObjectNode equipment, String id, SignalDescription signal) {
        UaVariableNode node = signal.isAnalog() ? analogItem(id, signal)
                : signal.isAnalogUnit() ? analogUnit(id, signal) : dataItem(id);
        node.setBrowseName(newQualifiedName(signal.browseName()));
        node.setDisplayName(LocalizedText.english(signal.displayName()));
        node.setDescription(LocalizedText.english(signal.description()));
        node.setDataType(dataTypeOf(signal.type()));
        node.setValueRank(-1); // ValueRanks.Scalar
        node.setAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
        node.setUserAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
        node.setMinimumSamplingInterval(CONTINUOUS);
        node.setValue(waiting);
        equipment.addComponent(node);
        variables.put(id, new PublishedVariable(node, signal.type(), waiting, delivered));
    }

    /** A numeric signal: AnalogItemType with EURange and, when the signal has a unit, EngineeringUnits. */
    private UaVariableNode analogItem(String id, SignalDescription signal) {
        EngineeringUnit unit = signal.unit();
        AnalogItemTypeNode node = (AnalogItemTypeNode) instantiate(id, NodeIds.AnalogItemType,
                browseName -> unit != null && "EngineeringUnits".equals(browseName));
        if (unit != null) {
            setShared(node.getEngineeringUnitsNode(), unit);
        }
        setShared(node.getEuRangeNode(), signal.range());
        return node;
    }

    /** A numeric signal with a unit but without range: AnalogUnitType (OPC 10000-8 §5.3.2.3), no empty EURange. */
    private UaVariableNode analogUnit(String id, SignalDescription signal) {
        EngineeringUnit unit = signal.unit();
        AnalogUnitTypeNode node = (AnalogUnitTypeNode) instantiate(id, NodeIds.AnalogUnitType, browseName -> false);
        setShared(node.getEngineeringUnitsNode(), unit);
        return node;
    }

    /**
     * Sets a property (EngineeringUnits from an {@link EngineeringUnit}, EURange from an {@link EuRange}) to the
     * DataValue of the first signal with the same content: values are immutable, and thousands of signals share a
     * handful of units and ranges.
     */
    private void setShared(PropertyTypeNode property, Object content) {
        property.setValue(sharedValues.computeIfAbsent(content, key -> new DataValue(new Variant(
                key instanceof EngineeringUnit unit ? new EUInformation(EngineeringUnit.UNECE_NAMESPACE_URI,
                        unit.unitId(), LocalizedText.english(unit.displayName()), LocalizedText.english(unit.description()))
                        : new Range(((EuRange) key).low(), ((EuRange) key).high())))));
        property.setMinimumSamplingInterval(UNSPECIFIED);
    }

    /**
     * A Boolean or String signal, or a number without unit and range: DataItemType (OPC 10000-8 §5.3.1), the data-access item without unit or
     * range. Not TwoStateDiscreteType: its mandatory TrueState/FalseState texts are not in the plant model.
     */
    private UaVariableNode dataItem(String id) {
        return instantiate(id, NodeIds.DataItemType, browseName -> false);
    }

    private UaVariableNode instantiate(String id, NodeId type, Predicate<String> optional) {
        try {
            return (UaVariableNode) getNodeFactory().createNode(newNodeId(id), type,
                    new NodeFactory.InstantiationCallback() {
                        @Override
                        public boolean includeOptionalNode(NodeId typeDefinitionId, QualifiedName browseName) {
                            return optional.test(browseName.getName());
                        }
                    });
        } catch (UaException e) {
            throw new IllegalStateException("cannot instantiate " + type + " for " + id, e);
        }
    }

    private void addBehaviour(UaObjectNode equipment, String id, BehaviourDescription behaviour) {
        UaObjectNode object = ConditionNodes.isAlarm(behaviour) ? condition(equipment, id, behaviour)
                : new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                        .setNodeId(newNodeId(id))
                        .setBrowseName(newQualifiedName(behaviour.browseName()))
                        .setDisplayName(LocalizedText.english(behaviour.displayName()))
                        .setTypeDefinition(NodeIds.BaseObjectType)
                        .build();
        object.setBrowseName(newQualifiedName(behaviour.browseName()));
        object.setDisplayName(LocalizedText.english(behaviour.displayName()));
        object.setDescription(LocalizedText.english(behaviour.description()));
        getNodeManager().addNode(object);
        equipment.addComponent(object);
        for (StateDescription state : behaviour.states()) {
            String stateId = id + "." + state.browseName();
            UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                    .setNodeId(newNodeId(stateId))
                    .setBrowseName(newQualifiedName(state.browseName()))
                    .setDisplayName(LocalizedText.english(state.displayName()))
                    .setDescription(LocalizedText.english(state.description()))
                    .setDataType(dataTypeOf(state.type()))
                    .setTypeDefinition(NodeIds.BaseDataVariableType)
                    .setAccessLevel(AccessLevel.READ_ONLY)
                    .setUserAccessLevel(AccessLevel.READ_ONLY)
                    .setMinimumSamplingInterval(0.0)
                    .build();
            node.setValue(waiting);
            getNodeManager().addNode(node);
            object.addComponent(node);
            variables.put(stateId, new PublishedVariable(node, state.type(), waiting, delivered));
        }
    }

    /** An alarm or overshoot behaviour: an AlarmConditionType instance (docs/opcua-server.md, Alarms and conditions). */
    private UaObjectNode condition(UaObjectNode equipment, String id, BehaviourDescription behaviour) {
        NodeId input = behaviour.sourceSignal().isEmpty() ? null : newNodeId(behaviour.sourceSignal());
        return conditionNodes.create(getNodeFactory(), newNodeId(id), id, behaviour, equipment, input);
    }

    static NodeId dataTypeOf(SignalType type) {
        return switch (type) {
            case BOOLEAN -> NodeIds.Boolean;
            case INT16 -> NodeIds.Int16;
            case UINT16 -> NodeIds.UInt16;
            case INT32 -> NodeIds.Int32;
            case UINT32 -> NodeIds.UInt32;
            case INT64 -> NodeIds.Int64;
            case FLOAT -> NodeIds.Float;
            case DOUBLE -> NodeIds.Double;
            case STRING -> NodeIds.String;
        };
    }

    /**
     * A variable that {@code publish} writes, with the data type its values are converted to. Milo
     * stamps a variable's value with the time of each read; a filter returns the published DataValue
     * instead, so clients see the runtime's ServerTimestamp: when it received the value
     * (OPC 10000-4 §7.11). Monitored items of its Value get each published value pushed (ReportedItems).
     */
    static final class PublishedVariable {
        private final UaVariableNode node;
        private final SignalType type;
        private final ReportedItems reported;
        private volatile DataValue current;

        PublishedVariable(UaVariableNode node, SignalType type, DataValue initial, Runnable delivered) {
            this.node = node;
            this.type = type;
            this.reported = new ReportedItems(delivered);
            this.current = initial;
            node.getFilterChain().addLast(AttributeFilters.getValue(context -> current));
        }

        void publish(Sample sample) {
            DataValue value = SampleValues.toDataValue(sample, type);
            current = value;
            node.setValue(value);
            reported.report(value);
        }

        /**
         * Lets sessions write the value (AccessLevel and UserAccessLevel CurrentRead and CurrentWrite; with roles
         * enforced, only users whose roles grant Write): a written value is published as Good at once and handed
         * to {@code written}. Only simulated controllers use this: the runtime's own server publishes read-only.
         */
        void acceptWrites(Consumer<Sample> written) {
            UByte readWrite = AccessLevel.toValue(Set.of(AccessLevel.CurrentRead, AccessLevel.CurrentWrite));
            node.setAccessLevel(readWrite);
            node.setUserAccessLevel(readWrite);
            // first in the chain: the value filter would otherwise take the write as a plain set of the node's value
            node.getFilterChain().addFirst(new AttributeFilter() {
                @Override
                public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value)
                        throws UaException {
                    if (attributeId != AttributeId.Value || !(value instanceof DataValue dataValue)) {
                        ctx.writeAttribute(attributeId, value);
                        return;
                    }
                    try {
                        Sample sample = Sample.good(dataValue.getValue().getValue(), Instant.now());
                        publish(sample); // status and timestamps are the server's, whatever the client sent
                        written.accept(sample);
                    } catch (RuntimeException e) {
                        throw new UaException(StatusCodes.Bad_InternalError, e);
                    }
                }
            });
        }
    }

    /** Reads as Milo does, then refuses the attributes of nodes the session may not browse (NodePermissions). */
    @Override
    public List<DataValue> read(ReadContext context, Double maxAge, TimestampsToReturn timestamps,
            List<ReadValueId> readValueIds) {
        List<DataValue> values = new ArrayList<>(super.read(context, maxAge, timestamps, readValueIds));
        Session session = context.getSession().orElse(null);
        for (int i = 0; i < readValueIds.size(); i++) {
            ReadValueId read = readValueIds.get(i);
            if (permissions.hides(session, read.getNodeId(), read.getAttributeId())) {
                values.set(i, new DataValue(new StatusCode(StatusCodes.Bad_UserAccessDenied)));
            }
        }
        return values;
    }

    // Monitored items of a published variable's Value are exception-based (ReportedItems: revised sampling
    // interval 0, every published value pushed); all others (attributes other than Value, index ranges, data
    // encodings, the RoleType objects) are sampled by Milo's SubscriptionModel.

    @Override
    public RevisedDataItemParameters onCreateDataItem(ReadValueId item, Double samplingInterval, UInteger queueSize) {
        return new RevisedDataItemParameters(reported(item) != null ? EXCEPTION_BASED : samplingInterval, queueSize);
    }

    @Override
    public RevisedDataItemParameters onModifyDataItem(ReadValueId item, Double samplingInterval, UInteger queueSize) {
        return onCreateDataItem(item, samplingInterval, queueSize);
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptions.onDataItemsCreated(sampled(dataItems, (variable, item) -> variable.reported.add(item, variable.current)));
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptions.onDataItemsModified(sampled(dataItems, (variable, item) -> { }));
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptions.onDataItemsDeleted(sampled(dataItems, (variable, item) -> variable.reported.remove(item)));
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        List<MonitoredItem> rest = new ArrayList<>();
        for (MonitoredItem item : monitoredItems) {
            PublishedVariable variable = item instanceof DataItem ? reported(item.getReadValueId()) : null;
            if (variable != null) {
                variable.reported.resume((DataItem) item, variable.current);
            } else {
                rest.add(item);
            }
        }
        subscriptions.onMonitoringModeChanged(rest);
    }

    /** Hands the exception-based items to {@code action}; @return the others, for the SubscriptionModel */
    private List<DataItem> sampled(List<DataItem> items, BiConsumer<PublishedVariable, DataItem> action) {
        List<DataItem> rest = new ArrayList<>(items.size());
        for (DataItem item : items) {
            PublishedVariable variable = reported(item.getReadValueId());
            if (variable != null) {
                action.accept(variable, item);
            } else {
                rest.add(item);
            }
        }
        return rest;
    }

    /** @return the published variable whose whole Value {@code item} monitors, or null */
    private PublishedVariable reported(ReadValueId item) {
        NodeId node = item.getNodeId();
        boolean wholeValue = AttributeId.Value.uid().equals(item.getAttributeId())
                && (item.getIndexRange() == null || item.getIndexRange().isEmpty())
                && (item.getDataEncoding() == null || item.getDataEncoding().isNull());
        return wholeValue && node.getNamespaceIndex().equals(getNamespaceIndex()) && node.getIdentifier() instanceof String id
                ? variables.get(id) : null;
    }
}
