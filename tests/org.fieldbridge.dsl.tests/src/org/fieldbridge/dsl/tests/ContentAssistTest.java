/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        XtextResourceSet resourceSet = IDE.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("twin", IDE.getInstance(IResourceFactory.class));
        URI uri = URI.createFileURI(TwinTester.repositoryRoot().resolve("examples/riverside/assist.twin").toString());
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        ContentAssistContextFactory factory = IDE.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(text.length(), 0), text.length(), resource);
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
}
