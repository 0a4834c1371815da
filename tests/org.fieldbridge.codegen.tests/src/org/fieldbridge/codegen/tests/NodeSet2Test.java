/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The OPC UA information model of the Riverside runtime as a UANodeSet. */
@DisplayName("NodeSet2 information model")
class NodeSet2Test {

    private static final String UA = "http://opcfoundation.org/UA/2011/03/UANodeSet.xsd";
    private static final String TYPES = "http://opcfoundation.org/UA/2008/02/Types.xsd";
    private static final String BATH_TEMP = "ns=1;s=Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";
    /** The child elements of a node in the order of the UANodeSet schema (UANode, then UAVariable's Value). */
    private static final List<String> CHILD_ORDER = List.of("DisplayName", "Description", "Category", "Documentation",
            "References", "RolePermissions", "Extensions", "Value", "Translation");

    @TempDir
    static Path output;

    private static Document document;
    private static Map<String, Element> nodes;

    @BeforeAll
    static void parse() throws IOException, ParserConfigurationException, SAXException {
        Projects.generateClean(output, Projects.riverside());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        document = builder.parse(output.resolve("src/main/resources/acme/riverside/runtime/riverside.nodeset2.xml")
                .toFile());
        nodes = new HashMap<>();
        for (Element node : children(document.getDocumentElement())) {
            if (node.getLocalName().startsWith("UA")) {
                assertTrue(nodes.put(node.getAttribute("NodeId"), node) == null, "two nodes " + node.getAttribute("NodeId"));
            }
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(parent.getAttribute("NodeId") + " has no " + name));
    }

    private static Element descendant(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(TYPES, name).item(0);
    }

    private static Map<String, String> references(Element node, boolean forward) {
        Map<String, String> refs = new HashMap<>();
        for (Element r : children(child(node, "References"))) {
            boolean isForward = !"false".equals(r.getAttribute("IsForward"));
            if (isForward == forward) {
                refs.merge(r.getAttribute("ReferenceType"), r.getTextContent(), (a, b) -> a + "," + b);
            }
        }
        return refs;
    }

    @Test
    @DisplayName("has the shape of the UANodeSet schema: namespace, model, aliases, nodes with their parts in order")
    void schemaShape() {
        Element root = document.getDocumentElement();
        assertEquals(UA, root.getNamespaceURI());
        assertEquals("UANodeSet", root.getLocalName());
        List<String> order = children(root).stream().map(Element::getLocalName).distinct().toList();
        assertEquals(List.of("NamespaceUris", "Models", "Aliases", "UAObject", "UAVariable"),
                order.subList(0, 5));
        assertEquals("urn:fieldbridge:twin:riverside", child(child(root, "NamespaceUris"), "Uri").getTextContent());
        Element model = child(child(root, "Models"), "Model");
        assertEquals("urn:fieldbridge:twin:riverside", model.getAttribute("ModelUri"));
        assertTrue(model.getAttribute("Version").matches("sha256:[0-9a-f]{16}"));
        Set<String> aliases = new HashSet<>();
        children(child(root, "Aliases")).forEach(a -> aliases.add(a.getAttribute("Alias")));
        for (Element node : nodes.values()) {
            assertTrue(node.getAttribute("BrowseName").length() > 0);
            int last = -1;
            for (Element part : children(node)) {
                int index = CHILD_ORDER.indexOf(part.getLocalName());
                assertTrue(index > last, node.getAttribute("NodeId") + ": " + part.getLocalName() + " out of order");
                last = index;
            }
            for (Element reference : children(child(node, "References"))) {
                String type = reference.getAttribute("ReferenceType");
                assertTrue(aliases.contains(type) || type.startsWith("i="), type);
                String target = reference.getTextContent();
                assertTrue(target.startsWith("i=") || nodes.containsKey(target), "dangling reference to " + target);
            }
            if (node.getLocalName().equals("UAVariable")) {
                String dataType = node.getAttribute("DataType");
                assertTrue(aliases.contains(dataType) || dataType.startsWith("i="), dataType);
                assertEquals("1", node.getAttribute("AccessLevel"), node.getAttribute("NodeId") + " is writable");
            }
        }
    }

