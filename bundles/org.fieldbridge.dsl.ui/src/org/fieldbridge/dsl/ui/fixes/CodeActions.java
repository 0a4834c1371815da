/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TextSnapshot;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * Asks the language server for the quick fixes of problems ({@code textDocument/codeAction}), off the UI
 * thread: the document is sent first, and the diagnostics are made against exactly the text the server has.
 */
public final class CodeActions {

    /** How long the server may take; it answers in milliseconds once the file is checked. */
    private static final long TIMEOUT_S = 20;

    private CodeActions() {
    }

    /**
     * The fixes found for one text.
     *
     * @param text the text they were computed on (their edits refer to it)
     * @param actions the server's code actions, per diagnostic in the order asked, each in the server's order
     */
    public record Fixes(TextSnapshot text, List<CodeAction> actions) {
        static final Fixes NONE = new Fixes(null, List.of());
    }

    /**
     * Requests the fixes in the background.
     *
     * @param session the document's session
     * @param diagnostics makes the diagnostics to fix on the text the server has (on a background thread)
     * @return the fixes; none when the session is closed or the server did not answer
     */
    public static CompletableFuture<Fixes> request(DocumentSession session,
            Function<TextSnapshot, List<Diagnostic>> diagnostics) {
        return CompletableFuture.supplyAsync(() -> compute(session, diagnostics));
    }

    /** What {@link #request} does, on the calling (background) thread. */
    static Fixes compute(DocumentSession session, Function<TextSnapshot, List<Diagnostic>> diagnostics) {
        TwinLanguageServer server = session.flush();
        TextSnapshot text = session.sent();
        if (server == null || text == null) {
            return Fixes.NONE;
        }
        List<CodeAction> actions = new ArrayList<>();
        try {
            for (Diagnostic diagnostic : diagnostics.apply(text)) {
                CodeActionContext context = new CodeActionContext(List.of(diagnostic));
                context.setOnly(List.of(CodeActionKind.QuickFix));
                CodeActionParams params = new CodeActionParams(session.identifier(),
                        new Range(diagnostic.getRange().getStart(), diagnostic.getRange().getEnd()), context);
                for (Either<org.eclipse.lsp4j.Command, CodeAction> action : server.documents().codeAction(params)
                        .get(TIMEOUT_S, TimeUnit.SECONDS)) {
                    if (action.isRight() && action.getRight().getEdit() != null) {
                        actions.add(action.getRight());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fixes.NONE;
        } catch (Exception e) {
            org.eclipse.core.runtime.ILog.of(CodeActions.class).warn("No quick fixes: the language server did not"
                    + " answer (" + e.getMessage() + ")", e);
            return Fixes.NONE;
        }
        // the text may have been sent again meanwhile: the fixes still refer to the text they were asked on
        return new Fixes(text, actions);
    }
}
