/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fieldbridge.codegen.model.BehaviourNode;
import org.fieldbridge.codegen.model.ElementNode;
import org.fieldbridge.codegen.model.RoleInfo;
import org.fieldbridge.codegen.model.RuntimeModel;
import org.fieldbridge.codegen.model.SignalNode;
import org.fieldbridge.codegen.model.StateNode;
import org.fieldbridge.codegen.model.Unit;

/**
 * The twin's OPC UA information model as a UANodeSet (OPC 10000-6 Annex F): the same nodes, with the same
 * string NodeIds, as the runtime's server builds from the {@code AddressSpaceDescription} (namespace index 1
 * of the file is the twin's namespace {@code urn:fieldbridge:twin:<name>}). Signals have the narrowest OPC UA
 * type of their values ({@code ValueType}); numeric signals with a range are AnalogItemType variables with
 * EngineeringUnits (EUInformation, UNECE unitId) and EURange (Range) properties, with a unit but no range
 * AnalogUnitType, otherwise (booleans, texts, plain counts) DataItemType, as the runtime server makes them. The plant's roles are RoleType objects in the server's RoleSet, and every
 * node where the plant assigns roles (on an area or line and below) carries RolePermissions. Alarm and overshoot
 * behaviours are AlarmConditionType objects (OPC 10000-9 §5.8.2, {@code i=2915}) with HasCondition from their
 * equipment and from the signal they watch, as the server makes them (docs/opcua-server.md, "Alarms and
 * conditions"); their condition state variables (EnabledState, AckedState, ...) are the type's and not listed.
 */
public final class NodeSet2Writer {

    private static final String UNECE = "http://www.opcfoundation.org/UA/units/un/cefact";
    private static final String ANALOG_ITEM_TYPE = "i=2368";
    /** OPC 10000-8 §5.3.2.3: a number with EngineeringUnits but no EURange. */
    private static final String ANALOG_UNIT_TYPE = "i=17497";
    private static final String BASE_OBJECT_TYPE = "i=58";
    private static final String ALARM_CONDITION_TYPE = "i=2915";
    private static final String BASE_DATA_VARIABLE_TYPE = "i=63";
    private static final String DATA_ITEM_TYPE = "i=2365";
    private static final String FOLDER_TYPE = "i=61";
    private static final String PROPERTY_TYPE = "i=68";
    private static final String OBJECTS_FOLDER = "i=85";
    private static final String ROLE_TYPE = "i=15620";
    private static final String ROLE_SET = "i=15606";
    private static final String EU_INFORMATION_XML = "i=888";
    private static final String RANGE_XML = "i=885";
    /** AccessLevel CurrentRead: clients read, never write. */
    private static final int READ_ONLY = 1;

    private final RuntimeModel model;
    private final Map<String, RoleInfo> roles = new TreeMap<>();
    private final StringBuilder out = new StringBuilder();
    /** The conditions (alarm behaviour ids) of each watched signal, by signal id. */
    private final Map<String, List<String>> conditionsOfSignal = new TreeMap<>();

    private NodeSet2Writer(RuntimeModel model) {
        this.model = model;
        model.roles().forEach(r -> roles.put(r.name(), r));
        collectConditions(model.roots());
    }

    private void collectConditions(List<ElementNode> elements) {
        for (ElementNode element : elements) {
            for (BehaviourNode behaviour : element.behaviours()) {
                if (behaviour.isAlarm() && !behaviour.sourceSignal().isEmpty()) {
                    conditionsOfSignal.computeIfAbsent(behaviour.sourceSignal(), k -> new ArrayList<>())
                            .add(behaviour.id());
                }
            }
            collectConditions(element.children());
        }
    }

    /** @return the file name, e.g. {@code riverside.nodeset2.xml} */
    public static String fileName(RuntimeModel model) {
        return model.runtimeName() + ".nodeset2.xml";
    }

    /** @return the UANodeSet document */
    public static String render(RuntimeModel model) {
        return new NodeSet2Writer(model).write();
    }

