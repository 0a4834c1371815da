/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.resource;

import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Widens an edited region to whole tokens, as Xtext's {@link TokenRegionProvider} does before partial
 * parsing, but lexes only from the start of a nearby line instead of from the start of the file: on a
 * 10,000-line file the default lexes half the file for every keystroke.
 *
 * <p>The .twin lexer carries no state from one token to the next, so lexing from any offset at which a
 * token starts gives the same tokens from there on as lexing from the start. A line start is such an
 * offset when its first character is not white space (white space would join the line break into one
 * token), when the line break is not escaped (a string may continue after a backslash and a line break)
 * and when no block comment may be open there; a line that is not known to qualify is skipped for the one
 * before it, back to the start of the file if need be.
 */
public class LocalTokenRegions extends TokenRegionProvider {

    /** Lines looked at before falling back to the start of the file. */
    private static final int MAX_LINES_BACK = 64;

    @Override
    public ITextRegion getTokenRegion(String text, ITextRegion region) {
        int start = restartOffset(text, region.getOffset());
        if (start == 0) {
            return super.getTokenRegion(text, region);
        }
        ITextRegion local = super.getTokenRegion(text.substring(start),
                new TextRegion(region.getOffset() - start, region.getLength()));
        return new TextRegion(local.getOffset() + start, local.getLength());
    }

    /**
     * An offset at or before the given one at which a token starts.
     *
     * @param text   the text
     * @param offset where the edit starts
     * @return a line start that is a token start, or 0
     */
    static int restartOffset(String text, int offset) {
        int lineStart = lineStart(text, Math.min(offset, text.length()));
        for (int lines = 0; lineStart > 0 && lines < MAX_LINES_BACK; lines++) {
            if (isTokenStart(text, lineStart)) {
                return lineStart;
            }
            int comment = openComment(text, lineStart);
            lineStart = lineStart(text, comment >= 0 ? comment : lineStart - 1);
        }
        return 0;
    }

    private static int lineStart(String text, int offset) {
        return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static boolean isTokenStart(String text, int lineStart) {
        if (lineStart >= text.length() || isWhitespace(text.charAt(lineStart))) {
            return false;
        }
        int beforeBreak = lineStart - 2;
        if (beforeBreak >= 0 && text.charAt(beforeBreak) == '\r') {
            beforeBreak--;
        }
        if (beforeBreak >= 0 && text.charAt(beforeBreak) == '\\') {
            return false;
        }
        return openComment(text, lineStart) < 0;
    }

    /**
     * Where a block comment may be open at an offset: the last {@code /*} before it when no {@code *}{@code /}
     * closes it before the offset. A {@code /*} inside a string or line comment counts too (to be safe).
     *
     * @return the offset of that {@code /*}, or -1 if no block comment can be open
     */
    private static int openComment(String text, int offset) {
        int open = text.lastIndexOf("/*", offset - 2);
        if (open < 0) {
            return -1;
        }
        int close = text.lastIndexOf("*/", offset - 2);
        return close >= open + 2 ? -1 : open;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
