/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.fieldbridge.dsl.ui.assist.TwinCompletionProcessor;
import org.fieldbridge.dsl.ui.assist.TwinTextHover;
import org.fieldbridge.dsl.ui.fixes.ProblemHover;
import org.fieldbridge.dsl.ui.fixes.QuickFixPopup;
import org.fieldbridge.dsl.ui.navigation.TwinHyperlinkDetector;

/**
 * What the {@code .twin} editor's viewer does: syntax colouring by partition and token, background reconciling
 * (diagnostics, semantic colouring, outline), content assist and hover from the language server, {@code //}
 * as the comment prefix.
 */
public final class TwinSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /**
     * How long typing must pause before the document is reconciled: short enough that markers follow a keystroke
     * within 300 ms on a file of 2,000 mappings (TwinEditorBench), long enough not to check every key of a word.
     */
    public static final int DELAY_MS = 150;

    private final TwinEditor editor;
    private final Set<String> keywords;

    TwinSourceViewerConfiguration(TwinEditor editor, IPreferenceStore preferences, Set<String> keywords) {
        super(preferences);
        this.editor = editor;
        this.keywords = keywords;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return TwinPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return TwinPartitions.TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(TwinPartitions.PARTITIONING);
        colour(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new TwinTokenScanner(keywords));
        colour(reconciler, TwinPartitions.COMMENT, whole(TwinStyles.COMMENT));
        colour(reconciler, TwinPartitions.STRING, whole(TwinStyles.STRING));
        return reconciler;
    }

    private static void colour(PresentationReconciler reconciler, String partition, RuleBasedScanner scanner) {
        DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(repairer, partition);
        reconciler.setRepairer(repairer, partition);
    }

    private static RuleBasedScanner whole(TextAttribute look) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(look));
        return scanner;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new TwinReconcileStrategy(editor), false);
        reconciler.setDelay(DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant(true);
        assistant.setDocumentPartitioning(TwinPartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new TwinCompletionProcessor(editor::session),
                IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        assistant.setShowEmptyList(true);
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        // a problem's message and its quick fixes where there is a problem, the language's hover elsewhere
        return new ProblemHover(new TwinTextHover(editor::session), editor::session);
    }

    /** Quick Fix (Ctrl+1, the light bulb): the language server's code actions (package fixes). */
    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        return QuickFixPopup.create(editor::session, getInformationControlCreator(sourceViewer));
    }

    /** Ctrl+click: Go to Definition, Open Instrument; then the platform's (URLs). */
    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] platform = super.getHyperlinkDetectors(sourceViewer);
        List<IHyperlinkDetector> detectors = new ArrayList<>();
        detectors.add(new TwinHyperlinkDetector(() -> editor));
        if (platform != null) {
            detectors.addAll(Arrays.asList(platform));
        }
        return detectors.toArray(IHyperlinkDetector[]::new);
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "//", "" };
    }
}