    private String write() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!-- ").append(xml(GeneratedHeader.text(model)).replace("--", "- -")).append(" -->\n");
        out.append("<UANodeSet xmlns=\"http://opcfoundation.org/UA/2011/03/UANodeSet.xsd\"")
                .append(" xmlns:uax=\"http://opcfoundation.org/UA/2008/02/Types.xsd\">\n");
        out.append("  <NamespaceUris>\n    <Uri>").append(xml(model.namespaceUri())).append("</Uri>\n  </NamespaceUris>\n");
        out.append("  <Models>\n    <Model ModelUri=\"").append(xml(model.namespaceUri())).append("\" Version=\"")
                .append(xml(model.modelVersion())).append("\">\n");
        out.append("      <RequiredModel ModelUri=\"http://opcfoundation.org/UA/\" Version=\"1.04.0\"/>\n");
        out.append("    </Model>\n  </Models>\n");
        out.append("  <Aliases>\n");
        String[][] aliases = { { "Boolean", "i=1" }, { "Int16", "i=4" }, { "UInt16", "i=5" }, { "Int32", "i=6" },
                { "UInt32", "i=7" }, { "Int64", "i=8" }, { "Float", "i=10" }, { "Double", "i=11" }, { "String", "i=12" },
                { "Organizes", "i=35" }, { "HasTypeDefinition", "i=40" }, { "HasProperty", "i=46" },
                { "HasComponent", "i=47" }, { "HasCondition", "i=9006" }, { "Range", "i=884" }, { "EUInformation", "i=887" },
                { "IdentityMappingRuleType", "i=15634" } };
        for (String[] alias : aliases) {
            out.append("    <Alias Alias=\"").append(alias[0]).append("\">").append(alias[1]).append("</Alias>\n");
        }
        out.append("  </Aliases>\n");

