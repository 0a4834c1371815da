/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.report;

import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes HTML through StAX, so that every text and attribute is escaped by construction: a comment such as
 * {@code <script>} in the evidence ends up as text, never as markup. Elements are always closed explicitly
 * ({@code <td></td>}), which HTML parsers read as written; only void elements are written empty.
 */
final class HtmlWriter {

    private final XMLStreamWriter xml;

    HtmlWriter(Writer out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's StAX writer is missing", e);
        }
    }

    /** Starts the document with the HTML5 doctype. */
    HtmlWriter doctype() {
        return run(() -> xml.writeDTD("<!DOCTYPE html>\n"));
    }

    /**
     * Opens an element.
     *
     * @param name       the element
     * @param attributes name, value, name, value...
     */
    HtmlWriter open(String name, String... attributes) {
        return run(() -> {
            xml.writeStartElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
            // an element opened and closed without content must still read as opened and closed
            xml.writeCharacters("");
        });
    }

    /** Writes a void element such as {@code meta}. */
    HtmlWriter empty(String name, String... attributes) {
        return run(() -> {
            xml.writeEmptyElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        });
    }

    /** Closes the innermost open element. */
    HtmlWriter close() {
        return run(xml::writeEndElement);
    }

    /** Writes escaped text. */
    HtmlWriter text(String text) {
        return run(() -> xml.writeCharacters(text == null ? "" : text));
    }

    /** Writes an element with text only. */
    HtmlWriter element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** A line break in the source, so the file reads (and diffs) by lines. */
    HtmlWriter newline() {
        return text("\n");
    }

    /** Finishes the document and flushes it. */
    void finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private HtmlWriter run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the report could not be written: " + e.getMessage(), e);
        }
        return this;
    }
}
