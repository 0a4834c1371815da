/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.scanner;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.session.MappingOrigin;
import org.fieldbridge.commissioning.ui.session.SessionInputs;
import org.fieldbridge.commissioning.ui.session.TwinEditing;

/**
 * "Scan Registers" in the .twin editor: opens the Register Scanner on the Modbus mapping at the caret and scans it.
 * When the session does not commission this file yet, it is opened on it first (loading in a Job).
 */
public final class ScanRegistersHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof ITextEditor editor) || SessionInputs.edited(part).isEmpty()) {
            return null;
        }
        Path file = SessionInputs.edited(part).get(0);
        int line;
        try {
            int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine();
            line = TwinEditing.mappingAround(TwinEditing.document(editor), caret) + 1;
        } catch (BadLocationException e) {
            line = 0;
        }
        if (line <= 0) {
            MessageDialog.openInformation(editor.getSite().getShell(), "Scan Registers",
                    "Put the caret on a Modbus map statement to scan its registers.");
            return null;
        }
        CommissioningSession session = CommissioningSession.of(editor.getSite().getWorkbenchWindow());
        IWorkbenchPage page = editor.getSite().getPage();
        int mappingLine = line;
        if (find(session, file, line).isPresent() && !editor.isDirty()) {
            show(page, session, file, mappingLine);
        } else {
            // the file is not commissioned yet, or was changed: load what is saved, then scan
            Job loading = session.inputs().contains(file) || session.inputs().stream().anyMatch(file::startsWith)
                    ? session.reload() : session.open(List.of(file));
            Display display = Display.getCurrent();
            loading.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent done) {
                    display.asyncExec(() -> show(page, session, file, mappingLine));
                }
            });
        }
        return null;
    }

    private static Optional<MappedValue> find(CommissioningSession session, Path file, int line) {
        return session.model().stream().flatMap(m -> m.mappings().stream()).filter(MappedValue::isModbus)
                .filter(m -> MappingOrigin.find(m.origin(), session.inputs())
                        .filter(o -> o.file().equals(file.toAbsolutePath().normalize()) && o.line() == line).isPresent())
                .findFirst();
    }

    private static void show(IWorkbenchPage page, CommissioningSession session, Path file, int line) {
        Optional<MappedValue> mapping = find(session, file, line);
        if (mapping.isEmpty()) {
            String why = session.problem() != null ? session.problem()
                    : "line " + line + " of " + file.getFileName() + " is not a Modbus mapping of the saved file";
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Scan Registers", why);
            return;
        }
        try {
            ScannerView view = (ScannerView) page.showView(ScannerView.ID);
            view.prefill(mapping.get());
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Scan Registers", e.getMessage());
        }
    }
}
