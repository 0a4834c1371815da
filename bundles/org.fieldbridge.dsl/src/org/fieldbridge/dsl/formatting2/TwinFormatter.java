/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.formatting2;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.TwinModel;

/**
 * Formatter of .twin files. Not written yet (issue 3, item 5: idempotent formatting, parse -> serialize ->
 * parse round trip); for now it only visits the elements and leaves the text as it is.
 */
public class TwinFormatter extends AbstractJavaFormatter {

    /**
     * Formats a whole file.
     *
     * @param model the file's model
     * @param doc   the document to record formatting in
     */
    protected void format(TwinModel model, IFormattableDocument doc) {
        for (Element element : model.getElements()) {
            doc.format(element);
        }
    }
}
