/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.fieldbridge.model.plant.Area;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.WorkCell;
import org.fieldbridge.model.plant.resource.LoadProblem;
import org.fieldbridge.model.plant.resource.PlantLoadException;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.ui.viewers.ItemProviderContentProvider;
import org.fieldbridge.model.ui.viewers.ItemProviderLabelProvider;

/**
 * Shows the plant hierarchy (enterprise, sites, areas, lines, cells, equipment, signals, controllers,
 * instruments and roles) of the plant files named by {@link PlantFiles}. Read-only: the editor comes later.
 */
public class PlantExplorerView extends ViewPart {

    /** View id, as registered in plugin.xml. */
    public static final String ID = "org.fieldbridge.model.ui.plantExplorer";

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ProblemAwareLabelProvider());
        List<Object> plants = load(PlantFiles.configured());
        viewer.setInput(plants);
        showHierarchy();
        getSite().setSelectionProvider(viewer);
    }

    /** @return the tree of this view, for tests and other views that follow its selection */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** Opens the plant hierarchy down to the equipment of every line and cell. */
    public void showHierarchy() {
        Object input = viewer.getInput();
        if (input instanceof List<?> plants) {
            plants.forEach(this::expandHierarchy);
        }
    }

    /**
     * Opens the ISA-95 levels down to the lines and cells, so their equipment is visible at a glance;
     * signals, controllers, instruments and roles stay folded until asked for.
     */
    private void expandHierarchy(Object element) {
        viewer.setExpandedState(element, true);
        for (Object child : ((ItemProviderContentProvider) viewer.getContentProvider()).getChildren(element)) {
            if (child instanceof Enterprise || child instanceof Site || child instanceof Area || child instanceof Line
                    || child instanceof WorkCell) {
                expandHierarchy(child);
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }

    /** Loads every file; a file that cannot be loaded becomes a visible, positioned problem instead. */
    private List<Object> load(List<Path> files) {
        ResourceSet resourceSet = PlantResources.createResourceSet();
        List<Object> roots = new ArrayList<>();
        for (Path file : files) {
            try {
                roots.addAll(PlantResources.load(resourceSet, file).getContents());
            } catch (PlantLoadException e) {
                for (LoadProblem problem : e.problems()) {
                    ILog.of(getClass()).warn("Cannot load plant: " + problem);
                    roots.add(new PlantLoadProblem(file, problem.line(), problem.column(), problem.message()));
                }
            }
        }
        return roots;
    }

    private final class ProblemAwareLabelProvider extends ItemProviderLabelProvider {

        ProblemAwareLabelProvider() {
            super(adapterFactory);
        }

        @Override
        public String getText(Object element) {
            return element instanceof PlantLoadProblem ? element.toString() : super.getText(element);
        }

        @Override
        public Image getImage(Object element) {
            if (element instanceof PlantLoadProblem) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            }
            return super.getImage(element);
        }
    }
}
