/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.formatting2;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineCodeCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ILineRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.PlantImport;
import org.fieldbridge.dsl.twin.TwinModel;

/**
 * Formatter of .twin files. Deliberately conservative: every statement on a line of its own (at most one
 * blank line between), one space around {@code ->} and inside single-line blocks, no space before and one
 * after commas (unless a line break follows), none before the colon after an alarm name. A connection block
 * written over several lines gets its settings indented by one level and its closing brace on a line of its
 * own; which settings share a line is left as written. Comments stay where they are, with the space written
 * before a comment after code (aligned comments stay aligned). Formatting is idempotent.
 */
public class TwinFormatter extends AbstractJavaFormatter {

    /** One level of indentation in .twin files, unless the client asks for another. */
    public static final String INDENTATION = "    ";

    /**
     * Indents with {@value #INDENTATION} (as the examples and the reference do) unless the request carries
     * an indentation of its own; Xtext's default would be a tab.
     */
    @Override
    protected void initialize(FormatterRequest request) {
        ITypedPreferenceValues preferences = request.getPreferences();
        String indentation = preferences.getPreference(FormatterPreferenceKeys.indentation);
        if (indentation == null || indentation.equals(FormatterPreferenceKeys.indentation.getDefaultValue())) {
            request.setPreferences(new MapBasedPreferenceValues(preferences,
                    Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION)));
        }
        super.initialize(request);
    }

    /** A line comment after code keeps the space written before it, so that aligned comments stay aligned. */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        ILineRegion line = comment.getLineRegions().get(0);
        boolean afterCode = !comment.getTextRegionAccess().regionForDocument().getText()
                .substring(line.getOffset(), comment.getOffset()).isBlank();
        if (afterCode && comment.getText().startsWith("//")) {
            return new TrailingLineComment(comment);
        }
        return super.createCommentReplacer(comment);
    }

    /** Xtext's line comment replacer, but leaving the space before the comment as written. */
    private static final class TrailingLineComment extends SinglelineCodeCommentReplacer {
        TrailingLineComment(IComment comment) {
            super(comment, "//");
        }

        @Override
        public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
            super.configureWhitespace(leading, trailing);
            leading.getFormatting().setSpace(leading.getRegion().getText());
        }
    }

    /**
     * Formats a whole file.
     *
     * @param model the file's model
     * @param doc   the document to record formatting in
     */
    protected void format(TwinModel model, IFormattableDocument doc) {
        boolean first = model.getName() == null;
        for (PlantImport plantImport : model.getImports()) {
            if (!first) {
                doc.prepend(plantImport, f -> f.setNewLines(1, 1, 2));
            }
            first = false;
        }
        for (Element element : model.getElements()) {
            if (!first) {
                doc.prepend(element, f -> f.setNewLines(1, 1, 2));
            }
            first = false;
            doc.format(element);
        }
    }

    /**
     * Formats a Modbus connection.
     *
     * @param connection the connection
     * @param doc        the document
     */
    protected void format(ModbusConnection connection, IFormattableDocument doc) {
        block(connection, connection.getSettings(), doc);
    }

    /**
     * Formats an OPC UA connection.
     *
     * @param connection the connection
     * @param doc        the document
     */
    protected void format(OpcUaConnection connection, IFormattableDocument doc) {
        block(connection, connection.getSettings(), doc);
    }

    /**
     * A connection's settings block. Written on one line it stays on one line ({@code { poll 100 ms }});
     * written on several, {@code {} ends the first line, every line of settings is indented by one level
     * and {@code }} stands alone on the last line. Which settings share a line stays as written, and so do
     * comments and the space before them.
     */
    private void block(EObject connection, List<? extends EObject> settings, IFormattableDocument doc) {
        ISemanticRegionsFinder regions = regionFor(connection);
        ISemanticRegion open = regions.keyword("{");
        ISemanticRegion close = regions.keyword("}");
        if (open == null || close == null) {
            return;
        }
        commas(connection, doc);
        doc.prepend(open, this::oneSpace);
        if (!open.merge(close).isMultiline()) {
            doc.append(open, this::oneSpace);
            doc.prepend(close, this::oneSpace);
            return;
        }
        doc.interior(open, close, IHiddenRegionFormatter::indent);
        for (EObject setting : settings) {
            IHiddenRegion before = regionForEObject(setting).getPreviousHiddenRegion();
            if (before.isMultiline() || before.getPreviousSemanticRegion() == open) {
                doc.prepend(setting, f -> f.setNewLines(1, 1, 2));
            }
        }
        doc.prepend(close, f -> f.setNewLines(1, 1, 2));
    }

    /**
     * Formats a mapping.
     *
     * @param mapping the mapping
     * @param doc     the document
     */
    protected void format(Mapping mapping, IFormattableDocument doc) {
        ISemanticRegionsFinder regions = regionFor(mapping);
        doc.surround(regions.keyword("->"), this::oneSpace);
        commas(mapping, doc);
        ISemanticRegion open = regions.keyword("{");
        ISemanticRegion close = regions.keyword("}");
        if (open != null && close != null && !isMultiline(mapping)) {
            doc.prepend(open, this::oneSpace);
            doc.append(open, this::oneSpace);
            doc.prepend(close, this::oneSpace);
        }
    }

    /**
     * Formats an alarm.
     *
     * @param alarm the alarm
     * @param doc   the document
     */
    protected void format(Alarm alarm, IFormattableDocument doc) {
        doc.prepend(regionFor(alarm).keyword(":"), this::noSpace);
        doc.append(regionFor(alarm).keyword(":"), this::oneSpace);
        commas(alarm, doc);
    }

    private void commas(EObject object, IFormattableDocument doc) {
        for (ISemanticRegion comma : allRegionsFor(object).keywords(",")) {
            doc.prepend(comma, this::noSpace);
            if (!comma.getNextHiddenRegion().isMultiline()) {
                doc.append(comma, this::oneSpace);
            }
        }
    }
}
