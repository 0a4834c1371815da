/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * One workspace folder of the language server: Xtext's project, whose resource set lives across builds, with
 * the imported plants kept loaded in it until their files change ({@link LoadedPlants}). Xtext itself reloads
 * only the {@code .twin} files a build is for.
 */
public class ServerProject extends ProjectManager {

    @Override
    protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
            List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
        LoadedPlants.dropChanged(getResourceSet(), uri -> languagesRegistry.getResourceServiceProvider(uri) != null);
        return super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
    }
}
