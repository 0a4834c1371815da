/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * Navigation into an open plant editor: other editors (the {@code .twin} editor's Go to Definition) and the
 * Problems view name plant elements, and this selects and reveals them in the editor's tree.
 *
 * <p>An element is named by an EMF {@link URI}: the plant file's URI, {@code #}, the element's fragment (a
 * plant fragment is the element's qualified name, {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp},
 * or a unit's common code), or by the {@link EObject} itself, from this editor's resource or from a copy of
 * the plant loaded elsewhere (it is found again by its URI). A URI that names another file, or an element
 * that is not in the plant, is passed over.
 *
 * <p>A marker names its element in the attribute {@value EValidator#URI_ATTRIBUTE} (EMF's convention), as a
 * fragment or as a whole URI; the project builder writes it for plant findings about an element.
 */
final class PlantSelectionTarget implements ISetSelectionTarget, IGotoMarker {

    private final Resource resource;
    private final Path file;
    private final Supplier<TreeViewer> viewer;

    /**
     * @param resource the editor's plant (null when the file could not be read: nothing is selected then)
     * @param file     the plant file on disk
     * @param viewer   the editor's tree, once created
     */
    PlantSelectionTarget(Resource resource, Path file, Supplier<TreeViewer> viewer) {
        this.resource = resource;
        this.file = file;
        this.viewer = viewer;
    }

    @Override
    public void selectReveal(ISelection selection) {
        List<EObject> elements = elements(selection);
        TreeViewer tree = viewer.get();
        if (elements.isEmpty() || tree == null || tree.getControl().isDisposed()) {
            return;
        }
        tree.setSelection(new StructuredSelection(elements), true);
        tree.getControl().setFocus();
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String uri = marker.getAttribute(EValidator.URI_ATTRIBUTE, null);
        if (uri == null || uri.isBlank()) {
            return;
        }
        URI element = uri.contains("#") ? URI.createURI(uri) : URI.createURI("").appendFragment(uri);
        selectReveal(new StructuredSelection(element));
    }

    /** @return the plant elements a selection names, in its order, without those this plant does not have */
    List<EObject> elements(ISelection selection) {
        List<EObject> elements = new ArrayList<>();
        if (resource != null && selection instanceof IStructuredSelection structured) {
            for (Object named : structured) {
                EObject element = element(named);
                if (element != null && !elements.contains(element)) {
                    elements.add(element);
                }
            }
        }
        return elements;
    }

    private EObject element(Object named) {
        if (named instanceof EObject object) {
            return object.eResource() == resource ? object : element(EcoreUtil.getURI(object));
        }
        if (named instanceof URI uri) {
            return uri.hasFragment() && isThisFile(uri.trimFragment()) ? resource.getEObject(uri.fragment()) : null;
        }
        if (named instanceof String text) {
            return element(URI.createURI(text));
        }
        return null;
    }

    /** An empty URI (a bare fragment) means this plant; otherwise the URI must name this file. */
    private boolean isThisFile(URI uri) {
        if (uri.isEmpty() || uri.equals(resource.getURI())) {
            return true;
        }
        Path named = null;
        if (uri.isFile()) {
            named = Path.of(uri.toFileString());
        } else if (uri.isPlatformResource()) {
            IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(uri.toPlatformString(true));
            named = member == null || member.getLocation() == null ? null : member.getLocation().toPath();
        }
        return named != null && named.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }
}
