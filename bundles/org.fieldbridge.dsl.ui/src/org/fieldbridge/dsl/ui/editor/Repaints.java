/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.custom.StyledText;

/**
 * Re-presents ranges of a viewer's text (syntax colours, then the semantic colours laid over them) in slices of
 * a few milliseconds on the UI thread, the visible lines first, so that a new semantic highlighting of a large
 * file never stalls typing. Ranges near each other are repainted together.
 */
final class Repaints {

    /** UI time one slice may take before it yields to other events. */
    private static final long SLICE_NS = 8_000_000L;
    /** Ranges closer than this are repainted as one; the whole text is repainted in chunks of this size. */
    private static final int CHUNK = 4_096;

    private final TextViewer viewer;
    private final List<int[]> pending = new ArrayList<>();
    private boolean scheduled;

    Repaints(TextViewer viewer) {
        this.viewer = viewer;
    }

    /** Marks a range for repainting (UI thread). */
    void add(int offset, int length) {
        pending.add(new int[] { offset, Math.max(length, 1) });
    }

    /** Marks the whole text, in chunks (UI thread). */
    void all(int length) {
        pending.clear();
        for (int offset = 0; offset < length; offset += CHUNK) {
            pending.add(new int[] { offset, Math.min(CHUNK, length - offset) });
        }
    }

    /** Starts repainting what is marked, the visible part first (UI thread). */
    void schedule() {
        if (pending.isEmpty()) {
            return;
        }
        coalesce();
        if (!scheduled) {
            scheduled = true;
            slice();
        }
    }

    private void coalesce() {
        pending.sort(Comparator.comparingInt((int[] range) -> range[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : pending) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[0] + last[1] + CHUNK / 16 && range[0] + range[1] - last[0] <= CHUNK) {
                last[1] = Math.max(last[1], range[0] + range[1] - last[0]);
            } else {
                merged.add(range);
            }
        }
        int top = viewer.getTopIndexStartOffset();
        int bottom = viewer.getBottomIndexEndOffset();
        merged.sort(Comparator.comparingInt((int[] range) -> range[0] + range[1] >= top && range[0] <= bottom ? 0 : 1));
        pending.clear();
        pending.addAll(merged);
    }

    private void slice() {
        StyledText widget = viewer.getTextWidget();
        if (widget == null || widget.isDisposed()) {
            pending.clear();
            scheduled = false;
            return;
        }
        long end = System.nanoTime() + SLICE_NS;
        while (!pending.isEmpty() && System.nanoTime() < end) {
            int[] range = pending.remove(0);
            int length = viewer.getDocument().getLength();
            if (range[0] < length) {
                viewer.invalidateTextPresentation(range[0], Math.min(range[1], length - range[0]));
            }
        }
        if (pending.isEmpty()) {
            scheduled = false;
        } else {
            widget.getDisplay().asyncExec(this::slice);
        }
    }
}
