/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Keeps the {@code .plant} files a language server's resource set has loaded for as long as their files are
 * unchanged, and drops each one whose file changed (modification time or size), was deleted, or was replaced,
 * so that the next build reads it again. A keystroke in a {@code .twin} file then parses that file only: the
 * plant of 2,000 signals and its index stay loaded across builds.
 *
 * <p>The file's stamp at loading is the one EMF records when it opens the file ({@link Resource#getTimeStamp()},
 * the modification time before reading); the size is added the first time the stamp is seen unchanged. A file
 * changed between its loading and that first look has another modification time and is read again.</p>
 */
final class LoadedPlants {

    private LoadedPlants() {
    }

    /** The stamp of a loaded file, as seen when it was loaded. */
    private static final class Stamp extends AdapterImpl {
        final long modified;
        final long size;

        Stamp(long modified, long size) {
            this.modified = modified;
            this.size = size;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Stamp.class;
        }
    }

    /**
     * Unloads and removes the loaded resources of files other than the server's own documents whose files
     * changed since they were loaded. Runs on the server's build thread, before a build.
     *
     * @param resources the project's resource set, null before its first build
     * @param ownDocuments tells the URIs the server builds itself (the {@code .twin} files): it reloads those
     * @return how many resources were dropped
     */
    static int dropChanged(ResourceSet resources, Predicate<URI> ownDocuments) {
        if (resources == null) {
            return 0;
        }
        int dropped = 0;
        for (Resource resource : new ArrayList<>(resources.getResources())) {
            URI uri = resource.getURI();
            if (resource.isLoaded() && uri != null && uri.isFile() && !ownDocuments.test(uri) && changed(resource)) {
                resources.getResources().remove(resource);
                resource.unload();
                dropped++;
            }
        }
        return dropped;
    }

    private static boolean changed(Resource resource) {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(Path.of(resource.getURI().toFileString()), BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return true; // deleted or unreadable: the next build reports it
        }
        long modified = now.lastModifiedTime().toMillis();
        Stamp stamp = (Stamp) EcoreUtil.getExistingAdapter(resource, Stamp.class);
        if (stamp == null) {
            long loaded = resource.getTimeStamp();
            if (loaded != URIConverter.NULL_TIME_STAMP && loaded != modified) {
                return true;
            }
            resource.eAdapters().add(new Stamp(modified, now.size()));
            return false;
        }
        return stamp.modified != modified || stamp.size != now.size();
    }
}
