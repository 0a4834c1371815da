/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.NamedElement;

/**
 * Qualified names of plant elements: the names of all named containers from the outermost (usually the
 * enterprise) down to the element, joined with dots, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}.
 * The Fieldbridge DSL and the XMI references of {@code .plant} files use them.
 */
public final class QualifiedNames {

    /** Separator between the segments of a qualified name. */
    public static final String SEPARATOR = ".";

    /** What a name must look like: an identifier, so that qualified names can be split on dots. */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final String UNNAMED = "<unnamed>";

    private QualifiedNames() {
    }

    /**
     * Returns the qualified name of an element for display; missing names show as {@code <unnamed>}.
     *
     * @param element the element
     * @return its qualified name, never {@code null}
     */
    public static String of(NamedElement element) {
        List<String> names = new ArrayList<>();
        for (EObject current = element; current instanceof NamedElement named; current = current.eContainer()) {
            names.add(named.getName() == null || named.getName().isEmpty() ? UNNAMED : named.getName());
        }
        Collections.reverse(names);
        return String.join(SEPARATOR, names);
    }

    /**
     * Returns the name segments of an element if every named container has an identifier-like name.
     *
     * @param element the element
     * @return the segments, outermost first, or an empty list if some name is missing or not an identifier
     */
    public static List<String> segments(NamedElement element) {
        List<String> names = new ArrayList<>();
        for (EObject current = element; current instanceof NamedElement named; current = current.eContainer()) {
            if (!isIdentifier(named.getName())) {
                return List.of();
            }
            names.add(named.getName());
        }
        Collections.reverse(names);
        return names;
    }

    /**
     * Tells whether a text is an identifier-like name.
     *
     * @param name the text, may be {@code null}
     * @return whether it matches {@link #IDENTIFIER}
     */
    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /**
     * Finds the named child of a container by name.
     *
     * @param container any element
     * @param name      the name to look for
     * @return the first named direct child with that name, or {@code null}
     */
    public static NamedElement child(EObject container, String name) {
        for (EObject child : container.eContents()) {
            if (child instanceof NamedElement named && name.equals(named.getName())) {
                return named;
            }
        }
        return null;
    }
}
