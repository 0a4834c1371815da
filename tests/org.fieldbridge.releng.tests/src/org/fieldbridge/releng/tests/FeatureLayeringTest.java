/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The headless runtime feature must never ship a UI bundle (a CI server installs it without a display). */
class FeatureLayeringTest {

    private static final List<String> UI_NAMES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui");

    @Test
    @DisplayName("the runtime feature lists no UI bundle")
    void theRuntimeFeatureListsNoUiBundle() throws Exception {
        Path feature = RepositoryRoot.find().resolve("features/org.fieldbridge.runtime.feature/feature.xml");
        List<String> plugins = plugins(Files.readAllBytes(feature));
        assertFalse(plugins.isEmpty(), "the runtime feature lists no plug-in at all");
        assertEquals(List.of(), uiBundles(plugins));
    }

    @Test
    @DisplayName("a feature that lists a UI bundle is caught")
    void aFeatureThatListsAUiBundleIsCaught() throws Exception {
        byte[] xml = """
                <feature id="x" version="1.0.0">
                  <plugin id="org.fieldbridge.model" version="0.0.0"/>
                  <plugin id="org.fieldbridge.model.ui" version="0.0.0"/>
                  <plugin id="org.eclipse.swt.gtk.linux.x86_64" version="0.0.0" fragment="true"/>
                </feature>
                """.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("org.fieldbridge.model.ui", "org.eclipse.swt.gtk.linux.x86_64"), uiBundles(plugins(xml)));
    }

    @Test
    @DisplayName("the workbench feature includes the runtime feature")
    void theWorkbenchFeatureIncludesTheRuntimeFeature() throws Exception {
        Path feature = RepositoryRoot.find().resolve("features/org.fieldbridge.workbench.feature/feature.xml");
        Document doc = parse(Files.readAllBytes(feature));
        NodeList includes = doc.getElementsByTagName("includes");
        assertTrue(includes.getLength() > 0);
        assertEquals("org.fieldbridge.runtime.feature", ((Element) includes.item(0)).getAttribute("id"));
    }

    private static List<String> uiBundles(List<String> plugins) {
        return plugins.stream()
                .filter(id -> id.contains(".ui") || id.equals("org.fieldbridge.application")
                        || UI_NAMES.stream().anyMatch(ui -> id.equals(ui) || id.startsWith(ui + ".")))
                .toList();
    }

    private static List<String> plugins(byte[] featureXml) throws Exception {
        NodeList nodes = parse(featureXml).getElementsByTagName("plugin");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
