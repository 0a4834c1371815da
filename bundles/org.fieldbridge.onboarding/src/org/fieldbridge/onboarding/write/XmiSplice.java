/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.write;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Adds elements to a plant file laid out by hand without rewriting it: the new elements' text is taken from the
 * model saved as Fieldbridge saves it, and inserted before the end tag of their parent in the original text.
 * Every character of the original stays where it was; only a parent written as an empty element
 * ({@code <equipment .../>}) gets its end tag.
 */
final class XmiSplice {

    /** Where an element is in a text: from the {@code <} of its start tag to after its end tag. */
    private record Span(int start, int end, boolean empty) {
    }

    private XmiSplice() {
    }

    /**
     * @param original the file as it is
     * @param saved the model with the additions, saved as Fieldbridge saves plants
     * @param added the topmost added elements (their containers were in the original)
     * @return the original with the additions inserted
     * @throws IOException when an element cannot be found in either text
     */
    static String splice(String original, String saved, List<EObject> added) throws IOException {
        Map<String, Span> inOriginal = spans(original);
        Map<String, Span> inSaved = spans(saved);
        Map<String, List<String>> insertions = new HashMap<>();
        List<String> parents = new ArrayList<>();
        for (EObject element : added) {
            String path = path(element);
            String parent = path(element.eContainer());
            Span span = inSaved.get(path);
            if (span == null || !inOriginal.containsKey(parent)) {
                throw new IOException("cannot place " + path + " in the plant file");
            }
            int lineStart = saved.lastIndexOf('\n', span.start() - 1) + 1;
            String text = saved.substring(lineStart, span.end()) + "\n";
            if (!insertions.containsKey(parent)) {
                parents.add(parent);
            }
            insertions.computeIfAbsent(parent, p -> new ArrayList<>()).add(text);
        }
        // insert from the end of the file backwards, so that earlier offsets stay valid
        parents.sort((a, b) -> Integer.compare(inOriginal.get(b).end(), inOriginal.get(a).end()));
        StringBuilder result = new StringBuilder(original);
        for (String parent : parents) {
            insert(result, inOriginal.get(parent), String.join("", insertions.get(parent)));
        }
        return result.toString();
    }

    private static void insert(StringBuilder text, Span parent, String children) {
        if (parent.empty()) {
            int slash = text.lastIndexOf("/>", parent.end());
            int lineStart = text.lastIndexOf("\n", parent.start()) + 1;
            String indent = text.substring(lineStart, parent.start()).isBlank() ? text.substring(lineStart,
                    parent.start()) : "";
            String name = text.substring(parent.start() + 1).split("[\\s/>]", 2)[0];
            text.replace(slash, slash + 2, ">\n" + children + indent + "</" + name + ">");
            return;
        }
        int endTag = text.lastIndexOf("</", parent.end());
        int lineStart = text.lastIndexOf("\n", endTag - 1) + 1;
        boolean ownLine = text.substring(lineStart, endTag).isBlank();
        text.insert(ownLine ? lineStart : endTag, ownLine ? children : "\n" + children);
    }

    /** @return per element path ({@code Plant/enterprises[Acme]/sites[Riverside]}) its span in the text */
    private static Map<String, Span> spans(String text) throws IOException {
        Map<String, Span> spans = new HashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    int after = reader.getLocation().getCharacterOffset();
                    starts.add(text.lastIndexOf('<', after - 1));
                    String key = reader.getLocalName();
                    String id = reader.getAttributeValue(null, "name");
                    if (id == null) {
                        id = reader.getAttributeValue(null, "commonCode");
                    }
                    path.add(path.isEmpty() ? key : key + "[" + id + "]");
                    spans.putIfAbsent(String.join("/", path), null);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    // the reader may report a position a little past the end tag (whitespace after it): back to its '>'
                    int end = text.lastIndexOf('>', reader.getLocation().getCharacterOffset() - 1) + 1;
                    int start = starts.remove(starts.size() - 1);
                    boolean empty = text.startsWith("/>", end - 2) && text.indexOf('>', start) == end - 1;
                    spans.put(String.join("/", path), new Span(start, end, empty));
                    path.remove(path.size() - 1);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("the plant file cannot be read for adding to it: " + e.getMessage(), e);
        }
        return spans;
    }

    /** @return the element's path as {@link #spans} names it */
    static String path(EObject element) {
        if (element.eContainer() == null) {
            return element.eClass().getName();
        }
        EStructuralFeature feature = element.eContainingFeature();
        Object name = attribute(element, "name");
        if (name == null) {
            name = attribute(element, "commonCode");
        }
        return path(element.eContainer()) + "/" + feature.getName() + "[" + name + "]";
    }

    private static Object attribute(EObject element, String name) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        return feature == null ? null : element.eGet(feature);
    }
}
