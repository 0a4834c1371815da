/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.tests.support.ui.EventLoop;

/** A copy of the Riverside example plant in a fresh workspace project, and the plant editor on it. */
final class ExamplePlant {

    final IProject project;
    final IFile file;
    final IWorkbenchPage page;

    private ExamplePlant(IProject project, IFile file) {
        this.project = project;
        this.file = file;
        this.page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** @return the example copied into project {@code projectName} (created or reused) as riverside.plant */
    static ExamplePlant copy(String projectName) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("riverside.plant");
        byte[] example = Files.readAllBytes(example());
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(example), true, false, null);
        } else {
            file.create(new ByteArrayInputStream(example), true, null);
        }
        return new ExamplePlant(project, file);
    }

    /** @return the example plant of the checkout */
    static Path example() {
        return Path.of(System.getProperty("fieldbridge.home"), "examples", "riverside", "riverside.plant");
    }

    /** Closes every editor without saving and deletes the project. */
    void remove() throws CoreException {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    PlantEditor open() throws PartInitException {
        IEditorPart part = IDE.openEditor(page, file);
        EventLoop.settle(Duration.ofMillis(300));
        return assertInstanceOf(PlantEditor.class, part, "a .plant file opens in the plant editor");
    }

    /** @return the element of the editor's plant with this qualified name */
    static EObject element(PlantEditor editor, String qualifiedName) {
        Iterable<EObject> all = () -> editor.getResource().getAllContents();
        for (EObject o : all) {
            if (o instanceof NamedElement named && qualifiedName.equals(named.qualifiedName())) {
                return o;
            }
        }
        throw new AssertionError("no element " + qualifiedName + " in the plant");
    }

    /** Runs the event loop until the condition holds or the time is up; @return whether it held */
    static boolean until(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            EventLoop.settle(Duration.ofMillis(50));
        }
        Display.getCurrent().update();
        return true;
    }
}
