/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a {@code .twin} document into comments, strings and code, so that colouring a comment or string that
 * spans lines follows every edit (the code between them is coloured token by token).
 */
public final class TwinPartitions {

    /** The document partitioning of {@code .twin} documents. */
    public static final String PARTITIONING = "org.fieldbridge.twin.partitioning";
    /** {@code // ...} and {@code /* ... *\/}. */
    public static final String COMMENT = "__twin_comment";
    /** {@code "..."}: HMI tags, OPC UA NodeIds, secret references, imports. */
    public static final String STRING = "__twin_string";
    /** Every partition type, code ({@link IDocument#DEFAULT_CONTENT_TYPE}) first. */
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    private TwinPartitions() {
    }

    /** Gives the document its {@code .twin} partitioner, unless it has one. */
    public static void connect(IDocument document) {
        if (document instanceof IDocumentExtension3 extension
                && extension.getDocumentPartitioner(PARTITIONING) == null) {
            RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
            Token comment = new Token(COMMENT);
            Token string = new Token(STRING);
            scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
                    new MultiLineRule("/*", "*/", comment, (char) 0, true),
                    new SingleLineRule("\"", "\"", string, '\\', true) });
            FastPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT, STRING });
            extension.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }
}
