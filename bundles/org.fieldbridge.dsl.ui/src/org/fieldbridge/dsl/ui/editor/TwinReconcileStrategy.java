/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Runs on the reconciler's background thread once typing has paused ({@link TwinSourceViewerConfiguration#DELAY_MS}):
 * hands the document to the language server and lets the editor fetch what depends on it. The whole document is
 * reconciled each time; the server re-validates only what the edit touched.
 */
final class TwinReconcileStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final TwinEditor editor;

    TwinReconcileStrategy(TwinEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        // the editor's session knows the document
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        editor.reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        editor.reconcile();
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // a reconcile is short; the server cancels outdated work itself
    }

    @Override
    public void initialReconcile() {
        editor.reconcile();
    }
}
