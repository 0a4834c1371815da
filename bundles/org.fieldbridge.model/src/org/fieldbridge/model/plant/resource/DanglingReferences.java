/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.fieldbridge.model.plant.validation.ElementLabels;

/**
 * References to elements that are no longer in any file: an element was cut and not pasted, or deleted
 * while something still pointed at it. XMI cannot write such a reference, and EMF's own failure names a
 * Java class and a hash code; this finds them before a save and says which element points where.
 */
final class DanglingReferences {

    private DanglingReferences() {
    }

    /**
     * @param resource the resource about to be saved
     * @return one sentence per reference to an element that is in no resource; empty when all resolve
     */
    static List<String> in(Resource resource) {
        List<String> found = new ArrayList<>();
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            EContentsEList.FeatureIterator<EObject> targets =
                    (EContentsEList.FeatureIterator<EObject>) element.eCrossReferences().iterator();
            while (targets.hasNext()) {
                EObject target = targets.next();
                EReference reference = (EReference) targets.feature();
                if (!reference.isDerived() && !reference.isTransient() && !target.eIsProxy()
                        && target.eResource() == null) {
                    found.add(sentence(element, reference, target));
                }
            }
        }
        return found;
    }

    private static String sentence(EObject element, EReference reference, EObject target) {
        String kind = ElementLabels.kind(target);
        return ElementLabels.describe(element) + " refers in '" + reference.getName() + "' to " + kind + " "
                + ElementLabels.describe(target).substring(kind.length()).trim() + ", which is no longer in the "
                + "plant (cut and not pasted, or deleted). Paste it back, or choose another " + kind
                + " there, then save.";
    }
}
