/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.PartInitException;
import org.fieldbridge.dsl.ide.navigation.NavigationFacts;
import org.fieldbridge.dsl.ui.editor.TwinEditor;

/**
 * "Open Instrument TT_Tank2" (editor context menu): on a mapping or verdict whose signal's instrument is out of
 * calibration (or has none), opens the instrument in the plant editor, where its certificate is recorded.
 */
public final class OpenInstrumentAction extends Action {

    /** The command's id (plugin.xml). */
    public static final String COMMAND = "org.fieldbridge.dsl.ui.openInstrument";

    private final TwinEditor editor;
    private NavigationFacts.InstrumentLink instrument;

    public OpenInstrumentAction(TwinEditor editor) {
        super("Open Instrument");
        this.editor = editor;
        setActionDefinitionId(COMMAND);
        setEnabled(false);
    }

    /** @return the label of the link or menu item, e.g. {@code Open instrument TT_Tank2} */
    public static String label(NavigationFacts.InstrumentLink instrument) {
        return "Open instrument " + instrument.instrument();
    }

    /** Looks at the statement under the caret: enabled and labelled with its instrument, or disabled. */
    public void update() {
        NavigationFacts facts = editor.navigation().index().current(editor.viewer().getDocument());
        int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
        instrument = facts.instrumentAt(caret);
        setText(instrument == null ? "Open Instrument" : label(instrument));
        setEnabled(instrument != null);
    }

    @Override
    public void run() {
        update();
        if (instrument == null) {
            return;
        }
        try {
            PlantNavigation.open(editor.getSite().getPage(), URI.createURI(instrument.uri()));
        } catch (PartInitException e) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
        }
    }
}
