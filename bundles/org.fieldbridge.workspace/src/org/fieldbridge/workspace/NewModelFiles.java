/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.resource.AtomicFileWriter;
import org.fieldbridge.model.plant.resource.PlantResources;

/**
 * The files the New wizards write: a plant skeleton (through the plant model, so it is a plant file as the
 * plant editor and the generator write them), a .twin file importing a plant, and a copy of the example.
 * Every file is written atomically (a temporary file moved into place) and then made known to the workspace.
 */
public final class NewModelFiles {

    private NewModelFiles() {
    }

    /**
     * Writes a plant with one enterprise and one site, the least the ISA-95 hierarchy starts from.
     *
     * @param file    the new .plant file (its folder must exist)
     * @param monitor progress
     * @throws CoreException when the file cannot be written
     */
    public static void createPlant(IFile file, IProgressMonitor monitor) throws CoreException {
        String name = baseName(file);
        PlantFactory factory = PlantFactory.eINSTANCE;
        Plant plant = factory.createPlant();
        plant.setDescription(name + ": describe the plant here (what it makes, where it is).");
        Enterprise enterprise = factory.createEnterprise();
        enterprise.setName("Enterprise");
        enterprise.setDisplayName("Your company");
        Site site = factory.createSite();
        site.setName("Site");
        site.setDisplayName("Your works");
        enterprise.getSites().add(site);
        plant.getEnterprises().add(enterprise);
        ResourceSet resources = PlantResources.createResourceSet();
        Path path = location(file);
        Resource resource = resources.createResource(URI.createFileURI(path.toString()));
        resource.getContents().add(plant);
        try {
            PlantResources.save(resource, path);
        } catch (IOException e) {
            throw failure(file, e);
        }
        file.refreshLocal(IResource.DEPTH_ZERO, monitor);
    }

    /**
     * Writes a .twin file that imports a plant: its {@code package} and {@code import} lines, and in comments
     * how a connection and a mapping are written.
     *
     * @param file    the new .twin file (its folder must exist)
     * @param plant   the plant file to import
     * @param monitor progress
     * @throws CoreException when the file cannot be written
     */
    public static void createTwin(IFile file, IFile plant, IProgressMonitor monitor) throws CoreException {
        IPath relative = plant.getFullPath().makeRelativeTo(file.getParent().getFullPath());
        write(file, twinText(file.getName(), packageName(baseName(file)), relative.toString()), monitor);
    }

    /**
     * @param fileName    the .twin file's name
     * @param packageName its package
     * @param plantImport the plant file as the import names it (relative to the .twin file)
     * @return the text of a new .twin file
     */
    public static String twinText(String fileName, String packageName, String plantImport) {
        return "// " + fileName + " — live data of the plant in " + plantImport + " (docs/dsl-reference.md)\n"
                + "package " + packageName + "\n"
                + "import \"" + plantImport.replace("\\", "/") + "\"\n"
                + "\n"
                + "// A controller of the plant, e.g.:\n"
                + "// connection PLC1 modbus tcp {\n"
                + "//     poll 250 ms, timeout 500 ms\n"
                + "// }\n"
                + "// Then one line per value: controller, address, data type, tag -> plant signal, e.g.:\n"
                + "// map PLC1 holding 40001 int16 \"Temp_1\" -> Line1.Tank1.BathTemp { scale 0.1, unit degC }\n";
    }

    /**
     * @param name a file's base name
     * @return a package name made of it: lower case, letters, digits and underscores
     */
    public static String packageName(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            return "plant";
        }
        return Character.isDigit(cleaned.charAt(0)) ? "p" + cleaned : cleaned;
    }

    /**
     * Copies the .plant and .twin files of a folder (not its sub-folders) into a container, so that their
     * imports still resolve.
     *
     * @param folder  the folder, e.g. the product's examples/riverside
     * @param target  where the copies go
     * @param monitor progress
     * @return the copies
     * @throws CoreException when the folder cannot be read or a copy cannot be written
     */
    public static List<IFile> copyModelFiles(Path folder, IContainer target, IProgressMonitor monitor)
            throws CoreException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".plant")
                    || p.toString().endsWith(".twin"))).sorted().toList();
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot read the example folder " + folder + ": " + e.getMessage()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        List<IFile> copies = new ArrayList<>();
        for (Path source : files) {
            IFile copy = target.getFile(IPath.fromOSString(source.getFileName().toString()));
            try {
                byte[] bytes = Files.readAllBytes(source);
                AtomicFileWriter.write(location(copy), out -> out.write(bytes));
            } catch (IOException e) {
                throw failure(copy, e);
            }
            copy.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
            copies.add(copy);
        }
        return copies;
    }

    private static void write(IFile file, String text, IProgressMonitor monitor) throws CoreException {
        try {
            AtomicFileWriter.write(location(file), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw failure(file, e);
        }
        file.refreshLocal(IResource.DEPTH_ZERO, monitor);
    }

    private static Path location(IFile file) throws CoreException {
        IPath location = file.getLocation();
        if (location == null) {
            throw new CoreException(Status.error(file.getFullPath() + " is not on the local disk; choose a folder"
                    + " of a local project"));
        }
        return location.toPath();
    }

    private static String baseName(IFile file) {
        String name = file.getName();
        String extension = file.getFileExtension();
        return extension == null ? name : name.substring(0, name.length() - extension.length() - 1);
    }

    private static CoreException failure(IFile file, IOException e) {
        return new CoreException(Status.error("Cannot write " + file.getFullPath() + ": " + e.getMessage(), e));
    }
}
