/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view a {@link PlantPropertySource} for every model object whose item provider is
 * an item property source (the small stand-in for EMF Edit UI's AdapterFactoryContentProvider as a
 * property source provider, which is not published on Maven Central).
 */
public class PlantPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final EditingDomain domain;

    /**
     * @param adapterFactory the factory that adapts model objects to item providers
     * @param domain         the editing domain that executes the changes
     */
    public PlantPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain) {
        this.adapterFactory = adapterFactory;
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        Object adapter = object == null ? null : adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource
                ? new PlantPropertySource(object, itemSource, domain)
                : null;
    }
}
