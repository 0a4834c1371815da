/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage;
import org.fieldbridge.model.plant.PlantPackage;

import com.google.inject.Inject;

/**
 * Scopes of .twin files. A mapping names a connection of its own file by its simple name (the grammar
 * allows no qualified name there); plant elements come from the imported plant models through
 * {@link PlantGlobalScopeProvider}. Both scopes are built once per version of the file (the plant index
 * even survives edits of the file) instead of Xtext's generic local scope, which would name every object
 * of a 10,000-mapping file after each edit.
 */
public class TwinScopeProvider extends AbstractTwinScopeProvider {

    private static final String CONNECTIONS = TwinScopeProvider.class.getName() + ".connections";

    @Inject
    private IResourceScopeCache cache;

    @Inject
    private IGlobalScopeProvider globalScopes;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        Resource resource = context.eResource();
        EClass type = reference.getEReferenceType();
        if (resource != null && type == TwinPackage.Literals.CONNECTION) {
            return cache.get(CONNECTIONS, resource, () -> connections(resource));
        }
        if (resource != null && type.getEPackage() == PlantPackage.eINSTANCE) {
            return globalScopes.getScope(resource, reference, null);
        }
        return super.getScope(context, reference);
    }

    /** The connections of a file by name; of two with one name the first counts (the second is an error). */
    private static IScope connections(Resource resource) {
        List<IEObjectDescription> descriptions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Connection connection : LinkEnvironment.connections(resource)) {
            if (connection.getName() != null && names.add(connection.getName())) {
                descriptions.add(EObjectDescription.create(QualifiedName.create(connection.getName()), connection));
            }
        }
        return MapBasedScope.createScope(IScope.NULLSCOPE, descriptions);
    }

    static TwinModel model(Resource resource) {
        return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TwinModel model ? model
                : null;
    }
}
