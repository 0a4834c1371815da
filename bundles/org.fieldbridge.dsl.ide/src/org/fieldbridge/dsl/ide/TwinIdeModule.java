/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.fieldbridge.dsl.ide.contentassist.TwinContentProposalProvider;
import org.fieldbridge.dsl.ide.contentassist.StatementContentAssistParser;
import org.fieldbridge.dsl.ide.contentassist.TwinCrossrefProposalProvider;
import org.fieldbridge.dsl.ide.highlighting.TwinSemanticHighlightingCalculator;
import org.fieldbridge.dsl.ide.navigation.TwinDefinitions;
import org.fieldbridge.dsl.ide.outline.TwinSymbolKinds;
import org.fieldbridge.dsl.ide.outline.TwinSymbolNames;
import org.fieldbridge.dsl.ide.quickfix.TwinQuickfixProvider;

/** IDE services of the `.twin` language (no UI): customisations only through bindings. */
public class TwinIdeModule extends AbstractTwinIdeModule {

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return TwinSemanticHighlightingCalculator.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolMapper$DocumentSymbolNameProvider() {
        return TwinSymbolNames.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolMapper$DocumentSymbolKindProvider() {
        return TwinSymbolKinds.class;
    }

    /** Quick fixes, offered to language clients as code actions (in the provider's order). */
    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return TwinQuickfixProvider.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return TwinCodeActionService.class;
    }

    /** Signal proposals carry kind, quantity, unit and range as their detail. */
    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return TwinCrossrefProposalProvider.class;
    }

    /** Units for the signal's quantity, data types, byte/word orders, next free addresses. */
    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return TwinContentProposalProvider.class;
    }

    /**
     * Content assist parses from the start of the statement at the cursor, not from the start of the file: on a
     * file of thousands of mappings that is most of a request's time (TwinEditorBench).
     */
    public Class<? extends IContentAssistParser> bindIContentAssistParser() {
        return StatementContentAssistParser.class;
    }

    public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
        return PartialContentAssistContextFactory.class;
    }

    /** Builds in the language server only check: they do not validate again to decide on generating. */
    public Class<? extends IShouldGenerate> bindIShouldGenerate() {
        return GenerateOnCommandOnly.class;
    }

    /** The language server's index of a file: its named elements only (no references, no walk into mappings). */
    public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
        return TwinIndexEntries.class;
    }

    /** Go to definition: connection uses in the file, plant references into the .plant file (element URI). */
    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return TwinDefinitions.class;
    }
}
