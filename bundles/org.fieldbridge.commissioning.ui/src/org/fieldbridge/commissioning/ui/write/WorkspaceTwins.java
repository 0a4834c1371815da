/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;

/**
 * Finds the workspace's .twin files a connection or a mapping comes from: the views hand out the headless
 * {@link Controller} and {@code LiveValue}, which know names and the file name of a mapping, not projects.
 */
final class WorkspaceTwins {

    private WorkspaceTwins() {
    }

    /** @return every .twin file of the open projects */
    static List<IFile> all() {
        List<IFile> files = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (!project.isOpen()) {
                continue;
            }
            try {
                project.accept(r -> {
                    if (r instanceof IFile f && "twin".equals(f.getFileExtension())) {
                        files.add(f);
                    }
                    return !(r.getType() == IResource.FOLDER && r.getName().equals("target"));
                });
            } catch (CoreException e) {
                // a project that cannot be walked has no twin to offer
            }
        }
        return files;
    }

    /**
     * @param element a selected element (it may adapt to a resource)
     * @param connection the connection's name
     * @return the project whose .twin file declares the connection
     */
    static Optional<IProject> projectOf(Object element, String connection) {
        IResource resource = Adapters.adapt(element, IResource.class);
        if (resource != null) {
            return Optional.of(resource.getProject());
        }
        Pattern declared = Pattern.compile("(?m)^\\s*connection\\s+" + Pattern.quote(connection) + "\\b");
        return preferredFirst(all().stream().filter(f -> declared.matcher(text(f)).find()).toList(), activeProject())
                .stream().map(IFile::getProject).findFirst();
    }

    /** @return the project of the active editor's file (UI thread only), the one the engineer works on */
    static Optional<IProject> activeProject() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IEditorPart editor = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActiveEditor();
        IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
        return Optional.ofNullable(file == null ? null : file.getProject());
    }

    /** @return the files, those of the preferred project first (several projects may declare the same names) */
    static List<IFile> preferredFirst(List<IFile> files, Optional<IProject> preferred) {
        List<IFile> ordered = new ArrayList<>(files.stream().filter(f -> preferred.isPresent()
                && f.getProject().equals(preferred.get())).toList());
        files.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    /** @return the .twin files a mapping may come from: named like its origin, declaring its connection first */
    static List<IFile> candidates(MappedValue mapping, Optional<IProject> preferred) {
        String origin = mapping.origin();
        String name = origin.contains(":") ? origin.substring(0, origin.lastIndexOf(':')) : origin;
        Pattern declared = Pattern.compile("(?m)^\\s*connection\\s+" + Pattern.quote(mapping.connection()) + "\\b");
        return preferredFirst(all().stream().filter(f -> f.getName().equals(name)
                && declared.matcher(text(f)).find()).toList(), preferred);
    }

    private static String text(IFile file) {
        try {
            return file.getLocation() == null ? "" : Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
