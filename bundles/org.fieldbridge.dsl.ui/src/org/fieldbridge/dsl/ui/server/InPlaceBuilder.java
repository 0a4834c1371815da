/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IExternalContentSupport.IExternalContentProvider;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's build of one change, except that the resource of an open document is updated in place instead of
 * being thrown away and loaded again: the edit is handed to partial parsing ({@link XtextResource#update}),
 * which re-creates only the edited statement; the language then re-links only that statement
 * ({@code TwinLinker}) and checks again only what it re-created ({@code TwinDiagnostician}). Xtext's default
 * unloads the old resource (turning each of its objects into a proxy), parses the whole file, links and checks
 * every mapping again: on 2,000 mappings that was most of a keystroke's time (TwinEditorBench).
 *
 * <p>Nothing outside a {@code .twin} file refers into it (connections are local to their file, plants refer
 * to nothing), so no other resource holds objects that the in-place update replaces.</p>
 */
public class InPlaceBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

    /** The texts of the open documents, as the project's resource set knows them. */
    static final class OpenTexts extends AdapterImpl {
        final IExternalContentProvider texts;

        OpenTexts(IExternalContentProvider texts) {
            this.texts = texts;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == OpenTexts.class;
        }

        /** Lets the builds of a resource set find the open documents' texts. */
        static void attach(ResourceSet resources, IExternalContentProvider texts) {
            resources.eAdapters().add(new OpenTexts(texts));
        }

        static IExternalContentProvider of(ResourceSet resources) {
            OpenTexts open = (OpenTexts) EcoreUtil.getAdapter(resources.eAdapters(), OpenTexts.class);
            return open == null ? null : open.texts;
        }
    }

    @Override
    protected void unloadResource(URI uri) {
        if (!updatedInPlace(uri)) {
            super.unloadResource(uri);
        }
    }

    private boolean updatedInPlace(URI uri) {
        ResourceSet resources = getRequest().getResourceSet();
        IExternalContentProvider texts = OpenTexts.of(resources);
        Resource resource = resources.getResource(uri, false);
        if (texts == null || !(resource instanceof XtextResource xtext) || !xtext.isLoaded()
                || xtext.getParseResult() == null || xtext.getParseResult().getRootNode() == null
                || !texts.hasContent(uri)) {
            return false;
        }
        String now = texts.getContent(uri);
        if (now == null) {
            return false;
        }
        TextChange change = TextChange.between(xtext.getParseResult().getRootNode().getText(), now);
        try {
            if (change != null) {
                xtext.update(change.offset(), change.length(), change.text());
            }
            return true;
        } catch (RuntimeException | Error e) {
            // Whatever partial parsing could not take (or a newer change canceled half way) a fresh load takes:
            // the half-updated resource leaves the set, so that no later build or read sees it.
            resources.getResources().remove(xtext);
            if (e instanceof Error error) {
                throw error;
            }
            return false;
        }
    }
}
