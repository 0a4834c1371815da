/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.AbstractGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.fieldbridge.model.plant.PlantPackage;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Global scope of .twin files: plant elements (signals, equipment) come from the {@code .plant} files the
 * .twin file imports, by qualified name (see {@link PlantIndex}). Connections are local to their file, so
 * nothing else is visible globally yet.
 */
public class PlantGlobalScopeProvider extends AbstractGlobalScopeProvider {

    @Inject
    private PlantImports plantImports;

    @Override
    protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
            Predicate<IEObjectDescription> filter) {
        if (type.getEPackage() != PlantPackage.eINSTANCE) {
            return IScope.NULLSCOPE;
        }
        IScope scope = plantImports.index(resource).scope(type);
        return filter == null ? scope : new FilteringScope(scope, filter);
    }
}
