/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.dsl.check.Finding;

/**
 * Generates the runtime of one .twin file into {@code generated/<name>-runtime} of its project, the same
 * way as the command line, in the background with progress and cancel. Afterwards the findings replace the
 * previous generation's problem markers and the output folder is refreshed.
 *
 * <p>The result says how it went: {@link IStatus#OK} with what was written; {@link IStatus#INFO} when
 * errors in the inputs stopped the generation (nothing written; the markers say where; an expected outcome,
 * so nothing goes to the log); {@link IStatus#CANCEL}; or {@link IStatus#ERROR} when the generator itself
 * failed (an output that cannot be written, a bug), which the workbench shows in a dialog and logs.</p>
 *
 * <p>The job holds its project's scheduling rule, as a build does, so that two generations into the same
 * project never interleave; the workbench stays responsive meanwhile.</p>
 */
public class RuntimeGenerationJob extends Job {

    /** Job family of every generation, for tests and shutdown that wait for them. */
    public static final Object FAMILY = RuntimeGenerationJob.class;

    /** Folder of the project that receives generated runtimes. */
    public static final String GENERATED_FOLDER = "generated";

    private static final String PLUGIN_ID = "org.fieldbridge.codegen.ui";

    /**
     * One generator for the workbench: its language setup (built on first use, which takes seconds) is then
     * shared by every generation. Each generation loads its inputs into its own resource set, so
     * generations of different projects may run at the same time.
     */
    private static final RuntimeGenerator GENERATOR = RuntimeGenerator.standalone();

    private final IFile twin;
    private volatile GenerationResult generated;

    /** @param twin the .twin file to generate from */
    public RuntimeGenerationJob(IFile twin) {
        super("Generating runtime from " + twin.getName());
        this.twin = twin;
        setRule(twin.getProject());
        setUser(true);
        // the Progress view keeps the latest generation's result, and the status line links to it
        setProperty(IProgressConstants.KEEPONE_PROPERTY, Boolean.TRUE);
    }

    /**
     * @param twin a .twin file
     * @return where its runtime is generated: {@code <project>/generated/<file name without extension>-runtime}
     */
    public static IFolder outputFolder(IFile twin) {
        String name = twin.getName();
        String extension = twin.getFileExtension();
        String base = extension == null ? name : name.substring(0, name.length() - extension.length() - 1);
        return twin.getProject().getFolder(GENERATED_FOLDER).getFolder(base + "-runtime");
    }

    /** @return the .twin file generated from */
    public IFile twin() {
        return twin;
    }

    /**
     * @return what the generator reported, once the job has run to the end; null before, and after a cancel
     *         or a failure of the generator
     */
    public GenerationResult generationResult() {
        return generated;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        if (progress.isCanceled()) {
            return canceled();
        }
        IFolder output = outputFolder(twin);
        IPath twinLocation = twin.getLocation();
        IPath outputLocation = output.getLocation();
        if (twinLocation == null || outputLocation == null) {
            return Status.error(twin.getFullPath() + " is not on the local file system: cannot generate from it");
        }
        GenerationResult result;
        try {
            result = GENERATOR.generate(List.of(twinLocation.toPath()), outputLocation.toPath(),
                    new ProgressGenerationMonitor(progress.split(90)));
        } catch (OperationCanceledException | CancellationException e) {
            refresh(output, SubMonitor.convert(null));
            return canceled();
        } catch (IOException e) {
            refresh(output, progress.newChild(10));
            return Status.error("Cannot generate the runtime of " + twin.getName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            refresh(output, progress.newChild(10));
            return Status.error("The generator failed on " + twin.getName() + ": " + e, e);
        }
        if (progress.isCanceled()) {
            refresh(output, SubMonitor.convert(null));
            return canceled();
        }
        generated = result;
        try {
            GenerationMarkers markers = new GenerationMarkers(twin);
            markers.replace(markers.toMark(result.findings()), progress.newChild(5));
            output.getParent().refreshLocal(IResource.DEPTH_INFINITE, progress.newChild(5));
        } catch (CoreException e) {
            return Status.error("Generated the runtime of " + twin.getName() + " but could not update the workspace: "
                    + e.getMessage(), e);
        }
        return outcome(result, output);
    }

    private IStatus canceled() {
        return new Status(IStatus.CANCEL, PLUGIN_ID, "Generation of " + twin.getName() + " canceled");
    }

    /** A failed or canceled run still shows the workspace what is on disk; failing to do so changes nothing. */
    private static void refresh(IFolder output, IProgressMonitor monitor) {
        try {
            output.getParent().refreshLocal(IResource.DEPTH_INFINITE, monitor);
        } catch (CoreException | OperationCanceledException e) {
            // the status of the run says what matters
        }
    }

    private IStatus outcome(GenerationResult result, IFolder output) {
        long errors = result.findings().stream().filter(Finding::isError).count();
        long warnings = result.findings().stream().filter(f -> "warning".equals(f.severity())).count();
        if (result.hasErrors()) {
            return new Status(IStatus.INFO, PLUGIN_ID, "Runtime of " + twin.getName() + " not generated: "
                    + count(errors, "error") + counted(warnings, "warning") + " in the inputs (see the Problems view)");
        }
        return new Status(IStatus.OK, PLUGIN_ID, "Generated " + count(result.files().size(), "file") + " into "
                + output.getFullPath().makeRelative() + counted(errors, "error") + counted(warnings, "warning"));
    }

    private static String counted(long n, String noun) {
        return n == 0 ? "" : ", " + count(n, noun);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** @return where the generated project lands on disk, for messages and tests */
    public Path outputPath() {
        IPath location = outputFolder(twin).getLocation();
        return location == null ? null : location.toPath();
    }
}
