/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

/**
 * The XML parser settings that make a plant file unable to reach outside itself. A DOCTYPE is the only way
 * an XML file can pull in other files or URLs (external entities, an external DTD) or blow up while being
 * read (entities expanding into each other); plant files never need one, so the parser refuses any DOCTYPE
 * before reading its content. The other features are a second line of defence should a parser ignore the
 * first. Every plant load gets them, whatever options its caller passes ({@link PlantResource} enforces them).
 */
final class DoctypeRefusal {

    /** Xerces' (and the JDK's) feature that makes any DOCTYPE a fatal error at its position. */
    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private static final Map<String, Boolean> FEATURES = Map.of(
            DISALLOW_DOCTYPE, Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    private DoctypeRefusal() {
    }

    /** @return the SAX parser features every plant file is read with */
    static Map<String, Boolean> parserFeatures() {
        return FEATURES;
    }

    /**
     * Load options with the refusal added, overriding any caller's value for the same features.
     *
     * @param options a caller's load options, may be {@code null}
     * @return a new map of options
     */
    static Map<Object, Object> enforce(Map<?, ?> options) {
        Map<Object, Object> result = options == null ? new HashMap<>() : new HashMap<>(options);
        Map<Object, Object> features = new HashMap<>();
        if (result.get(XMLResource.OPTION_PARSER_FEATURES) instanceof Map<?, ?> given) {
            features.putAll(given);
        }
        features.putAll(FEATURES);
        result.put(XMLResource.OPTION_PARSER_FEATURES, features);
        return result;
    }

    /**
     * Whether a parser error is the refusal of a DOCTYPE. The parser gives no error key, but its (possibly
     * translated) message names the feature that caused it.
     *
     * @param error the parser's error
     * @return {@code true} if the file was refused for declaring a DOCTYPE
     */
    static boolean refused(SAXParseException error) {
        return String.valueOf(error.getMessage()).contains(DISALLOW_DOCTYPE);
    }
}
