/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import com.google.inject.Inject;

/**
 * Xtext's quick fix code actions in the order the quick fix provider gives them, not sorted by label: the
 * order says something (the signal's own unit first, the closest plant name first). The first fix of a
 * diagnostic is marked preferred, as LSP clients show it first or apply it on their "fix" key.
 */
public class TwinCodeActionService extends QuickFixCodeActionService {

    @Inject
    private IQuickFixProvider quickfixes;

    @Override
    protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (DiagnosticResolution resolution : quickfixes.getResolutions(options, diagnostic)) {
            CodeAction action = new CodeAction(resolution.getLabel());
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(diagnostic));
            action.setEdit(resolution.apply());
            action.setIsPreferred(actions.isEmpty() ? Boolean.TRUE : null);
            actions.add(Either.forRight(action));
        }
        return actions;
    }
}