    @Test
    @DisplayName("publishes a signal as a read-only AnalogItem with EngineeringUnits (UNECE) and EURange")
    void analogItem() {
        Element bathTemp = nodes.get(BATH_TEMP);
        assertNotNull(bathTemp);
        assertEquals("UAVariable", bathTemp.getLocalName());
        assertEquals("1:BathTemp", bathTemp.getAttribute("BrowseName"));
        assertEquals("Double", bathTemp.getAttribute("DataType"));
        assertEquals("ns=1;s=Acme.Riverside.Finishing.AnodizingLine.Tank3", bathTemp.getAttribute("ParentNodeId"));
        assertEquals("Bath temperature", child(bathTemp, "DisplayName").getTextContent());
        assertEquals("i=2368", references(bathTemp, true).get("HasTypeDefinition"));
        assertEquals(BATH_TEMP + "/EngineeringUnits," + BATH_TEMP + "/EURange", references(bathTemp, true).get("HasProperty"));

        Element units = nodes.get(BATH_TEMP + "/EngineeringUnits");
        assertEquals("EUInformation", units.getAttribute("DataType"));
        assertEquals("EngineeringUnits", units.getAttribute("BrowseName"));
        assertEquals("i=888", descendant(units, "Identifier").getTextContent());
        assertEquals("http://www.opcfoundation.org/UA/units/un/cefact", descendant(units, "NamespaceUri").getTextContent());
        assertEquals("4408652", descendant(units, "UnitId").getTextContent());
        assertEquals("\u00b0C", descendant(descendant(units, "DisplayName"), "Text").getTextContent());
        assertEquals("degree Celsius", descendant(descendant(units, "Description"), "Text").getTextContent());

        Element range = nodes.get(BATH_TEMP + "/EURange");
        assertEquals("Range", range.getAttribute("DataType"));
        assertEquals("i=885", descendant(range, "Identifier").getTextContent());
        assertEquals(0.0, Double.parseDouble(descendant(range, "Low").getTextContent()));
        assertEquals(40.0, Double.parseDouble(descendant(range, "High").getTextContent()));
    }

    @Test
    @DisplayName("grants the roles assigned on the area and the line with their OPC UA permission bits")
    void rolePermissions() {
        Map<String, String> permissions = new HashMap<>();
        for (Element p : children(child(nodes.get(BATH_TEMP), "RolePermissions"))) {
            permissions.put(p.getTextContent(), p.getAttribute("Permissions"));
        }
        // operator: browse 1 + read 32 + receive events 2048 + acknowledge (call) 4096
        assertEquals(Map.of("ns=1;s=Role:operator", "6177", "ns=1;s=Role:qualityManager", "2081",
                "ns=1;s=Role:commissioning", Long.toString(1 + 32 + 2048 + 64 + 4 + 16),
                "ns=1;s=Role:integrator", Long.toString(1 + 32 + 2048 + 64 + 4 + 16 + 2 + 8 + 8192 + 16384 + 32768 + 65536)),
                permissions);
        // the area grants only the quality manager; the enterprise nothing
        List<String> area = children(child(nodes.get("ns=1;s=Acme.Riverside.Finishing"), "RolePermissions")).stream()
                .map(Element::getTextContent).toList();
        assertEquals(List.of("ns=1;s=Role:qualityManager"), area);
        assertTrue(children(nodes.get("ns=1;s=Acme")).stream().noneMatch(e -> e.getLocalName().equals("RolePermissions")));
        Element operator = nodes.get("ns=1;s=Role:operator");
        assertEquals("UAObject", operator.getLocalName());
        assertEquals("i=15620", references(operator, true).get("HasTypeDefinition"));
        assertEquals("i=15606", references(operator, false).get("HasComponent"));
        assertEquals("Line operator", child(operator, "DisplayName").getTextContent());
    }

