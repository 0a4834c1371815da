/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.contentassist;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AbstractPartialContentAssistParser;
import org.fieldbridge.dsl.ide.contentassist.antlr.TwinParser;
import org.fieldbridge.dsl.ide.contentassist.antlr.internal.InternalTwinParser;
import org.fieldbridge.dsl.services.TwinGrammarAccess;

import com.google.inject.Inject;

/**
 * The generated content-assist parser of the language ({@link TwinParser}), made partial: with Xtext's
 * {@code PartialContentAssistContextFactory} it parses from the start of the statement at the cursor instead of
 * the start of the file. On a file of 2,000 mappings that is what content assist spends its time on (45-180 ms
 * per request in the warm JVM, up to three parses for a plant reference); the generated parser is not partial
 * because the workflow does not ask for it.
 */
public class StatementContentAssistParser extends AbstractPartialContentAssistParser {

    @Inject
    private TwinParser.NameMappings nameMappings;
    @Inject
    private TwinGrammarAccess grammarAccess;

    @Override
    protected InternalTwinParser createParser() {
        InternalTwinParser parser = new InternalTwinParser(null);
        parser.setGrammarAccess(grammarAccess);
        return parser;
    }

    @Override
    protected String getRuleName(AbstractElement element) {
        return nameMappings.getRuleName(element);
    }

    @Override
    protected String[] getInitialHiddenTokens() {
        return new String[] { "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT" };
    }
}
