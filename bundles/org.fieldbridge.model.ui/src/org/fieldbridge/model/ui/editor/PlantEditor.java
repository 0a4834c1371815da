/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.fieldbridge.model.plant.resource.PlantLoadException;
import org.fieldbridge.model.plant.resource.PlantSaveRefusedException;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.ui.viewers.ItemProviderContentProvider;
import org.fieldbridge.model.ui.viewers.PlantLabelProvider;

/**
 * The editor of {@code .plant} files: the plant as a tree (ISA-95 hierarchy, controllers, instruments,
 * units, roles), edited through an EMF editing domain. Every change (Properties view, Delete) is a
 * command on one command stack: Undo/Redo through the workbench's global actions, dirty while the stack
 * differs from the last save, saved atomically by the plant resource.
 */
public class PlantEditor extends EditorPart implements IEditingDomainProvider {

    /** Editor id, as registered in plugin.xml. */
    public static final String ID = "org.fieldbridge.model.ui.plantEditor";

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
            PlantResources.createResourceSet());
    private EditingActions actions;
    private Path file;
    private Resource resource;
    private String loadProblem;
    private TreeViewer viewer;
    private SignalTable signalTable;
    /** The Properties view's pages of this editor: refreshed after every command, whoever executed it. */
    private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IURIEditorInput uriInput) || !"file".equals(uriInput.getURI().getScheme())) {
            throw new PartInitException("The plant editor opens .plant files on disk only.");
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        file = Path.of(URI.create(uriInput.getURI().toString()));
        try {
            resource = PlantResources.load(domain.getResourceSet(), file);
        } catch (PlantLoadException e) {
            loadProblem = e.problems().stream().map(p -> file.getFileName() + ":" + p.line() + ":" + p.column()
                    + ": " + p.message() + " [" + p.code() + "]").collect(Collectors.joining("\n"));
        }
        actions = new EditingActions(domain, this::selection);
        commandStack.addCommandStackListener(this::commandStackChanged);
    }

    @Override
    public void createPartControl(Composite parent) {
        if (resource == null) {
            Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
            text.setText("This plant file cannot be read, so it cannot be edited here:\n\n" + loadProblem
                    + "\n\nFix the file in a text editor (Open With > Text Editor) and open it again.");
            return;
        }
        // Tree above, signal table below: the table lists the signals of what the tree selects (SignalTable)
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        viewer = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new PlantLabelProvider(adapterFactory));
        viewer.setInput(resource);
        viewer.expandToLevel(5);
        viewer.addSelectionChangedListener(event -> actions.update());
        PlantTreeMenu.install(viewer, domain, actions, getSite());
        TreeDragAndDrop.install(viewer, domain);
        getSite().setSelectionProvider(viewer);
        signalTable = new SignalTable(sash, domain, viewer);
        sash.setWeights(55, 45);
    }

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            viewer.refresh();
            Command command = commandStack.getMostRecentCommand();
            Collection<?> affected = command == null ? null : command.getAffectedObjects();
            if (affected != null && !affected.isEmpty() && affected.stream().allMatch(o -> o != null)) {
                viewer.setSelection(new StructuredSelection(affected.toArray()), true);
            }
            actions.update();
            propertySheetPages.removeIf(p -> p.getControl() == null || p.getControl().isDisposed());
            propertySheetPages.forEach(PropertySheetPage::refresh);
        });
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            PlantResources.save(resource, file);
            commandStack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (PlantSaveRefusedException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save " + file.getFileName(), e.getMessage()
                    + "\n\nThe file on disk is unchanged; your changes are still in the editor.");
            return;
        } catch (IOException | RuntimeException e) {
            ILog.of(getClass()).warn("Cannot save " + file, e);
            MessageDialog.openError(getSite().getShell(), "Cannot save " + file.getFileName(), "The plant could not be "
                    + "written to " + file + ":\n" + e.getMessage() + "\n\nThe file on disk is unchanged; your "
                    + "changes are still in the editor. Check that the folder is writable and save again.");
            return;
        }
        IFile workspaceFile = getEditorInput().getAdapter(IFile.class);
        if (workspaceFile != null) {
            try {
                // Tell the workspace at once, so the project builder checks the saved plant.
                workspaceFile.refreshLocal(IResource.DEPTH_ZERO, monitor);
            } catch (CoreException e) {
                ILog.of(getClass()).warn("Cannot refresh " + workspaceFile, e);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered (isSaveAsAllowed): a plant's file name is its identity for the .twin files.
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the tree of the plant, or null if the file could not be read */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** @return the table of the selected equipment's signals, or null if the file could not be read */
    public SignalTable getSignalTable() {
        return signalTable;
    }

    /** @return the loaded plant resource, or null if the file could not be read */
    public Resource getResource() {
        return resource;
    }

    /** @return the property sources the Properties view uses for this editor's objects */
    public PlantPropertySourceProvider propertySourceProvider() {
        return new PlantPropertySourceProvider(adapterFactory, domain);
    }

    EditingActions actions() {
        return actions;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(propertySheetPage());
        }
        if (adapter == IContentOutlinePage.class && viewer != null) {
            return adapter.cast(new PlantOutlinePage(adapterFactory, domain, resource, viewer));
        }
        if (adapter == ISetSelectionTarget.class || adapter == IGotoMarker.class) {
            return adapter.cast(new PlantSelectionTarget(resource, file, this::getViewer));
        }
        return super.getAdapter(adapter);
    }

    private IPropertySheetPage propertySheetPage() {
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void setActionBars(IActionBars bars) {
                super.setActionBars(bars);
                // Ctrl+Z in the Properties view undoes the editor's last change, as in EMF's editors.
                actions.contributeTo(bars, false);
            }
        };
        page.setPropertySourceProvider(propertySourceProvider());
        propertySheetPages.add(page);
        return page;
    }

    private IStructuredSelection selection() {
        return viewer == null ? StructuredSelection.EMPTY : viewer.getStructuredSelection();
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }
}
