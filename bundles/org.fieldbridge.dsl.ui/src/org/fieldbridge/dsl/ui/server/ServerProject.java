/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * One workspace folder of the language server: Xtext's project, whose resource set lives across builds, with
 * the imported plants kept loaded in it until their files change ({@link LoadedPlants}) and the open documents
 * updated in place ({@link InPlaceBuilder}).
 */
public class ServerProject extends ProjectManager {

    @Override
    public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
        XtextResourceSet resources = super.createNewResourceSet(newIndex);
        InPlaceBuilder.OpenTexts.attach(resources, getOpenedDocumentsContentProvider());
        return resources;
    }

    @Override
    protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
            List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
        XtextResourceSet resources = getResourceSet();
        Predicate<URI> own = uri -> languagesRegistry.getResourceServiceProvider(uri) != null;
        if (LoadedPlants.dropChanged(resources, own) > 0) {
            // the .twin resources are linked to the plant objects just dropped: they are loaded afresh, not
            // updated in place (InPlaceBuilder keeps links); nothing refers into them, so no unloading is due
            resources.getResources().removeIf(resource -> own.test(resource.getURI()));
        }
        return super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
    }
}
