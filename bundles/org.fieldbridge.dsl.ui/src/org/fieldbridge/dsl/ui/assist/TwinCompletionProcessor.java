/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TextSnapshot;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * Content assist from the language server's completion: keywords, connections, plant signals by qualified
 * name, units, data types, each as the server proposes it (label, detail, documentation). The content
 * assistant runs it off the UI thread (asynchronous mode).
 */
public final class TwinCompletionProcessor implements IContentAssistProcessor {

    private static final long TIMEOUT_MS = 5_000;

    private final Supplier<DocumentSession> sessions;
    private String error;

    public TwinCompletionProcessor(Supplier<DocumentSession> sessions) {
        this.sessions = sessions;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        error = null;
        DocumentSession session = sessions.get();
        TwinLanguageServer server = session == null ? null : session.flush();
        if (server == null) {
            return new ICompletionProposal[0];
        }
        TextSnapshot text = session.sent();
        try {
            Either<List<CompletionItem>, CompletionList> result = server.documents()
                    .completion(new CompletionParams(session.identifier(), text.position(offset)))
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
            List<ICompletionProposal> proposals = new ArrayList<>();
            for (CompletionItem item : items) {
                proposals.add(proposal(item, text, offset));
            }
            return proposals.toArray(ICompletionProposal[]::new);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            error = "No proposals: the language server did not answer (" + e.getMessage() + ")";
            ILog.of(getClass()).warn(error, e);
        }
        return new ICompletionProposal[0];
    }

    private static ICompletionProposal proposal(CompletionItem item, TextSnapshot text, int offset) {
        String replacement;
        int start;
        int end;
        if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
            TextEdit edit = item.getTextEdit().getLeft();
            replacement = edit.getNewText();
            start = text.offset(edit.getRange().getStart());
            end = text.offset(edit.getRange().getEnd());
        } else {
            replacement = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
            start = offset;
            end = offset;
        }
        String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
                : item.getLabel() + " \u2014 " + item.getDetail();
        return new CompletionProposal(replacement, start, end - start, start + replacement.length(), null, display,
                null, documentation(item));
    }

    private static String documentation(CompletionItem item) {
        Either<String, MarkupContent> documentation = item.getDocumentation();
        if (documentation == null) {
            return item.getDetail();
        }
        return documentation.isLeft() ? documentation.getLeft() : documentation.getRight().getValue();
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return error;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
