/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * What a window asks to commission: the Project Explorer's selected .twin files, folders or projects when the
 * explorer is the active part, else the active editor's .twin file, else the explorer's selection.
 */
public final class SessionInputs {

    private SessionInputs() {
    }

    /**
     * @param window a workbench window
     * @return the files or folders to open a session on; empty when nothing fitting is selected or edited
     */
    public static List<Path> of(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return List.of();
        }
        List<Path> selected = selected(window.getSelectionService().getSelection(IPageLayout.ID_PROJECT_EXPLORER));
        IWorkbenchPart active = page.getActivePart();
        if (active != null && IPageLayout.ID_PROJECT_EXPLORER.equals(active.getSite().getId()) && !selected.isEmpty()) {
            return selected;
        }
        List<Path> edited = edited(page.getActiveEditor());
        return edited.isEmpty() ? selected : edited;
    }

    /** @return the .twin file an editor shows, on disk; empty for another editor */
    public static List<Path> edited(IEditorPart editor) {
        if (editor == null) {
            return List.of();
        }
        IEditorInput input = editor.getEditorInput();
        IResource resource = Adapters.adapt(input, IResource.class);
        Path path = resource != null ? onDisk(resource) : null;
        if (path == null && input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
            path = Path.of(uri.getURI());
        }
        return path != null && path.toString().endsWith(".twin") ? List.of(path) : List.of();
    }

    private static List<Path> selected(ISelection selection) {
        List<Path> paths = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IResource resource = Adapters.adapt(element, IResource.class);
                if (resource == null || resource.getType() == IResource.FILE
                        && !"twin".equals(resource.getFileExtension())) {
                    continue;
                }
                Path path = onDisk(resource);
                if (path != null) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    private static Path onDisk(IResource resource) {
        IPath location = resource.getLocation();
        return location == null ? null : location.toPath();
    }
}
