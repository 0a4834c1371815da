/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.dsl.check.Finding;

/**
 * One check of a project: its .plant and .twin files (linked folders included, derived resources such as
 * generated output left out) given to the headless checker as absolute paths, and the findings taken back to
 * the workspace files they name.
 */
final class ProjectCheck {

    private static final String TWIN = "twin";
    private static final String PLANT = "plant";

    /**
     * What a check found.
     *
     * @param onFiles   findings per project file they concern, in the checker's order
     * @param elsewhere findings about files outside the project (a plant imported from another folder)
     */
    record Result(Map<IFile, List<Finding>> onFiles, List<Finding> elsewhere) {
    }

    private final IProject project;

    ProjectCheck(IProject project) {
        this.project = project;
    }

    static boolean isModelFile(IResource resource) {
        String extension = resource.getFileExtension();
        return TWIN.equals(extension) || PLANT.equals(extension);
    }

    /** Checks the project's files; never throws for bad file content (that is what findings are for). */
    Result run() throws CoreException {
        Map<String, IFile> byLocation = modelFiles();
        List<Path> inputs = byLocation.keySet().stream().map(Path::of).toList();
        Map<IFile, List<Finding>> onFiles = new LinkedHashMap<>();
        List<Finding> elsewhere = new ArrayList<>();
        if (inputs.isEmpty()) {
            return new Result(onFiles, elsewhere);
        }
        CheckReport report = TwinLanguage.checker().checkAll(inputs);
        for (Finding finding : report.findings()) {
            IFile file = byLocation.get(normalized(finding.file()));
            if (file == null) {
                elsewhere.add(finding);
            } else {
                onFiles.computeIfAbsent(file, f -> new ArrayList<>()).add(finding);
            }
        }
        return new Result(onFiles, elsewhere);
    }

    /** The project's .plant and .twin files by normalized absolute location (the names the checker reports). */
    private Map<String, IFile> modelFiles() throws CoreException {
        Map<String, IFile> files = new LinkedHashMap<>();
        project.accept(proxy -> {
            if (proxy.isDerived()) {
                return false;
            }
            if (proxy.getType() == IResource.FILE && (proxy.getName().endsWith("." + TWIN)
                    || proxy.getName().endsWith("." + PLANT))) {
                IFile file = (IFile) proxy.requestResource();
                IPath location = file.getLocation();
                if (location != null) {
                    files.putIfAbsent(normalized(location.toOSString()), file);
                }
            }
            return true;
        }, IResource.NONE);
        return files;
    }

    private static String normalized(String file) {
        return Path.of(file).toAbsolutePath().normalize().toString();
    }
}
