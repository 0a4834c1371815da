/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Changes to a .twin file made where the engineer sees them: in its open editor's document, each as one document
 * change, so that one Undo takes it back and Save writes it (the commissioning views never write .twin files
 * behind the editor's back).
 */
public final class TwinEditing {

    private static final Pattern MAPPING = Pattern.compile("^\\s*map\\s");

    private TwinEditing() {
    }

    /**
     * @param page a workbench page
     * @param file a .twin file on disk
     * @return the text editor showing it, if one is open
     */
    public static Optional<ITextEditor> editorOf(IWorkbenchPage page, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(true);
            if (editor instanceof ITextEditor text && SessionInputs.edited(editor).stream()
                    .anyMatch(p -> p.toAbsolutePath().normalize().equals(wanted))) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * @param page a workbench page
     * @param file a .twin file on disk
     * @return its open editor, else a new one (the workspace file's when the file is in the workspace)
     * @throws PartInitException when no editor opens
     */
    public static ITextEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        Optional<ITextEditor> open = editorOf(page, file);
        if (open.isPresent()) {
            page.activate(open.get());
            return open.get();
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        IEditorPart editor = files.length > 0 ? IDE.openEditor(page, files[0])
                : IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
        if (editor instanceof ITextEditor text) {
            return text;
        }
        throw new PartInitException(file.getFileName() + " did not open in a text editor");
    }

    /** @return the editor's document */
    public static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    /**
     * Inserts a mapping on its own line after the last {@code map} statement (at the end when there is none).
     *
     * @param document a .twin document
     * @param line the mapping, without a line break
     * @return the offset the mapping starts at
     * @throws BadLocationException never for a consistent document
     */
    public static int insertMapping(IDocument document, String line) throws BadLocationException {
        int lastMapping = -1;
        for (int i = 0; i < document.getNumberOfLines(); i++) {
            IRegion region = document.getLineInformation(i);
            if (MAPPING.matcher(document.get(region.getOffset(), region.getLength())).find()) {
                lastMapping = statementEnd(document, i);
            }
        }
        String delimiter = document.getLegalLineDelimiters()[0];
        if (document.getNumberOfLines() > 0 && document.getLineDelimiter(0) != null) {
            delimiter = document.getLineDelimiter(0);
        }
        if (lastMapping < 0) {
            int end = document.getLength();
            String before = end == 0 || document.get(end - 1, 1).equals("\n") ? "" : delimiter;
            document.replace(end, 0, before + line + delimiter);
            return end + before.length();
        }
        IRegion region = document.getLineInformation(lastMapping);
        int at = region.getOffset() + region.getLength();
        document.replace(at, 0, delimiter + line);
        return at + delimiter.length();
    }

    /**
     * @param document a .twin document
     * @param line the 0-based line a statement starts on
     * @return the statement's text region, from its line's start to the end of its last line (a mapping's options
     *         may span lines until its closing brace)
     * @throws BadLocationException when the line is not in the document
     */
    public static IRegion statementAt(IDocument document, int line) throws BadLocationException {
        int start = document.getLineOffset(line);
        IRegion last = document.getLineInformation(statementEnd(document, line));
        return new org.eclipse.jface.text.Region(start, last.getOffset() + last.getLength() - start);
    }

    /**
     * @param document a .twin document
     * @param line a 0-based line, inside a statement or on it
     * @return the 0-based line the {@code map} statement around it starts on; -1 when it is in no mapping
     * @throws BadLocationException when the line is not in the document
     */
    public static int mappingAround(IDocument document, int line) throws BadLocationException {
        for (int i = line; i >= 0; i--) {
            IRegion region = document.getLineInformation(i);
            String text = document.get(region.getOffset(), region.getLength());
            if (MAPPING.matcher(text).find()) {
                return statementEnd(document, i) >= line ? i : -1;
            }
            if (i < line && text.contains("}")) {
                return -1; // the end of another statement
            }
        }
        return -1;
    }

    /** The last line of the statement starting at a line: a mapping's options may span lines until its '}'. */
    private static int statementEnd(IDocument document, int line) throws BadLocationException {
        int depth = 0;
        for (int i = line; i < document.getNumberOfLines(); i++) {
            IRegion region = document.getLineInformation(i);
            String text = document.get(region.getOffset(), region.getLength());
            int comment = text.indexOf("//");
            String code = comment >= 0 ? text.substring(0, comment) : text;
            for (char c : code.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            if (depth <= 0) {
                return i;
            }
        }
        return line;
    }
}
