/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.navigation;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * Opens a plant element in the plant editor: the {@code .plant} file (the workspace file when there is one,
 * else the file on disk), then the element selected and revealed through the editor's
 * {@link ISetSelectionTarget}, which takes the element's full EMF URI.
 */
public final class PlantNavigation {

    /** The plant editor's id (org.fieldbridge.model.ui). */
    public static final String PLANT_EDITOR = "org.fieldbridge.model.ui.plantEditor";

    private PlantNavigation() {
    }

    /**
     * @param page where to open the editor (UI thread)
     * @param element the element's URI: a file URI of the plant with the element's fragment
     * @return the plant editor (the element selected in it), or null if the URI names no file
     */
    public static IEditorPart open(IWorkbenchPage page, URI element) throws PartInitException {
        URI file = element.trimFragment();
        if (!file.isFile()) {
            return null;
        }
        Path path = Path.of(file.toFileString()).toAbsolutePath().normalize();
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
        IEditorPart editor = files.length > 0 ? IDE.openEditor(page, files[0], PLANT_EDITOR, true)
                : IDE.openEditor(page, path.toUri(), PLANT_EDITOR, true);
        ISetSelectionTarget target = Adapters.adapt(editor, ISetSelectionTarget.class);
        if (target != null && element.hasFragment()) {
            target.selectReveal(new StructuredSelection(URI.createFileURI(path.toString())
                    .appendFragment(element.fragment())));
        }
        return editor;
    }
}
