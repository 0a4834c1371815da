/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.fieldbridge.dsl.ui.TwinUiPlugin;
import org.fieldbridge.dsl.ui.fixes.QuickFixRulerAction;
import org.fieldbridge.dsl.ui.navigation.EditorNavigation;
import org.fieldbridge.dsl.ui.outline.TwinOutlinePage;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TextSnapshot;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * The {@code .twin} editor: the platform's text editor (save, undo/redo, find/replace, line numbers, the
 * Problems view's markers as squiggles) configured for the mapping language and fed in process by its language
 * server ({@link TwinLanguageServer}) - Fieldbridge's "xtext.ui lite".
 * <p>
 * Extension hook for other bundles (the editor depends on none of them): code minings. As every platform text
 * editor it installs, when its part is created, the providers of the platform's
 * {@code org.eclipse.ui.workbench.texteditor.codeMiningProviders} extension point that are enabled for it; contribute
 * one with {@code <enabledWhen><with variable="editor"><instanceof value="org.fieldbridge.dsl.ui.editor.TwinEditor"/>}
 * (commissioning's inline live values do, docs/commissioning.md).
 */
public class TwinEditor extends TextEditor {

    /** The editor's id (plugin.xml). */
    public static final String ID = "org.fieldbridge.dsl.ui.twinEditor";
    /** Key binding context of the editor: Ctrl+Shift+F and Ctrl+/ live there. */
    public static final String CONTEXT = "org.fieldbridge.dsl.ui.twinEditorScope";

    private static final String MATCHING_BRACKETS = "fieldbridge.twin.matchingBrackets";
    private static final String MATCHING_BRACKETS_COLOUR = "fieldbridge.twin.matchingBracketsColor";

    private volatile DocumentSession session;
    private SemanticColouring colouring;
    private TwinOutlinePage outline;
    private FormatDocumentAction format;
    private Display display;
    private final EditorNavigation navigation = new EditorNavigation(this);

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        IPreferenceStore own = TwinUiPlugin.get().getPreferenceStore();
        own.setDefault(MATCHING_BRACKETS, true);
        own.setDefault(MATCHING_BRACKETS_COLOUR, "127,0,85");
        IPreferenceStore preferences = new ChainedPreferenceStore(
                new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
        setPreferenceStore(preferences);
        setSourceViewerConfiguration(new TwinSourceViewerConfiguration(this, preferences, keywords()));
        setKeyBindingScopes(new String[] { CONTEXT });
    }

    /** The grammar's alphabetic keywords, from the grammar itself. */
    private static Set<String> keywords() {
        IGrammarAccess grammar = TwinUiPlugin.get().injector().getInstance(IGrammarAccess.class);
        Set<String> keywords = new TreeSet<>();
        for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
            if (keyword.matches("[A-Za-z][A-Za-z0-9-]*")) {
                keywords.add(keyword);
            }
        }
        return keywords;
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        DocumentSession previous = session;
        if (previous != null) {
            previous.close(isDirty());
        }
        super.doSetInput(input);
        IDocument document = getDocumentProvider().getDocument(input);
        TwinPartitions.connect(document);
        IFile file = input.getAdapter(IFile.class);
        Path location = null;
        if (file != null && file.getLocation() != null) {
            location = file.getLocation().toPath();
        } else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            location = Path.of(uriInput.getURI());
        }
        session = location == null ? null
                : new DocumentSession(() -> TwinUiPlugin.get().server(), document, file, location);
    }

    @Override
    public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
        super.createPartControl(parent);
        display = parent.getDisplay();
        colouring = new SemanticColouring(getSourceViewer());
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')' },
                TwinPartitions.PARTITIONING));
        support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOUR);
        super.configureSourceViewerDecorationSupport(support);
    }

    @Override
    protected void createActions() {
        super.createActions();
        Action assist = new Action("Content Assist") {
            @Override
            public void run() {
                getSourceViewer().getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            }
        };
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        format = new FormatDocumentAction(this);
        setAction("Format", format);
        setAction("ToggleComment", new ToggleCommentAction(this));
        setAction(ITextEditorActionConstants.RULER_CLICK, new QuickFixRulerAction(this, getSourceViewer(),
                getVerticalRuler(), getAction(ITextEditorActionConstants.RULER_CLICK)));
        navigation.createActions();
    }

    @Override
    protected void editorContextMenuAboutToShow(org.eclipse.jface.action.IMenuManager menu) {
        super.editorContextMenuAboutToShow(menu);
        addAction(menu, "group.edit", "ToggleComment");
        addAction(menu, "group.edit", "Format");
        navigation.contextMenu(menu);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new TwinOutlinePage(this::reveal);
                reconcileOutline();
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    private void reveal(DocumentSymbol symbol) {
        DocumentSession current = session;
        TextSnapshot text = current == null ? null : current.sent();
        if (text != null) {
            int start = text.offset(symbol.getSelectionRange().getStart());
            int end = text.offset(symbol.getSelectionRange().getEnd());
            selectAndReveal(start, end - start);
        }
    }

    /**
     * Brings the server's copy up to date and refreshes what depends on it (semantic colouring, outline); the
     * server publishes the diagnostics itself. Runs on the reconciler's thread.
     */
    void reconcile() {
        DocumentSession current = session;
        TwinLanguageServer server = current == null ? null : current.flush();
        if (server == null) {
            return;
        }
        navigation.reconciled(server, current);
        requestHighlights(server, current.uri(), 3);
        reconcileOutline();
    }

    /** The semantic colouring of the text sent; asked for again when the server cancelled the read. */
    private void requestHighlights(TwinLanguageServer server, String uri, int attempts) {
        SemanticHighlights.of(server, uri).whenComplete((highlights, failure) -> {
            if (failure == null) {
                ui(() -> {
                    if (colouring != null) {
                        colouring.apply(highlights);
                    }
                });
            } else if (attempts > 1) {
                requestHighlights(server, uri, attempts - 1);
            }
        });
    }

    private void reconcileOutline() {
        requestOutline(3);
    }

    /**
     * Asks the server for the outline of the text as it is now. The server cancels a read when a change arrives
     * after it (another reconcile, a plant saved): then the outline is asked for again, so that it never stays
     * behind the text.
     */
    private void requestOutline(int attempts) {
        DocumentSession current = session;
        TwinOutlinePage page = outline;
        if (current == null || page == null) {
            return;
        }
        CompletableFuture.supplyAsync(current::flush).thenCompose(server -> server == null
                ? CompletableFuture.completedFuture(List.<Either<SymbolInformation, DocumentSymbol>>of())
                : server.documents().documentSymbol(new DocumentSymbolParams(current.identifier())))
                .whenComplete((symbols, failure) -> {
                    if (failure != null) {
                        if (attempts > 1) {
                            requestOutline(attempts - 1);
                        }
                        return;
                    }
                    List<DocumentSymbol> tree = symbols.stream().filter(s -> s.isRight()).map(s -> s.getRight())
                            .toList();
                    ui(() -> page.update(tree));
                });
    }

    private void ui(Runnable runnable) {
        Display display = this.display;
        if (display != null && !display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

    /** @return the document's session with the language server (null for an input that is no file) */
    public DocumentSession session() {
        return session;
    }

    /** @return Go to Definition, Open Instrument and what they know of the text */
    public EditorNavigation navigation() {
        return navigation;
    }

    /** @return the editor's viewer, null before it is created */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** Formats the whole document (what Ctrl+Shift+F does); done once the formatted text is in the document. */
    public CompletableFuture<Void> formatDocument() {
        return format.format();
    }

    @Override
    public void dispose() {
        DocumentSession current = session;
        session = null;
        if (current != null) {
            current.close(isDirty());
        }
        super.dispose();
    }
}
