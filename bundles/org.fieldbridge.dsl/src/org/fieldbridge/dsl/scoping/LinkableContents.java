/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.AbstractTreeIterator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import com.google.inject.Singleton;

/**
 * Which elements of a .twin model can hold cross-references, from the metamodel: linking and proxy
 * resolution visit those and skip the subtrees that never hold any (a mapping's address, data type and
 * options: four of the five elements of a mapping).
 */
@Singleton
public class LinkableContents {

    private final Map<EClass, List<EReference>> crossReferences = new ConcurrentHashMap<>();
    private final Map<EClass, Boolean> linksBelow = new ConcurrentHashMap<>();

    /**
     * The cross-references of a type: non-containment references that the linker sets.
     *
     * @param type an element type
     * @return its cross-references, possibly empty
     */
    public List<EReference> crossReferences(EClass type) {
        List<EReference> known = crossReferences.get(type);
        if (known == null) {
            known = type.getEAllReferences().stream()
                    .filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && r.isChangeable()
                            && !r.isTransient())
                    .toList();
            crossReferences.put(type, known);
        }
        return known;
    }

    /**
     * The root and every element below it that can hold a cross-reference (and the elements on the way
     * to them), in tree order.
     *
     * @param root the root of a model
     * @return an iterator that includes the root
     */
    @SuppressWarnings("serial")
    public TreeIterator<EObject> of(EObject root) {
        return new AbstractTreeIterator<EObject>(root) {
            @Override
            public Iterator<EObject> getChildren(Object object) {
                EObject parent = (EObject) object;
                return holdsLinksBelow(parent.eClass()) ? parent.eContents().iterator()
                        : Collections.emptyIterator();
            }
        };
    }

    private boolean holdsLinksBelow(EClass type) {
        Boolean known = linksBelow.get(type);
        if (known == null) {
            known = holdsLinksBelow(type, new HashSet<>());
            linksBelow.put(type, known);
        }
        return known;
    }

    /** Whether an instance of a type can contain, at any depth, an element with a cross-reference. */
    private boolean holdsLinksBelow(EClass type, Set<EClass> seen) {
        if (!seen.add(type)) {
            return false;
        }
        for (EReference containment : type.getEAllContainments()) {
            EClass declared = containment.getEReferenceType();
            for (EClassifier classifier : declared.getEPackage().getEClassifiers()) {
                if (classifier instanceof EClass candidate && !candidate.isAbstract()
                        && declared.isSuperTypeOf(candidate)
                        && (!crossReferences(candidate).isEmpty() || holdsLinksBelow(candidate, seen))) {
                    return true;
                }
            }
        }
        return false;
    }
}
