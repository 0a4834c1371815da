/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;
import com.google.inject.Inject;

/**
 * Links a .twin file lazily, like Xtext's {@link LazyLinker}, but after an edit it keeps every reference
 * that is already resolved when nothing it could resolve to has changed ({@link LinkEnvironment}: the
 * file's connections and the plant index). Partial parsing replaces only the edited statement, so after a
 * one-line edit of a 10,000-mapping file only that statement gets new proxies and is resolved again,
 * instead of all 20,000 references. Unresolved references always get new proxies, so their errors are
 * reported again; any change of a connection, an import or an imported plant links the whole file anew.
 *
 * <p>A first link and every later one run through the same loop; only the decision per element differs.
 */
public class TwinLinker extends LazyLinker {

    @Inject
    private PlantImports plantImports;

    @Inject
    private LinkableContents linkable;

    /** The environment of the last linking, remembered on the resource. */
    private static final class LinkedWith extends AdapterImpl {
        private LinkEnvironment environment;

        @Override
        public boolean isAdapterForType(Object type) {
            return type == LinkedWith.class;
        }

        static LinkedWith of(Resource resource) {
            LinkedWith linked = (LinkedWith) EcoreUtil.getExistingAdapter(resource, LinkedWith.class);
            if (linked == null) {
                linked = new LinkedWith();
                resource.eAdapters().add(linked);
            }
            return linked;
        }
    }

    @Override
    protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
        Resource resource = model.eResource();
        if (resource == null) {
            super.doLinkModel(model, consumer);
            return;
        }
        Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
        LinkingDiagnosticProducer producer = new LinkingDiagnosticProducer(consumer);
        getCache().execWithoutCacheClear(resource, state -> {
            LinkedWith linked = LinkedWith.of(resource);
            LinkEnvironment now = LinkEnvironment.of(resource, plantImports);
            boolean keepResolved = now.sameAs(linked.environment);
            linked.environment = now;
            for (TreeIterator<EObject> it = getAllLinkableContents(model); it.hasNext();) {
                EObject object = it.next();
                if (!keepResolved || !isResolved(object)) {
                    clearReferences(object);
                    installProxies(object, producer, settingsToLink);
                }
            }
            return null;
        });
        installQueuedLinks(settingsToLink);
    }

    /** Only the elements that can hold cross-references, in a first link as in later ones. */
    @Override
    protected TreeIterator<EObject> getAllLinkableContents(EObject model) {
        return linkable.of(model);
    }

    /**
     * Tells whether every cross-reference of an element points at a resolved element. An element the
     * parser has just created has none set, so it is linked.
     */
    private boolean isResolved(EObject object) {
        for (EReference reference : linkable.crossReferences(object.eClass())) {
            Object value = object.eGet(reference, false);
            if (value instanceof List<?> values) {
                for (Object each : values) {
                    if (!(each instanceof EObject target) || target.eIsProxy()) {
                        return false;
                    }
                }
            } else if (!(value instanceof EObject target) || target.eIsProxy()) {
                return false;
            }
        }
        return true;
    }
}
