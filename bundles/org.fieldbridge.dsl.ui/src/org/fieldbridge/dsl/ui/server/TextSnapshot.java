/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Position;

/**
 * One state of a document's text as it was sent to the server, with the line starts to turn LSP positions
 * (line, character) into offsets and back. Results the server computed on this text refer to it even when the
 * document has changed since.
 */
public final class TextSnapshot {

    private final String text;
    private final int[] lineStarts;

    public TextSnapshot(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() {
        return text;
    }

    /** @return the offset of an LSP position, clamped to the text */
    public int offset(Position position) {
        int line = Math.max(0, Math.min(position.getLine(), lineStarts.length - 1));
        int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        return Math.min(lineStarts[line] + Math.max(0, position.getCharacter()), lineEnd);
    }

    /** @return the LSP position (0-based line and character) of an offset */
    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = 0;
        int low = 0;
        int high = lineStarts.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (lineStarts[middle] <= clamped) {
                line = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return new Position(line, clamped - lineStarts[line]);
    }
}
