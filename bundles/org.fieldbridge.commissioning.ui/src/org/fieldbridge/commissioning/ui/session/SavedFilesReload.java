/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Loads a session again when a commissioned .twin or .plant file is saved in the workspace (a mapping created from
 * the browser or fixed by the scanner counts once it is saved), so that the views never work on a stale model.
 */
final class SavedFilesReload implements IResourceChangeListener {

    private final CommissioningSession session;

    private SavedFilesReload(CommissioningSession session) {
        this.session = session;
    }

    /** @return the listener, registered with the workspace */
    static SavedFilesReload follow(CommissioningSession session) {
        SavedFilesReload reload = new SavedFilesReload(session);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(reload, IResourceChangeEvent.POST_CHANGE);
        return reload;
    }

    /** Stops following the workspace. */
    void stop() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (session.inputs().isEmpty() || event.getDelta() == null) {
            return;
        }
        AtomicBoolean commissioned = new AtomicBoolean();
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource.getType() == IResource.FILE && (delta.getFlags() & IResourceDelta.CONTENT) != 0
                        && ("twin".equals(resource.getFileExtension()) || "plant".equals(resource.getFileExtension()))
                        && resource.getLocation() != null && commissioned(resource.getLocation().toPath())) {
                    commissioned.set(true);
                }
                return !commissioned.get();
            });
        } catch (CoreException e) {
            return; // a delta that cannot be walked changes nothing commissioned
        }
        if (commissioned.get()) {
            session.reload();
        }
    }

    /** A .twin file among the inputs or in an input folder; a .plant file in a commissioned file's folder. */
    private boolean commissioned(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return session.inputs().stream().map(p -> p.toAbsolutePath().normalize()).anyMatch(input -> normal.equals(input)
                || normal.startsWith(input)
                || java.nio.file.Files.isRegularFile(input) && normal.getParent().equals(input.getParent()));
    }
}
