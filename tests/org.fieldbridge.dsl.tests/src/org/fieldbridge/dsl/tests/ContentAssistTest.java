/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.fieldbridge.dsl.ide.TwinIdeSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

@DisplayName("Content assist of the IDE services")
class ContentAssistTest {

    private static final Injector IDE = new TwinIdeSetup().createInjectorAndDoEMFRegistration();
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    private static List<String> proposalsAtEnd(String text) throws IOException {
        return entriesAtEnd(text).stream().map(ContentAssistEntry::getProposal).toList();
    }

    private static List<ContentAssistEntry> entriesAtEnd(String text) throws IOException {
        return entriesAt(text, text.length());
    }

    /** Proposals where {@code |} stands in the text (the bar itself is removed). */
    private static List<String> proposalsAtBar(String text) throws IOException {
        int offset = text.indexOf('|');
        return entriesAt(text.substring(0, offset) + text.substring(offset + 1), offset).stream()
                .map(ContentAssistEntry::getProposal).toList();
    }

    private static List<ContentAssistEntry> entriesAt(String text, int offset) throws IOException {
        XtextResourceSet resourceSet = IDE.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("twin", IDE.getInstance(IResourceFactory.class));
        URI uri = URI.createFileURI(TwinTester.repositoryRoot().resolve("examples/riverside/assist.twin").toString());
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        ContentAssistContextFactory factory = IDE.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        List<ContentAssistEntry> proposals = new ArrayList<>();
        IDE.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts),
                new IIdeContentProposalAcceptor() {
                    @Override
                    public void accept(ContentAssistEntry entry, int priority) {
                        if (entry != null) {
                            proposals.add(entry);
                        }
                    }

                    @Override
                    public boolean canAcceptMoreProposals() {
                        return true;
                    }
                });
        return proposals;
    }

    @Test
    @DisplayName("proposes the plant signals by their short names after ->")
    void proposesSignals() throws IOException {
        List<String> proposals = proposalsAtEnd(TwinTester.HEADER + "map Oven2 \"ns=2;s=X\" -> Tank3");
        assertTrue(proposals.contains("Tank3.BathTemp"), proposals.toString());
        assertTrue(proposals.contains("Tank3.RectifierCurrent"), proposals.toString());
    }

    /** @return the detail (LSP CompletionItem.detail) of each proposal, by proposal text */
    private static Map<String, String> detailsAtEnd(String text) throws IOException {
        Map<String, String> details = new TreeMap<>();
        for (ContentAssistEntry entry : entriesAtEnd(text)) {
            details.put(entry.getProposal(), entry.getDescription());
        }
        return details;
    }

    @Test
    @DisplayName("shows a signal's kind, quantity, unit symbol and valid range as the proposal's detail")
    void signalProposalShowsKindQuantityUnitAndRange() throws IOException {
        Map<String, String> details = detailsAtEnd(TwinTester.HEADER + "map Oven2 \"ns=2;s=X\" -> Tank3");
        assertEquals("measurement \u00b7 temperature \u00b7 \u00b0C \u00b7 0 .. 40", details.get("Tank3.BathTemp"),
                details::toString);
        assertEquals("measurement \u00b7 electricCurrent \u00b7 A \u00b7 0 .. 3000",
                details.get("Tank3.RectifierCurrent"), details::toString);
    }

    @Test
    @DisplayName("leaves unit and range out of the detail of a signal the plant gives none for")
    void signalWithoutUnitOrRangeShowsKindAndQuantityOnly() throws IOException {
        Map<String, String> details = detailsAtEnd(TwinTester.HEADER + "map Oven2 \"ns=2;s=X\" -> Tank3");
        assertEquals("state \u00b7 state", details.get("Tank3.AgitatorRunning"), details::toString);
    }

    @Test
    @DisplayName("proposes the statements at the start of a line")
    void proposesKeywords() throws IOException {
        List<String> proposals = proposalsAtEnd(TwinTester.HEADER);
        assertTrue(proposals.containsAll(List.of("map", "align", "alarm", "connection")), proposals.toString());
    }

    @Test
    @DisplayName("proposes only the units of the mapped signal's quantity, the signal's own unit first")
    void proposesTheUnitsOfTheSignalsQuantity() throws IOException {
        List<String> proposals = proposalsAtBar(TwinTester.HEADER
                + "map PLC4 holding 40021 float32 -> Tank3.RectifierCurrent { unit | }\n");
        assertEquals("A", proposals.get(0), proposals::toString);
        assertTrue(proposals.containsAll(List.of("A", "mA", "kA")), proposals::toString);
        assertFalse(proposals.contains("degC"), proposals::toString);
        assertFalse(proposals.contains("ms"), "a time unit is no current unit: " + proposals);
    }

    @Test
    @DisplayName("proposes the temperature units for a temperature signal, degC first, also at the end of the file")
    void proposesTemperatureUnitsAtTheEnd() throws IOException {
        Map<String, String> details = detailsAtEnd(TwinTester.HEADER
                + "map PLC4 holding 40021 int16 -> Tank3.BathTemp { scale 0.1, unit ");
        List<String> proposals = List.copyOf(details.keySet());
        assertTrue(proposals.containsAll(List.of("degC", "degF", "K")), proposals::toString);
        assertFalse(proposals.contains("A"), proposals::toString);
        assertEquals("degC", proposalsAtEnd(TwinTester.HEADER
                + "map PLC4 holding 40021 int16 -> Tank3.BathTemp { scale 0.1, unit ").get(0));
        assertTrue(details.get("degC").contains("degree Celsius") && details.get("degC").contains("the signal's unit"),
                details::toString);
    }

    @Test
    @DisplayName("proposes the units of an alarm's signal for its threshold")
    void proposesUnitsForAnAlarmThreshold() throws IOException {
        List<String> proposals = proposalsAtBar(TwinTester.HEADER
                + "alarm Hot: Tank3.BathTemp > 24.5 | for 5 s\n");
        assertTrue(proposals.containsAll(List.of("degC", "degF")), proposals::toString);
        assertFalse(proposals.contains("bar"), proposals::toString);
    }

    @Test
    @DisplayName("proposes the data types with their register size after the address")
    void proposesDataTypes() throws IOException {
        Map<String, String> details = detailsAtEnd(TwinTester.HEADER + "map PLC4 holding 40050 ");
        assertTrue(details.keySet().containsAll(List.of("int16", "uint16", "int32", "uint32", "float32", "int64",
                "float64", "bool", "bit 0", "string(10)")), details::toString);
        assertTrue(details.get("float32").contains("2 registers"), details::toString);
    }

    @Test
    @DisplayName("proposes byte and word order as whole settings in a mapping's options and a connection's block")
    void proposesByteAndWordOrders() throws IOException {
        List<String> inMapping = proposalsAtBar(TwinTester.HEADER
                + "map PLC4 holding 40021 float32 -> Tank3.RectifierCurrent { unit A, | }\n");
        assertTrue(inMapping.containsAll(List.of("byte order big", "byte order little", "word order big",
                "word order little")), inMapping::toString);
        List<String> inConnection = proposalsAtBar("import \"riverside.plant\"\nconnection PLC4 modbus tcp { poll 100 ms, | }\n");
        assertTrue(inConnection.contains("word order little"), inConnection::toString);
        List<String> afterOrder = proposalsAtEnd(TwinTester.HEADER
                + "map PLC4 holding 40021 float32 -> Tank3.RectifierCurrent { word order ");
        assertTrue(afterOrder.containsAll(List.of("big", "little")), afterOrder::toString);
    }

    @Test
    @DisplayName("proposes the next free register of the connection in each address spelling")
    void proposesTheNextFreeAddress() throws IOException {
        Map<String, String> details = detailsAtEnd(TwinTester.HEADER
                + "map PLC4 holding 40021 float32 -> Tank3.RectifierCurrent\n"
                + "map PLC4 coil 3 -> Tank3.AgitatorRunning\n"
                + "map PLC4 ");
        assertTrue(details.keySet().containsAll(List.of("holding 23", "400023", "holding-register:23", "coil 4",
                "input 1", "discrete 1")), details::toString);
        assertEquals("next free holding register of PLC4: holding:22, Modicon 400023", details.get("holding 23"),
                details::toString);
        assertTrue(details.containsKey("holding"), "the keyword stays: " + details);
        assertFalse(details.containsKey("text") || details.containsKey("\"nodeId\""),
                "no placeholders named after grammar features: " + details);
    }

    @Test
    @DisplayName("proposes NodeId forms after an OPC UA connection")
    void proposesNodeIdsForOpcUa() throws IOException {
        List<String> proposals = proposalsAtEnd(TwinTester.HEADER + "map Oven2 ");
        assertTrue(proposals.contains("\"ns=2;s=\""), proposals::toString);
        assertFalse(proposals.contains("holding 1"), proposals::toString);
    }

    @Test
    @DisplayName("proposes the file's connections after map, with their protocol")
    void proposesConnections() throws IOException {
        Map<String, String> details = detailsAtEnd(TwinTester.HEADER + "map ");
        assertEquals("Modbus TCP connection", details.get("PLC4"), details::toString);
        assertEquals("OPC UA connection", details.get("Oven2"), details::toString);
    }
}
