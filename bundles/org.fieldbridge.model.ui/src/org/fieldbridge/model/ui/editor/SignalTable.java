/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.Comparator;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.ui.viewers.PlantLabelProvider;

/**
 * The plant editor's table of signals, below the tree: the signals of what is selected in the tree
 * ({@link SignalScope}), one row each, with editable cells. Each edit is one command on the editor's
 * command stack (undoable, makes the editor dirty). Selecting rows selects the signals in the tree, so the
 * Properties view shows them; selecting in the tree selects the rows, or changes what the table lists.
 * Clicking a column header sorts by it (again: the other way round).
 */
public class SignalTable {

    private final Composite control;
    private final Label title;
    private final Label refusal;
    private final TableViewer viewer;
    private final TreeViewer tree;
    private final AdapterFactoryEditingDomain domain;
    private final PlantPropertySourceProvider sources;
    private final PlantLabelProvider labels;
    private final SignalColumn[] columns;
    private final ISelectionChangedListener treeListener = e -> followTree(e.getStructuredSelection());
    private final CommandStackListener stackListener = this::modelChanged;
    private SignalScope scope = SignalScope.EMPTY;
    private boolean syncing;
    private int sortColumn;
    private boolean descending;

    /**
     * @param parent the composite the table goes into (the editor's sash)
     * @param domain the editor's editing domain
     * @param tree   the editor's tree, whose selection the table follows and sets
     */
    public SignalTable(Composite parent, AdapterFactoryEditingDomain domain, TreeViewer tree) {
        this.domain = domain;
        this.tree = tree;
        this.sources = new PlantPropertySourceProvider(domain.getAdapterFactory(), domain);
        this.labels = new PlantLabelProvider(domain.getAdapterFactory());
        this.columns = SignalColumn.all(domain);
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        control.setLayout(layout);
        title = new Label(control, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(title);
        refusal = new Label(control, SWT.NONE);
        refusal.setForeground(JFaceColors.getErrorText(control.getDisplay()));
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).exclude(true).applyTo(refusal);
        viewer = new TableViewer(control, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        createColumns();
        enableCellEditing();
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return order().compare((Signal) a, (Signal) b);
            }
        });
        viewer.addSelectionChangedListener(e -> selectInTree(e.getStructuredSelection()));
        tree.addSelectionChangedListener(treeListener);
        domain.getCommandStack().addCommandStackListener(stackListener);
        control.addDisposeListener(e -> {
            tree.removeSelectionChangedListener(treeListener);
            domain.getCommandStack().removeCommandStackListener(stackListener);
            labels.dispose();
        });
        show(SignalScope.EMPTY);
    }

    private void createColumns() {
        for (int i = 0; i < columns.length; i++) {
            SignalColumn column = columns[i];
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            TableColumn tableColumn = viewerColumn.getColumn();
            tableColumn.setText(column.header());
            tableColumn.setWidth(column.width());
            tableColumn.setMoveable(true);
            boolean signalName = i == 1;
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text((Signal) element, sources);
                }

                @Override
                public Image getImage(Object element) {
                    return signalName ? labels.getImage(element) : null;
                }
            });
            viewerColumn.setEditingSupport(column.editing(viewer, sources, this::showRefusal));
            int index = i;
            tableColumn.addListener(SWT.Selection, e -> sortBy(index));
        }
        viewer.getTable().setSortColumn(viewer.getTable().getColumn(0));
        viewer.getTable().setSortDirection(SWT.UP);
    }

    /** Cells open for editing on double click, F2 or Enter; Tab moves to the next cell, as in a spreadsheet. */
    private void enableCellEditing() {
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
            }
        };
        // No focus-cell highlighter: it paints the selected row white; the native selection reads better.
        TableViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    private Comparator<Signal> order() {
        Comparator<Signal> byColumn = columns[sortColumn].order(sources);
        Comparator<Signal> tieBreak = columns[0].order(sources).thenComparing(columns[1].order(sources));
        return (descending ? byColumn.reversed() : byColumn).thenComparing(tieBreak);
    }

    /** Sorts by a column; the same column again sorts the other way round. */
    public void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    private void followTree(IStructuredSelection selection) {
        if (syncing || control.isDisposed()) {
            return;
        }
        List<Signal> signals = selection.stream().map(SignalScope::signalOf).filter(Objects::nonNull).toList();
        boolean listed = !signals.isEmpty() && signals.size() == selection.size()
                && scope.signals().containsAll(signals);
        if (!listed) {
            SignalScope next = SignalScope.of(selection.toList());
            if (next == SignalScope.EMPTY) {
                return; // a role, a calibration record...: the table keeps what it lists
            }
            show(next);
        }
        syncing = true;
        try {
            viewer.setSelection(new StructuredSelection(signals), true);
        } finally {
            syncing = false;
        }
    }

    private void selectInTree(IStructuredSelection selection) {
        if (syncing || selection.isEmpty()) {
            return;
        }
        syncing = true;
        try {
            tree.setSelection(selection, true);
        } finally {
            syncing = false;
        }
    }

    private void show(SignalScope next) {
        scope = next;
        viewer.setInput(scope.signals());
        title.setText(scope.title());
        control.layout(true);
    }

    private void modelChanged(EventObject event) {
        if (control.isDisposed()) {
            return;
        }
        if (control.getDisplay().getThread() == Thread.currentThread()) {
            followModel(); // a cell edit, Undo, Redo: the row shows the change at once
        } else {
            control.getDisplay().asyncExec(this::followModel);
        }
    }

    /** Lists the signals of the same scope again (a command may have added, removed or changed some). */
    private void followModel() {
        if (control.isDisposed()) {
            return;
        }
        SignalScope next = scope.recomputed();
        if (next.signals().equals(scope.signals())) {
            viewer.refresh();
            return;
        }
        ISelection selection = viewer.getSelection();
        show(next);
        syncing = true;
        try {
            viewer.setSelection(selection);
        } finally {
            syncing = false;
        }
    }

    private void showRefusal(String message) {
        if (control.isDisposed()) {
            return;
        }
        refusal.setText(message == null ? "" : message);
        ((org.eclipse.swt.layout.GridData) refusal.getLayoutData()).exclude = message == null;
        refusal.setVisible(message != null);
        control.layout(true);
    }

    /** @return the table's top control (title, refusal line, table) */
    public Control getControl() {
        return control;
    }

    /** @return the table viewer */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return what the table lists now */
    public SignalScope scope() {
        return scope;
    }

    /** @return the title above the table, such as {@code Signals of equipment Tank3 (4)} */
    public String title() {
        return title.getText();
    }

    /** @return the refusal of the value being typed into a cell, empty when there is none */
    public String refusal() {
        return refusal.getText();
    }
}
