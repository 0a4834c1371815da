/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Riverside example ({@code riverside.plant} and {@code riverside.twin} of examples/riverside) in a fresh
 * workspace project before each test; after it, every editor closed (unsaved changes dropped) and the project
 * deleted. Register it with {@code @RegisterExtension final ExampleProject example = new ExampleProject("name");}:
 * it runs before the test's own {@code @BeforeEach} methods and after its {@code @AfterEach} methods.
 */
final class ExampleProject implements BeforeEachCallback, AfterEachCallback {

    private static final Path EXAMPLES = Path.of(System.getProperty("fieldbridge.examples", "../../examples"));

    private final String name;
    private boolean fieldbridgeNature;
    private IProject project;

    /** @param name the workspace project's name, one per test class so that a left-over project is recognised */
    ExampleProject(String name) {
        this.name = name;
    }

    /** Gives the project the Fieldbridge nature (its builder checks the files) before the files are written. */
    ExampleProject withFieldbridgeNature() {
        fieldbridgeNature = true;
        return this;
    }

    /** @return the text of {@code examples/riverside/<file>} */
    static String text(String file) {
        try {
            return Files.readString(EXAMPLES.resolve("riverside").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IProject project() {
        return project;
    }

    IFile twin() {
        return project.getFile("riverside.twin");
    }

    IFile plant() {
        return project.getFile("riverside.plant");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        if (fieldbridgeNature) {
            FieldbridgeNature.addTo(project, null);
        }
        for (IFile file : new IFile[] { plant(), twin() }) {
            file.create(new ByteArrayInputStream(text(file.getName()).getBytes(StandardCharsets.UTF_8)), true, null);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.settle(Duration.ofMillis(300));
        project.delete(true, true, null);
    }
}
