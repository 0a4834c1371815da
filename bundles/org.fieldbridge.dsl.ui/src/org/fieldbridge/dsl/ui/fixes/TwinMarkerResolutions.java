/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.fieldbridge.dsl.ui.TwinUiPlugin;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.server.DocumentSession;

/**
 * Problems view > Quick Fix... on the findings of {@code .twin} files (marker type
 * {@code org.fieldbridge.workspace.problem}): the same code actions as Ctrl+1 in the editor. The fixes are
 * computed on the open editor's text, or, when the file is not open, on the file's text through a short-lived
 * document at the language server; choosing one opens the file in the {@code .twin} editor and applies it
 * there (one undoable change, not saved).
 */
public final class TwinMarkerResolutions implements IMarkerResolutionGenerator2 {

    private static final long TIMEOUT_S = 30;

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getResource() instanceof IFile file && "twin".equals(file.getFileExtension())
                && ProblemDiagnostics.fixable(marker);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!hasResolutions(marker)) {
            return new IMarkerResolution[0];
        }
        CodeActions.Fixes fixes = await(fixes(marker));
        return fixes.actions().stream()
                .map(action -> new CodeActionResolution(action, fixes.text(), (IFile) marker.getResource()))
                .toArray(IMarkerResolution[]::new);
    }

    /** Starts computing the fixes of a marker: on the open editor's text, else on the file's. */
    static CompletableFuture<CodeActions.Fixes> fixes(IMarker marker) {
        IFile file = (IFile) marker.getResource();
        TwinEditor editor = openEditor(file);
        int start = marker.getAttribute(IMarker.CHAR_START, 0);
        int end = marker.getAttribute(IMarker.CHAR_END, start);
        if (editor != null && editor.session() != null) {
            IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
            Position now = model instanceof AbstractMarkerAnnotationModel markers ? markers.getMarkerPosition(marker)
                    : null;
            int offset = now == null ? start : now.getOffset();
            int length = now == null ? end - start : now.getLength();
            String text = editor.viewer().getDocument().get();
            return CodeActions.request(editor.session(), sent -> sent.text().equals(text)
                    ? List.of(ProblemDiagnostics.diagnostic(marker, offset, length, sent)) : List.of());
        }
        if (file.getLocation() == null) {
            return CompletableFuture.completedFuture(CodeActions.Fixes.NONE);
        }
        Path location = file.getLocation().toPath();
        return CompletableFuture.supplyAsync(() -> {
            try {
                IDocument document = new Document(Files.readString(location, Charset.forName(file.getCharset())));
                DocumentSession session = new DocumentSession(() -> TwinUiPlugin.get().server(), document, null,
                        location);
                try {
                    return CodeActions.compute(session,
                            sent -> List.of(ProblemDiagnostics.diagnostic(marker, start, end - start, sent)));
                } finally {
                    session.close(false);
                }
            } catch (Exception e) {
                ILog.of(TwinMarkerResolutions.class).warn("No quick fixes for " + file.getFullPath(), e);
                return CodeActions.Fixes.NONE;
            }
        });
    }

    /** Waits for the fixes; on the UI thread with a busy cursor, keeping the display alive. */
    private static CodeActions.Fixes await(CompletableFuture<CodeActions.Fixes> fixes) {
        AtomicReference<CodeActions.Fixes> result = new AtomicReference<>(CodeActions.Fixes.NONE);
        try {
            if (Display.getCurrent() == null) {
                result.set(fixes.get(TIMEOUT_S, TimeUnit.SECONDS));
            } else {
                PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                    try {
                        result.set(fixes.get(TIMEOUT_S, TimeUnit.SECONDS));
                    } catch (Exception e) {
                        throw new InvocationTargetException(e);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            ILog.of(TwinMarkerResolutions.class).warn("No quick fixes: the language server did not answer", e);
        }
        return result.get();
    }

    /** The open {@code .twin} editor of a file, or null (never opens one). */
    static TwinEditor openEditor(IFile file) {
        if (Display.getCurrent() == null || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
            return null;
        }
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = page == null ? null : page.findEditor(new FileEditorInput(file));
        return editor instanceof TwinEditor twin ? twin : null;
    }
}
