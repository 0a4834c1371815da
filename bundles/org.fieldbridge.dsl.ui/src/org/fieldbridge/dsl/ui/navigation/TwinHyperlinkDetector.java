/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PartInitException;
import org.fieldbridge.dsl.ide.navigation.NavigationFacts;
import org.fieldbridge.dsl.ui.editor.TwinEditor;

/**
 * Ctrl+click in the {@code .twin} editor: on a connection use or plant reference "Go to Definition"; on the
 * plant reference of a statement whose instrument needs calibrating also "Open instrument TT_Tank2". Runs on the
 * UI thread while the mouse moves, so it only looks the offset up in the editor's {@link NavigationIndex}; the
 * server is asked when a link is followed.
 */
public final class TwinHyperlinkDetector extends AbstractHyperlinkDetector {

    private final Supplier<TwinEditor> editors;

    public TwinHyperlinkDetector(Supplier<TwinEditor> editors) {
        this.editors = editors;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        TwinEditor editor = editors.get();
        if (editor == null || region == null) {
            return null;
        }
        NavigationFacts facts = editor.navigation().index().current(viewer.getDocument());
        NavigationFacts.Span reference = facts.referenceAt(region.getOffset());
        if (reference == null) {
            return null;
        }
        IRegion link = new Region(reference.offset(), reference.length());
        List<IHyperlink> links = new ArrayList<>();
        links.add(new Link(link, "Go to Definition", () -> editor.navigation().definitions().goTo(reference.offset())));
        NavigationFacts.InstrumentLink instrument = facts.instrumentAt(region.getOffset());
        if (instrument != null && canShowMultipleHyperlinks) {
            links.add(new Link(link, OpenInstrumentAction.label(instrument), () -> {
                try {
                    PlantNavigation.open(editor.getSite().getPage(), URI.createURI(instrument.uri()));
                } catch (PartInitException e) {
                    editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
                }
            }));
        }
        return links.toArray(IHyperlink[]::new);
    }

    /** A link that runs something when followed. */
    private record Link(IRegion region, String label, Runnable action) implements IHyperlink {
        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return null;
        }

        @Override
        public String getHyperlinkText() {
            return label;
        }

        @Override
        public void open() {
            action.run();
        }
    }
}
