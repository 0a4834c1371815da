/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.onboarding.ImportPreview;
import org.osgi.framework.FrameworkUtil;

/**
 * File > Import > Fieldbridge > Fieldbridge tags: {@code fieldbridge import} with a review before anything is
 * written. Page 1 says what to read and where it goes; showing page 2 reads the sources in a {@link TagReadingJob}
 * (the wizard's progress bar and Cancel follow it; the UI thread only waits in the event loop); Finish hands the
 * decisions to a {@link TagImportJob}, which writes, refreshes and opens the .twin.
 */
public final class ImportTagsWizard extends Wizard implements IImportWizard {

    /** The wizard's id in the import wizards' registry. */
    public static final String ID = "org.fieldbridge.onboarding.ui.importTags";
    /** The section of the bundle's dialog settings that keeps the last run's choices. */
    static final String SETTINGS = "ImportTagsWizard";

    private SourcePage source;
    private ReviewPage review;
    private IContainer selected;
    private int readRevision = -1;
    private TagImportJob importJob;

    /** A wizard; {@link #init} gives it the selection. */
    public ImportTagsWizard() {
        setWindowTitle("Import Fieldbridge Tags");
        setNeedsProgressMonitor(true);
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ImportTagsWizard.class))
                .getDialogSettings();
        IDialogSettings section = all.getSection(SETTINGS);
        setDialogSettings(section != null ? section : all.addNewSection(SETTINGS));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
        selected = resource instanceof IContainer c ? c : resource != null ? resource.getParent() : null;
    }

    @Override
    public void addPages() {
        source = new SourcePage(selected);
        review = new ReviewPage(() -> {
            if (readRevision != source.revision()) {
                // after the page is on the screen, so that the progress bar is seen under it
                getShell().getDisplay().asyncExec(this::read);
            }
        });
        addPage(source);
        addPage(review);
    }

    /** Reads the sources in a Job while the wizard shows its progress; the review page shows the result. */
    private void read() {
        IContainer target = source.container();
        if (target == null || target.getLocation() == null) {
            return;
        }
        TagReadingJob job = new TagReadingJob(source.request(target.getLocation().toFile().toPath()));
        try {
            getContainer().run(true, true, monitor -> waitFor(job, monitor));
        } catch (InvocationTargetException | InterruptedException e) {
            job.cancel();
        }
        IStatus result = job.getResult();
        if (job.preview() != null && result != null && result.isOK()) {
            readRevision = source.revision();
            review.setErrorMessage(null);
            review.show(job.preview());
        } else {
            readRevision = -1;
            review.show(null);
            review.setErrorMessage(result == null || result.getSeverity() == IStatus.CANCEL
                    ? "Reading was canceled: go back and Next to read again" : result.getMessage());
        }
    }

    /** Schedules the job and waits for it, off the UI thread; Cancel in the wizard cancels the job. */
    private static void waitFor(TagReadingJob job, IProgressMonitor monitor) throws InterruptedException {
        monitor.beginTask(job.getName(), IProgressMonitor.UNKNOWN);
        job.schedule();
        while (!job.join(100, null)) {
            if (monitor.isCanceled()) {
                job.cancel();
                throw new InterruptedException();
            }
        }
        monitor.done();
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == review && review.isPageComplete();
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        return page == source ? review : null;
    }

    @Override
    public boolean performFinish() {
        ImportPreview preview = review.preview();
        IContainer target = source.container();
        if (preview == null || target == null) {
            return false;
        }
        try {
            importJob = new TagImportJob(preview, review.decisions(), target);
        } catch (IllegalArgumentException e) {
            review.setErrorMessage(e.getMessage());
            return false;
        }
        source.save();
        importJob.schedule();
        return true;
    }

    /** @return the first page (tests) */
    public SourcePage sourcePage() {
        return source;
    }

    /** @return the review page (tests) */
    public ReviewPage reviewPage() {
        return review;
    }

    /** @return the job Finish scheduled, null before (tests) */
    public org.eclipse.core.runtime.jobs.Job importJob() {
        return importJob;
    }

    /** @return where the files go (tests) */
    Path targetFolder() {
        IContainer target = source.container();
        return target == null ? null : target.getLocation().toFile().toPath();
    }
}
