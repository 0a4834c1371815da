/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.fieldbridge.dsl.ide.TwinIdeSetup;
import org.fieldbridge.dsl.ide.highlighting.TwinHighlightingStyles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Outline (LSP document symbols) and semantic highlighting of examples/riverside/riverside.twin. */
@DisplayName("Outline and semantic highlighting of the IDE services")
class IdeOutlineAndHighlightingTest {

    private static final Injector IDE = new TwinIdeSetup().createInjectorAndDoEMFRegistration();
    private static XtextResource resource;
    private static String text;

    record Highlight(String text, List<String> styles) {
    }

    @BeforeAll
    static void load() throws Exception {
        XtextResourceSet resourceSet = IDE.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("twin", IDE.getInstance(IResourceFactory.class));
        var file = TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin");
        text = Files.readString(file);
        resource = (XtextResource) resourceSet.getResource(URI.createFileURI(file.toString()), true);
    }

    private static List<DocumentSymbol> flatten(List<DocumentSymbol> symbols) {
        List<DocumentSymbol> all = new ArrayList<>();
        for (DocumentSymbol s : symbols) {
            all.add(s);
            if (s.getChildren() != null) {
                all.addAll(flatten(s.getChildren()));
            }
        }
        return all;
    }

    @Test
    @DisplayName("the outline lists connections, mappings by HMI tag, address and signal, alignments and behaviours")
    void theOutlineListsTheStatements() {
        List<DocumentSymbol> symbols = flatten(IDE.getInstance(HierarchicalDocumentSymbolService.class)
                .getSymbols(resource, CancelIndicator.NullImpl));
        Map<String, SymbolKind> byName = symbols.stream()
                .collect(Collectors.toMap(DocumentSymbol::getName, DocumentSymbol::getKind, (a, b) -> a));
        assertEquals(SymbolKind.Interface, byName.get("PLC4"), byName.toString());
        assertEquals(SymbolKind.Interface, byName.get("Oven2"));
        assertEquals(SymbolKind.Field, byName.get("\"Temp_Sensor_7B\" holding 40021 -> Tank3.BathTemp"), byName.toString());
        assertEquals(SymbolKind.Event, byName.get("BathTooHot"));
        assertEquals(SymbolKind.Boolean, byName.get("Tank3BathInSpec"));
        assertTrue(byName.keySet().stream().anyMatch(n -> n.startsWith("align CuringOven.Zone1.*")), byName.toString());
        assertTrue(byName.keySet().stream().noneMatch(n -> n.equals("?") || n.isBlank()));
    }

    @Test
    @DisplayName("highlighting tells plant references, connection references, HMI tags, addresses and secret references apart")
    void highlightingTellsTheReferencesApart() {
        List<Highlight> highlights = new ArrayList<>();
        IDE.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, styles) -> highlights.add(new Highlight(text.substring(offset, offset + length),
                        List.of(styles))), CancelIndicator.NullImpl);
        assertTrue(highlights.contains(new Highlight("Tank3.BathTemp", List.of(TwinHighlightingStyles.PLANT_REFERENCE))),
                highlights::toString);
        assertTrue(highlights.contains(new Highlight("PLC4", List.of(TwinHighlightingStyles.CONNECTION_REFERENCE))));
        assertTrue(highlights.contains(new Highlight("\"Temp_Sensor_7B\"", List.of(TwinHighlightingStyles.HMI_TAG))));
        assertTrue(highlights.contains(new Highlight("holding 40021", List.of(TwinHighlightingStyles.ADDRESS))),
                highlights::toString);
        assertTrue(highlights.contains(new Highlight("\"ns=2;s=Zone1.Temp\"", List.of(TwinHighlightingStyles.ADDRESS))));
        assertTrue(highlights.contains(new Highlight("secret \"env:FB_OVEN2_PASSWORD\"",
                List.of(TwinHighlightingStyles.SECRET_REFERENCE))), highlights::toString);
    }

    @Test
    @DisplayName("highlighting marks units (symbols, quoted, time units) and data types, which the grammar spells as identifiers and keywords")
    void highlightingMarksUnitsAndDataTypes() {
        List<Highlight> highlights = new ArrayList<>();
        IDE.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, styles) -> highlights.add(new Highlight(text.substring(offset, offset + length),
                        List.of(styles))), CancelIndicator.NullImpl);
        for (String unit : List.of("degC", "A", "\"m3/h\"", "CEL")) {
            assertTrue(highlights.contains(new Highlight(unit, List.of(TwinHighlightingStyles.UNIT))),
                    () -> unit + " not a unit in " + highlights);
        }
        assertTrue(highlights.contains(new Highlight("int16", List.of(TwinHighlightingStyles.DATA_TYPE))),
                highlights::toString);
        assertTrue(highlights.contains(new Highlight("bit 0", List.of(TwinHighlightingStyles.DATA_TYPE))),
                highlights::toString);
    }
}