    @Test
    @DisplayName("places the hierarchy under a Plant folder and behaviours with their states under their equipment")
    void hierarchyAndBehaviours() {
        Element plant = nodes.get("ns=1;s=Plant");
        assertEquals("i=61", references(plant, true).get("HasTypeDefinition"));
        assertEquals("i=85", references(plant, false).get("Organizes"));
        Element alarm = nodes.get("ns=1;s=Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTooHot");
        assertEquals("UAObject", alarm.getLocalName());
        Element active = nodes.get("ns=1;s=Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTooHot.Active");
        assertEquals("Boolean", active.getAttribute("DataType"));
        assertEquals("i=63", references(active, true).get("HasTypeDefinition"));
        assertNotNull(nodes.get("ns=1;s=Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone1.TempAligned"));
        Element agitator = nodes.get("ns=1;s=Acme.Riverside.Finishing.AnodizingLine.Tank1.AgitatorRunning");
        assertEquals("Boolean", agitator.getAttribute("DataType"));
        assertEquals("i=2365", references(agitator, true).get("HasTypeDefinition"));
        // a number without unit and range in the plant (from an OPC UA source, Int64): a DataItem, no empty EURange
        Element batch = nodes.get("ns=1;s=Acme.Riverside.Finishing.PowderCoating.CuringOven.BatchId");
        assertEquals("Int64", batch.getAttribute("DataType"));
        assertEquals("i=2365", references(batch, true).get("HasTypeDefinition"));
        assertEquals(null, references(batch, true).get("HasProperty"));
        assertEquals(null, nodes.get("ns=1;s=Acme.Riverside.Finishing.PowderCoating.CuringOven.BatchId/EURange"));
    }

    @Test
    @DisplayName("types alarm and overshoot behaviours as AlarmConditionType with HasCondition from their equipment "
            + "and their watched signal, as the live server does")
    void alarmsAreConditions() {
        String tank3 = "ns=1;s=Acme.Riverside.Finishing.AnodizingLine.Tank3";
        Element alarm = nodes.get(tank3 + ".BathTooHot");
        assertEquals("i=2915", references(alarm, true).get("HasTypeDefinition"));
        assertEquals(Set.of(tank3, BATH_TEMP), Set.of(references(alarm, false).get("HasCondition").split(",")));
        assertTrue(List.of(references(nodes.get(tank3), true).get("HasCondition").split(","))
                .containsAll(List.of(tank3 + ".BathTooHot", tank3 + ".BathTooCold")));
        assertTrue(List.of(references(nodes.get(BATH_TEMP), true).get("HasCondition").split(","))
                .containsAll(List.of(tank3 + ".BathTooHot", tank3 + ".BathTooCold")));
        String zone1 = "ns=1;s=Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone1";
        Element overshoot = nodes.values().stream().filter(e -> e.getAttribute("NodeId").endsWith(".OvenOvershoot"))
                .findFirst().orElseThrow();
        assertEquals("i=2915", references(overshoot, true).get("HasTypeDefinition"));
        assertTrue(references(overshoot, false).get("HasCondition").contains(zone1 + ".Temp"));
        Map<String, String> aliases = new HashMap<>();
        children(child(document.getDocumentElement(), "Aliases"))
                .forEach(a -> aliases.put(a.getAttribute("Alias"), a.getTextContent()));
        assertEquals("i=9006", aliases.get("HasCondition"));
        // behaviours that are no alarm (a verdict, an integral) stay plain objects without conditions
        Element verdict = nodes.get(tank3 + ".Tank3BathInSpec");
        assertEquals("i=58", references(verdict, true).get("HasTypeDefinition"));
        assertEquals(null, references(verdict, false).get("HasCondition"));
    }
}
