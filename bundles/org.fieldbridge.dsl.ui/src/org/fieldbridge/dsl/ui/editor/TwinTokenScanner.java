/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;

/**
 * Colours the code between comments and strings: the grammar's keywords (taken from the grammar itself, so
 * the editor never lags behind the language) and numbers; everything else keeps the default colour until the
 * semantic colouring says what it is.
 */
public final class TwinTokenScanner extends RuleBasedScanner {

    /** Identifiers, keywords such as {@code holding-register} and {@code one-based}, Modicon forms such as {@code 4x0003}. */
    private static final IWordDetector WORDS = new IWordDetector() {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_' || c == '^';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }
    };

    /** @param keywords the grammar's alphabetic keywords */
    public TwinTokenScanner(Set<String> keywords) {
        Token keyword = new Token(TwinStyles.KEYWORD);
        Token other = new Token(TwinStyles.DEFAULT);
        WordRule words = new WordRule(WORDS, other);
        for (String word : keywords) {
            words.addWord(word, keyword);
        }
        setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), words,
                new NumberRule(new Token(TwinStyles.NUMBER)) });
        setDefaultReturnToken(other);
    }
}
