/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.server.DocumentSession;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;

/**
 * Everything the {@code .twin} editor navigates by, in one place so that the editor only wires it in: the
 * navigation index kept current by the reconciler, Go to Definition (F3, menus, Ctrl+click) and Open
 * Instrument.
 */
public final class EditorNavigation {

    /** Action ids in the editor. */
    public static final String GO_TO_DEFINITION = "GoToDefinition";
    public static final String OPEN_INSTRUMENT = "OpenInstrument";

    private final TwinEditor editor;
    private final NavigationIndex index = new NavigationIndex();
    private final DefinitionNavigator definitions;
    private OpenInstrumentAction openInstrument;

    public EditorNavigation(TwinEditor editor) {
        this.editor = editor;
        this.definitions = new DefinitionNavigator(editor);
    }

    /** Registers the actions with the editor (from its createActions). */
    public void createActions() {
        editor.setAction(GO_TO_DEFINITION, new GoToDefinitionAction(editor));
        openInstrument = new OpenInstrumentAction(editor);
        editor.setAction(OPEN_INSTRUMENT, openInstrument);
    }

    /** Adds Go to Definition, and Open Instrument where the caret's statement has one, to the context menu. */
    public void contextMenu(IMenuManager menu) {
        if (menu.find(ITextEditorActionConstants.GROUP_OPEN) == null) {
            menu.insertAfter(ITextEditorActionConstants.GROUP_UNDO, new Separator(ITextEditorActionConstants.GROUP_OPEN));
        }
        menu.appendToGroup(ITextEditorActionConstants.GROUP_OPEN, editor.getAction(GO_TO_DEFINITION));
        openInstrument.update();
        if (openInstrument.isEnabled()) {
            menu.appendToGroup(ITextEditorActionConstants.GROUP_OPEN, openInstrument);
        }
    }

    /** After a reconcile (reconciler thread): the facts of the text just sent. */
    public void reconciled(TwinLanguageServer server, DocumentSession session) {
        index.refresh(server, session);
    }

    public NavigationIndex index() {
        return index;
    }

    public DefinitionNavigator definitions() {
        return definitions;
    }
}
