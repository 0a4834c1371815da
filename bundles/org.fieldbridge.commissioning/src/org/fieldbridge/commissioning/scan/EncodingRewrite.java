/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.fieldbridge.dsl.services.TwinGrammarAccess;
import org.fieldbridge.dsl.twin.ByteOrderSetting;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.MappingOption;
import org.fieldbridge.dsl.twin.ScaleOption;
import org.fieldbridge.dsl.twin.WordOrderSetting;
import org.fieldbridge.commissioning.Numbers;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.WordOrder;

import com.google.inject.Injector;

/**
 * Rewrites a {@code map} statement so that it reads its registers as a scan's decoding does: the data type, the byte
 * and word order (and a suggested scale) are replaced where written and added where not; everything else — the
 * address spelling, the HMI tag, other options, comments, line breaks — stays as the engineer wrote it. The
 * statement is read with the language's own parser, so any spelling the language accepts is found.
 */
public final class EncodingRewrite {

    private final Injector injector;

    /** @param injector the .twin language's injector */
    public EncodingRewrite(Injector injector) {
        this.injector = injector;
    }

    /** A replacement in the statement. */
    private record Edit(int offset, int length, String text) {
    }

    /**
     * @param statement a {@code map} statement as written (may span lines)
     * @param decoding the decoding to read it with
     * @return the statement rewritten
     * @throws IllegalArgumentException when the text is not a map statement or the decoding has no .twin type
     */
    public String apply(String statement, RankedDecoding decoding) {
        if (!decoding.decoding().isRunnable()) {
            throw new IllegalArgumentException(decoding.decoding().typeName() + " is shown for information: the .twin"
                    + " language has no such type");
        }
        TwinGrammarAccess grammar = injector.getInstance(TwinGrammarAccess.class);
        IParseResult parsed = injector.getInstance(IParser.class).parse(grammar.getMappingRule(),
                new StringReader(statement));
        if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof Mapping mapping)) {
            throw new IllegalArgumentException("not a complete map statement: " + statement.strip());
        }
        List<Edit> edits = new ArrayList<>();
        String type = decoding.decoding().typeName();
        if (mapping.getDataType() != null) {
            edits.add(replace(mapping.getDataType(), type));
        } else {
            edits.add(new Edit(end(mapping.getSource()), 0, " " + type));
        }
        List<String> added = new ArrayList<>();
        Decoding d = decoding.decoding();
        if (d.type().kind() != DataType.Kind.STRING) {
            set(mapping, ByteOrderSetting.class, "byte order " + (d.byteOrder() == ByteOrder.BIG_ENDIAN ? "big"
                    : "little"), edits, added);
        }
        if (d.hasWords()) {
            set(mapping, WordOrderSetting.class, "word order " + (d.wordOrder() == WordOrder.HIGH_WORD_FIRST ? "big"
                    : "little"), edits, added);
        }
        if (decoding.suggestedScale()) {
            set(mapping, ScaleOption.class, "scale " + Numbers.text(decoding.scale()), edits, added);
        }
        if (!added.isEmpty()) {
            edits.add(addOptions(statement, mapping, String.join(", ", added)));
        }
        StringBuilder text = new StringBuilder(statement);
        edits.stream().sorted(Comparator.comparingInt(Edit::offset).reversed())
                .forEach(e -> text.replace(e.offset, e.offset + e.length, e.text));
        return text.toString();
    }

    private static void set(Mapping mapping, Class<? extends MappingOption> kind, String option, List<Edit> edits,
            List<String> added) {
        MappingOption existing = mapping.getOptions().stream().filter(kind::isInstance).findFirst().orElse(null);
        if (existing != null) {
            edits.add(replace(existing, option));
        } else {
            added.add(option);
        }
    }

    /** New options go before the closing brace, or into new braces after the statement. */
    private static Edit addOptions(String statement, Mapping mapping, String options) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(mapping);
        int end = lastVisibleEnd(node);
        if (statement.substring(0, end).endsWith("}")) {
            int brace = end - 1;
            String before = statement.substring(0, brace).stripTrailing();
            boolean empty = before.endsWith("{");
            int at = before.length();
            return new Edit(at, brace - at, (empty ? " " : ", ") + options + " ");
        }
        return new Edit(end, 0, " { " + options + " }");
    }

    private static Edit replace(EObject object, String text) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        int start = firstVisibleOffset(node);
        return new Edit(start, lastVisibleEnd(node) - start, text);
    }

    private static int end(EObject object) {
        return lastVisibleEnd(NodeModelUtils.findActualNodeFor(object));
    }

    private static int firstVisibleOffset(ICompositeNode node) {
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                return leaf.getOffset();
            }
        }
        return node.getOffset();
    }

    private static int lastVisibleEnd(ICompositeNode node) {
        int end = node.getOffset();
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                end = leaf.getEndOffset();
            }
        }
        return end;
    }
}