        for (RoleInfo role : model.roles()) {
            role(role);
        }
        String plant = ns("Plant");
        startObject(plant, "Plant", null, "Plant", "The plant hierarchy of this twin");
        reference("HasTypeDefinition", FOLDER_TYPE, true);
        reference("Organizes", OBJECTS_FOLDER, false);
        for (ElementNode root : model.roots()) {
            reference("Organizes", ns(root.id()), true);
        }
        endObject(List.of());
        for (ElementNode root : model.roots()) {
            element(root, plant);
        }
        out.append("</UANodeSet>\n");
        return out.toString();
    }

    private void role(RoleInfo role) {
        String id = ns(role.nodeIdentifier());
        startObject(id, role.name(), ROLE_SET, role.displayName(), role.description().isEmpty()
                ? "Plant role " + role.name() + ": " + String.join(", ", role.permissions())
                : role.description());
        reference("HasTypeDefinition", ROLE_TYPE, true);
        reference("HasComponent", ROLE_SET, false);
        reference("HasProperty", id + "/Identities", true);
        endObject(List.of());
        // Identities are mapped by the runtime configuration (users and their roles), not by the model.
        startVariable(id + "/Identities", "Identities", false, id, "IdentityMappingRuleType", 1, "Identities",
                "Filled by the runtime from its configuration (users, user.<name>.roles)");
        reference("HasTypeDefinition", PROPERTY_TYPE, true);
        reference("HasProperty", id, false);
        endReferences(List.of());
        out.append("    <Value>\n      <uax:ListOfExtensionObject/>\n    </Value>\n");
        out.append("  </UAVariable>\n");
    }

    private void element(ElementNode element, String parent) {
        String id = ns(element.id());
        String description = element.description().isEmpty() ? level(element.level()) : element.description();
        startObject(id, element.browseName(), parent, element.displayName(), description);
        reference("HasTypeDefinition", BASE_OBJECT_TYPE, true);
        reference("Organizes", parent, false);
        for (SignalNode signal : element.signals()) {
            reference("HasComponent", ns(signal.id()), true);
        }
        for (BehaviourNode behaviour : element.behaviours()) {
            reference("HasComponent", ns(behaviour.id()), true);
        }
        for (BehaviourNode behaviour : element.behaviours()) {
            if (behaviour.isAlarm()) {
                reference("HasCondition", ns(behaviour.id()), true);
            }
        }
        for (ElementNode child : element.children()) {
            reference("Organizes", ns(child.id()), true);
        }
        endObject(element.roles());
        for (SignalNode signal : element.signals()) {
            signal(signal, id);
        }
        for (BehaviourNode behaviour : element.behaviours()) {
            behaviour(behaviour, id);
        }
        for (ElementNode child : element.children()) {
            element(child, id);
        }
    }

    private void signal(SignalNode signal, String parent) {
        String id = ns(signal.id());
        Unit unit = signal.unit();
        // AnalogItemType only where the model gives a range; a unit without range: AnalogUnitType; else DataItemType
        boolean analog = signal.type().isNumeric() && signal.range() != null;
        boolean withUnit = signal.type().isNumeric() && unit != null;
        startVariable(id, signal.browseName(), true, parent, signal.type().dataTypeName(), -1, signal.displayName(),
                signal.description());
        reference("HasTypeDefinition", analog ? ANALOG_ITEM_TYPE : withUnit ? ANALOG_UNIT_TYPE : DATA_ITEM_TYPE, true);
        reference("HasComponent", parent, false);
        if (withUnit) {
            reference("HasProperty", id + "/EngineeringUnits", true);
        }
        if (analog) {
            reference("HasProperty", id + "/EURange", true);
        }
        for (String condition : conditionsOfSignal.getOrDefault(signal.id(), List.of())) {
            reference("HasCondition", ns(condition), true);
        }
        endReferences(signal.roles());
        out.append("  </UAVariable>\n");
        if (withUnit) {
            engineeringUnits(id, unit, signal.roles());
        }
        if (analog) {
            euRange(id, signal);
        }
    }

    private void engineeringUnits(String id, Unit unit, List<String> roles) {
        startVariable(id + "/EngineeringUnits", "EngineeringUnits", false, id, "EUInformation", -1, "EngineeringUnits",
                "");
        reference("HasTypeDefinition", PROPERTY_TYPE, true);
        reference("HasProperty", id, false);
        endReferences(roles);
        out.append("    <Value>\n      <uax:ExtensionObject>\n");
        out.append("        <uax:TypeId>\n          <uax:Identifier>").append(EU_INFORMATION_XML)
                .append("</uax:Identifier>\n        </uax:TypeId>\n");
        out.append("        <uax:Body>\n          <uax:EUInformation>\n");
        out.append("            <uax:NamespaceUri>").append(UNECE).append("</uax:NamespaceUri>\n");
        out.append("            <uax:UnitId>").append(unit.unitId()).append("</uax:UnitId>\n");
        out.append("            <uax:DisplayName>\n              <uax:Locale>en</uax:Locale>\n              <uax:Text>")
                .append(xml(unit.displayName())).append("</uax:Text>\n            </uax:DisplayName>\n");
        out.append("            <uax:Description>\n              <uax:Locale>en</uax:Locale>\n              <uax:Text>")
                .append(xml(unit.description())).append("</uax:Text>\n            </uax:Description>\n");
        out.append("          </uax:EUInformation>\n        </uax:Body>\n      </uax:ExtensionObject>\n    </Value>\n");
        out.append("  </UAVariable>\n");
    }

    private void euRange(String id, SignalNode signal) {
        startVariable(id + "/EURange", "EURange", false, id, "Range", -1, "EURange", "");
        reference("HasTypeDefinition", PROPERTY_TYPE, true);
        reference("HasProperty", id, false);
        endReferences(signal.roles());
        out.append("    <Value>\n      <uax:ExtensionObject>\n");
        out.append("        <uax:TypeId>\n          <uax:Identifier>").append(RANGE_XML)
                .append("</uax:Identifier>\n        </uax:TypeId>\n");
        out.append("        <uax:Body>\n          <uax:Range>\n");
        out.append("            <uax:Low>").append(xmlDouble(signal.range().low())).append("</uax:Low>\n");
        out.append("            <uax:High>").append(xmlDouble(signal.range().high())).append("</uax:High>\n");
        out.append("          </uax:Range>\n        </uax:Body>\n      </uax:ExtensionObject>\n    </Value>\n");
        out.append("  </UAVariable>\n");
    }

    private void behaviour(BehaviourNode behaviour, String parent) {
        String id = ns(behaviour.id());
        startObject(id, behaviour.browseName(), parent, behaviour.displayName(), behaviour.description());
        reference("HasTypeDefinition", behaviour.isAlarm() ? ALARM_CONDITION_TYPE : BASE_OBJECT_TYPE, true);
        reference("HasComponent", parent, false);
        if (behaviour.isAlarm()) {
            reference("HasCondition", parent, false);
            if (!behaviour.sourceSignal().isEmpty()) {
                reference("HasCondition", ns(behaviour.sourceSignal()), false);
            }
        }
        for (StateNode state : behaviour.states()) {
            reference("HasComponent", ns(behaviour.stateId(state.browseName())), true);
        }
        endObject(behaviour.roles());
        for (StateNode state : behaviour.states()) {
            String stateId = ns(behaviour.stateId(state.browseName()));
            startVariable(stateId, state.browseName(), true, id, state.type().dataTypeName(), -1, state.displayName(),
                    state.description());
            reference("HasTypeDefinition", BASE_DATA_VARIABLE_TYPE, true);
            reference("HasComponent", id, false);
            endReferences(behaviour.roles());
            out.append("  </UAVariable>\n");
        }
    }

    // ------------------------------------------------------------------ XML pieces

    private void startObject(String nodeId, String browseName, String parent, String displayName, String description) {
        out.append("  <UAObject NodeId=\"").append(xml(nodeId)).append("\" BrowseName=\"1:").append(xml(browseName))
                .append('"');
        if (parent != null) {
            out.append(" ParentNodeId=\"").append(xml(parent)).append('"');
        }
        out.append(">\n");
        texts(displayName, description);
        out.append("    <References>\n");
    }

    private void endObject(List<String> roleNames) {
        endReferences(roleNames);
        out.append("  </UAObject>\n");
    }

    private void startVariable(String nodeId, String browseName, boolean ownNamespace, String parent, String dataType,
            int valueRank, String displayName, String description) {
        out.append("  <UAVariable NodeId=\"").append(xml(nodeId)).append("\" BrowseName=\"")
                .append(ownNamespace ? "1:" : "").append(xml(browseName)).append("\" ParentNodeId=\"").append(xml(parent))
                .append("\" DataType=\"").append(dataType).append('"');
        if (valueRank != -1) {
            out.append(" ValueRank=\"").append(valueRank).append("\" ArrayDimensions=\"0\"");
        }
        out.append(" AccessLevel=\"").append(READ_ONLY).append("\" UserAccessLevel=\"").append(READ_ONLY).append("\">\n");
        texts(displayName, description);
        out.append("    <References>\n");
    }

    private void texts(String displayName, String description) {
        out.append("    <DisplayName>").append(xml(displayName)).append("</DisplayName>\n");
        if (!description.isEmpty()) {
            out.append("    <Description>").append(xml(description)).append("</Description>\n");
        }
    }

    private void reference(String type, String target, boolean forward) {
        out.append("      <Reference ReferenceType=\"").append(type).append('"');
        if (!forward) {
            out.append(" IsForward=\"false\"");
        }
        out.append('>').append(xml(target)).append("</Reference>\n");
    }

    /** Closes the references and writes the RolePermissions of the roles granted on the node. */
    private void endReferences(List<String> roleNames) {
        out.append("    </References>\n");
        if (roleNames.isEmpty()) {
            return;
        }
        out.append("    <RolePermissions>\n");
        for (String name : roleNames) {
            RoleInfo role = roles.get(name);
            if (role != null) {
                out.append("      <RolePermission Permissions=\"").append(role.permissionBits()).append("\">")
                        .append(xml(ns(role.nodeIdentifier()))).append("</RolePermission>\n");
            }
        }
        out.append("    </RolePermissions>\n");
    }

    private static String ns(String identifier) {
        return "ns=1;s=" + identifier;
    }

    private static String level(String level) {
        return level.charAt(0) + level.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String xmlDouble(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        }
        return Double.toString(value);
    }

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
    static String xml(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                case '\t', '\n', '\r' -> s.append("&#").append((int) c).append(';');
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
