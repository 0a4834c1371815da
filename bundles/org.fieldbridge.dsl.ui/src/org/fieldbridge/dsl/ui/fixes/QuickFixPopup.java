/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.fieldbridge.dsl.ui.TwinUiPlugin;
import org.fieldbridge.dsl.ui.server.DocumentSession;

/**
 * The {@code .twin} editor's Quick Fix assistant: {@link TwinQuickAssistProcessor} in a pop-up wide enough for
 * a fix's title ("Refer to env:FIELDBRIDGE_OVEN2_PASSWORD (set it to the password where the runtime runs)");
 * the platform's default is about 300 pixels. A size the user gives the pop-up is kept.
 */
public final class QuickFixPopup {

    private static final String SETTINGS = "quickFixPopup";
    // the keys ContentAssistant keeps the proposal pop-up's size under
    private static final String WIDTH = "size.x";
    private static final String HEIGHT = "size.y";
    private static final int DEFAULT_WIDTH = 640;
    private static final int DEFAULT_HEIGHT = 180;

    private QuickFixPopup() {
    }

    /**
     * @param sessions gives the editor's session with the language server
     * @param information shows the problem's message beside the fixes
     * @return the assistant for the viewer configuration
     */
    public static IQuickAssistAssistant create(java.util.function.Supplier<DocumentSession> sessions,
            IInformationControlCreator information) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        TwinQuickAssistProcessor processor = new TwinQuickAssistProcessor(sessions);
        processor.setAssistant(assistant);
        assistant.setQuickAssistProcessor(processor);
        assistant.setInformationControlCreator(information);
        IDialogSettings size = DialogSettings.getOrCreateSection(TwinUiPlugin.get().getDialogSettings(), SETTINGS);
        if (size.get(WIDTH) == null) {
            size.put(WIDTH, DEFAULT_WIDTH);
            size.put(HEIGHT, DEFAULT_HEIGHT);
        }
        assistant.setRestoreCompletionProposalSize(size);
        return assistant;
    }
}
