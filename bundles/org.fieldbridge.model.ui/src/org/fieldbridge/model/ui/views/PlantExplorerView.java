package org.fieldbridge.model.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
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
        viewer.setInput(load(PlantFiles.configured()));
        viewer.expandToLevel(4);
        getSite().setSelectionProvider(viewer);
    }

    /** @return the tree of this view, for tests and other views that follow its selection */
    public TreeViewer getViewer() {
        return viewer;
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

    /** Loads every file; a file that cannot be loaded becomes a visible problem instead of an exception. */
    private List<Object> load(List<Path> files) {
        ResourceSet resourceSet = new ResourceSetImpl();
        List<Object> roots = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                roots.add(new PlantLoadProblem(file, "file not found"));
                continue;
            }
            try {
                Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
                roots.addAll(resource.getContents());
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                PlantLoadProblem problem = new PlantLoadProblem(file, cause.getMessage());
                ILog.of(getClass()).warn("Cannot load plant " + problem);
                roots.add(problem);
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
