/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.resource;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.fieldbridge.dsl.scoping.LinkableContents;

import com.google.inject.Inject;

/**
 * The resource of a .twin file: Xtext's lazily linking resource, whose proxy resolution (before every
 * validation) visits only the elements that can hold cross-references instead of every element of the
 * file.
 */
public class TwinResource extends LazyLinkingResource {

    @Inject
    private LinkableContents linkable;

    @Override
    public void resolveLazyCrossReferences(CancelIndicator monitor) {
        CancelIndicator cancel = monitor == null ? CancelIndicator.NullImpl : monitor;
        for (EObject root : getContents()) {
            for (TreeIterator<EObject> it = linkable.of(root); it.hasNext();) {
                operationCanceledManager.checkCanceled(cancel);
                InternalEObject source = (InternalEObject) it.next();
                for (EReference crossReference : linkable.crossReferences(source.eClass())) {
                    resolveLazyCrossReference(source, crossReference);
                }
            }
        }
    }
}
