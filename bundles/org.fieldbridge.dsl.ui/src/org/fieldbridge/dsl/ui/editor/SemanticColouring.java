/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Lays the semantic highlighting over the syntax colours of a viewer. The highlighted ranges are kept as
 * document positions, so they move with the text while the person types and stay until the next reconcile
 * replaces them (no flicker).
 */
public final class SemanticColouring implements ITextPresentationListener {

    /** Position category of the highlighted ranges. */
    public static final String CATEGORY = "org.fieldbridge.twin.semanticHighlights";

    /** A highlighted range with its look. */
    private static final class StyledPosition extends Position {
        final TextAttribute look;
        final String style;

        StyledPosition(int offset, int length, TextAttribute look, String style) {
            super(offset, length);
            this.look = look;
            this.style = style;
        }
    }

    private final ISourceViewer viewer;
    private final Repaints repaints;
    private IDocument document;

    public SemanticColouring(ISourceViewer viewer) {
        this.viewer = viewer;
        this.repaints = new Repaints((TextViewer) viewer);
        ((TextViewer) viewer).addTextPresentationListener(this);
    }

    /**
     * Replaces the highlighting (UI thread). Highlights of a text the document no longer has are dropped: a
     * newer reconcile is on its way. Only the ranges whose look changed are repainted, in short slices
     * ({@link Repaints}): re-presenting a whole file of thousands of mappings at once would stall the UI thread.
     */
    public void apply(SemanticHighlights highlights) {
        IDocument current = viewer.getDocument();
        if (current == null || !current.get().equals(highlights.text())) {
            return;
        }
        boolean fresh = document != current;
        List<Look> before = fresh ? List.of() : looks(current);
        List<Look> after = new ArrayList<>(highlights.ranges().size());
        try {
            if (fresh) {
                document = current;
                if (!current.containsPositionCategory(CATEGORY)) {
                    current.addPositionCategory(CATEGORY);
                    current.addPositionUpdater(new DefaultPositionUpdater(CATEGORY));
                }
            }
            current.removePositionCategory(CATEGORY);
            current.addPositionCategory(CATEGORY);
            for (SemanticHighlights.Range range : highlights.ranges()) {
                TextAttribute look = TwinStyles.semantic(range.style());
                if (look != null) {
                    current.addPosition(CATEGORY, new StyledPosition(range.offset(), range.length(), look,
                            range.style()));
                    after.add(new Look(range.offset(), range.length(), range.style()));
                }
            }
        } catch (BadLocationException | BadPositionCategoryException e) {
            return;
        }
        if (fresh) {
            repaints.all(current.getLength());
        } else {
            repaintDifferences(before, after);
        }
        repaints.schedule();
    }

    /**
     * Marks for repainting every range highlighted in one list and not in the other: both sorted, then walked
     * side by side (12,000 ranges on 2,000 mappings; hashing them cost the UI thread tens of milliseconds).
     */
    private void repaintDifferences(List<Look> before, List<Look> after) {
        before.sort(Look.ORDER);
        after.sort(Look.ORDER);
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int order = i == before.size() ? 1 : j == after.size() ? -1 : Look.ORDER.compare(before.get(i), after.get(j));
            if (order == 0) {
                i++;
                j++;
            } else if (order < 0) {
                repaints.add(before.get(i).offset(), before.get(i).length());
                i++;
            } else {
                repaints.add(after.get(j).offset(), after.get(j).length());
                j++;
            }
        }
    }

    /** A highlighted range as a value, to compare two highlightings. */
    private record Look(int offset, int length, String style) {
        static final Comparator<Look> ORDER = Comparator.comparingInt(Look::offset).thenComparingInt(Look::length)
                .thenComparing(Look::style);
    }

    private static List<Look> looks(IDocument document) {
        List<Look> looks = new ArrayList<>();
        try {
            for (Position position : document.getPositions(CATEGORY)) {
                if (!position.isDeleted()) {
                    looks.add(new Look(position.getOffset(), position.getLength(), ((StyledPosition) position).style));
                }
            }
        } catch (BadPositionCategoryException e) {
            // none yet
        }
        return looks;
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IDocument current = viewer.getDocument();
        if (current == null || !current.containsPositionCategory(CATEGORY)) {
            return;
        }
        IRegion extent = presentation.getExtent();
        int end = extent.getOffset() + extent.getLength();
        try {
            for (Position position : current.getPositions(CATEGORY)) {
                if (position.isDeleted() || position.getOffset() + position.getLength() <= extent.getOffset()
                        || position.getOffset() >= end) {
                    continue;
                }
                TextAttribute look = ((StyledPosition) position).look;
                int start = Math.max(position.getOffset(), extent.getOffset());
                int stop = Math.min(position.getOffset() + position.getLength(), end);
                StyleRange range = new StyleRange(start, stop - start, look.getForeground(), look.getBackground(),
                        look.getStyle());
                presentation.mergeStyleRange(range);
            }
        } catch (BadPositionCategoryException e) {
            // removed meanwhile: nothing to lay over
        }
    }
}
