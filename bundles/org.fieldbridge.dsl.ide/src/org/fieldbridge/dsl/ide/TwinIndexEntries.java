/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.fieldbridge.dsl.twin.Mapping;

/**
 * What the language server's index records of a {@code .twin} file, which it computes again on each keystroke:
 * the named elements (package, connections, behaviours) without walking into the mappings, which name nothing,
 * and no outgoing references: nothing looks them up (no other file can refer into a {@code .twin} file, and
 * the editor offers no find-references), while on 2,000 mappings they were a third of a keystroke's build
 * (4,000 references, each with the qualified URI of its plant signal).
 */
public class TwinIndexEntries extends DefaultResourceDescriptionStrategy {

    @Override
    public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
        if (object instanceof Mapping) {
            return false;
        }
        return super.createEObjectDescriptions(object, acceptor);
    }

    @Override
    public boolean createReferenceDescriptions(EObject from, URI exportedContainerURI,
            IAcceptor<IReferenceDescription> acceptor) {
        return false;
    }
}
