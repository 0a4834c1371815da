/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.fieldbridge.dsl.ide.TwinIdeSetup;
import org.fieldbridge.dsl.ide.navigation.NavigationFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

@DisplayName("Go to definition and the navigation facts of the IDE services")
class NavigationTest {

    private static final Injector IDE = new TwinIdeSetup().createInjectorAndDoEMFRegistration();
    private static final Path EXAMPLE = TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin");

    private static String text;
    private static XtextResource resource;

    @BeforeAll
    static void loadTheExample() throws IOException {
        text = Files.readString(EXAMPLE);
        XtextResourceSet set = IDE.getInstance(XtextResourceSet.class);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("twin", IDE.getInstance(IResourceFactory.class));
        resource = (XtextResource) set.createResource(URI.createFileURI(EXAMPLE.toString()));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static List<? extends Location> definitionsAt(int offset) {
        return IDE.getInstance(DocumentSymbolService.class).getDefinitions(resource, offset, null,
                CancelIndicator.NullImpl);
    }

    @Test
    @DisplayName("a connection use leads to the connection's name in its declaration")
    void connectionUseLeadsToItsDeclaration() {
        int use = text.indexOf("map PLC4 holding 40021") + "map P".length();
        List<? extends Location> locations = definitionsAt(use);
        assertEquals(1, locations.size(), locations::toString);
        int declarationLine = (int) text.substring(0, text.indexOf("connection PLC4")).lines().count();
        assertEquals(declarationLine, locations.get(0).getRange().getStart().getLine(), locations::toString);
        assertTrue(locations.get(0).getUri().endsWith("riverside.twin"), locations::toString);
    }

    @Test
    @DisplayName("a plant signal leads into the .plant file, the element named by its URI fragment")
    void plantSignalLeadsToItsElementUri() {
        int use = text.indexOf("-> Tank3.BathTemp {") + "-> Tank3.Ba".length();
        List<? extends Location> locations = definitionsAt(use);
        assertEquals(1, locations.size(), locations::toString);
        String uri = locations.get(0).getUri();
        assertTrue(uri.startsWith("file:///") && uri.contains("riverside.plant#"), uri);
        URI element = URI.createURI(uri);
        assertEquals("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp", element.fragment(), uri);
    }

    @Test
    @DisplayName("references and the statement with an expired calibration are known by their text ranges")
    void factsNameReferencesAndTheExpiredInstrument() {
        NavigationFacts facts = NavigationFacts.of(resource, LocalDate.of(2026, 12, 7));
        int signal = text.indexOf("-> Tank2.BathTemp {") + "-> Tank2".length();
        assertNotNull(facts.referenceAt(signal), "Tank2.BathTemp is a reference");
        assertNull(facts.referenceAt(text.indexOf("holding 40021") + 2), "an address is none");
        NavigationFacts.InstrumentLink link = facts.instrumentAt(signal);
        assertNotNull(link, "the mapping of Tank2.BathTemp offers its instrument");
        assertEquals("TT_Tank2", link.instrument());
        assertTrue(link.uri().contains("riverside.plant#"), link.uri());
        assertNull(facts.instrumentAt(text.indexOf("-> Tank3.BathTemp {")), "TT_Tank3 is calibrated");
        assertEquals(1, facts.instruments().size(), facts.instruments()::toString);
    }
}
