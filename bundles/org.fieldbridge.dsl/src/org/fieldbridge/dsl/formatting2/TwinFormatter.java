/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.PlantImport;
import org.fieldbridge.dsl.twin.TwinModel;

/**
 * Formatter of .twin files. Deliberately conservative: every statement on a line of its own (at most one
 * blank line between), one space around {@code ->} and inside single-line option blocks, no space before and
 * one after commas (unless a line break follows), none before the colon after an alarm name. Everything
 * else, including multi-line connection blocks and comments, is left as written, so formatting is idempotent.
 */
public class TwinFormatter extends AbstractJavaFormatter {

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
