/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.viewers;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider backed by EMF Edit item providers: the small stand-in for EMF Edit UI's
 * AdapterFactoryContentProvider, which is not published on Maven Central. Inputs may be a resource set,
 * a resource, a collection of either, or a model object; anything that is not a model object (such as a
 * load problem) is shown as a leaf.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    /** @param adapterFactory the factory that adapts model objects to item providers */
    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof ResourceSet resourceSet) {
            return resourceSet.getResources().stream().flatMap(r -> r.getContents().stream()).toArray();
        }
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Collection<?> collection) {
            return collection.stream().flatMap(e -> List.of(getElements(e)).stream()).toArray();
        }
        return new Object[] { input };
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = itemProvider(parent);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = itemProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = itemProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider itemProvider(Object element) {
        if (!(element instanceof EObject)) {
            return null;
        }
        Object adapter = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return adapter instanceof ITreeItemContentProvider provider ? provider : null;
    }
}
