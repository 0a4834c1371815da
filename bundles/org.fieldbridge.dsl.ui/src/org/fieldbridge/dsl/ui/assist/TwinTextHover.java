/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.assist;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * Hover text from the language server: for an address its canonical and Modicon form, for a plant signal its
 * quantity, unit, range, instrument and calibration. The viewer asks for it off the UI thread.
 */
public final class TwinTextHover implements ITextHover {

    private static final long TIMEOUT_MS = 5_000;

    private final Supplier<DocumentSession> sessions;

    public TwinTextHover(Supplier<DocumentSession> sessions) {
        this.sessions = sessions;
    }

    /** The word under the mouse, qualified names and Modbus spellings included, so one hover covers it. */
    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        try {
            int start = offset;
            while (start > 0 && isWordPart(document.getChar(start - 1))) {
                start--;
            }
            int end = offset;
            while (end < document.getLength() && isWordPart(document.getChar(end))) {
                end++;
            }
            return new Region(start, end - start);
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-';
    }

    @Override
    @SuppressWarnings("deprecation")
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        DocumentSession session = sessions.get();
        TwinLanguageServer server = session == null ? null : session.flush();
        if (server == null) {
            return null;
        }
        int offset = region.getOffset() + region.getLength() / 2;
        try {
            Hover hover = server.documents()
                    .hover(new HoverParams(session.identifier(), session.sent().position(offset)))
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return hover == null || hover.getContents() == null ? null : text(hover.getContents());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    @SuppressWarnings("deprecation")
    private static String text(Either<List<Either<String, MarkedString>>, MarkupContent> contents) {
        if (contents.isRight()) {
            return blankToNull(contents.getRight().getValue());
        }
        StringBuilder text = new StringBuilder();
        for (Either<String, MarkedString> part : contents.getLeft()) {
            text.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
        }
        return blankToNull(text.toString().strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
