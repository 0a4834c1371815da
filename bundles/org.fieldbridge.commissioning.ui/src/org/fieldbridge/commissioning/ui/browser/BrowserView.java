/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.PlantSignal;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.session.MappingOrigin;
import org.fieldbridge.commissioning.ui.session.SessionFollower;
import org.fieldbridge.commissioning.ui.session.SessionInputs;
import org.fieldbridge.commissioning.ui.session.SessionRefresh;
import org.fieldbridge.commissioning.ui.session.TwinEditing;
import org.fieldbridge.runtime.opcua.BrowsedNode;

/**
 * A lazy tree of an OPC UA server's address space (browse name, node class, data type, access, unit, EURange,
 * value), one level per Browse request in a Job. A variable dragged onto a .twin editor drops its {@code map} line;
 * Create Mapping inserts it after the file's last mapping, as one undoable change.
 */
public final class BrowserView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.fieldbridge.commissioning.ui.browser";
    /** The value right after the name: the view is narrow beside the editor, and the value is what is looked for. */
    private static final String[] COLUMNS = { "Browse name", "Value", "Data type", "Unit", "EURange", "Access",
        "Class" };
    private static final int[] COLUMN_OF = { 0, 6, 2, 4, 5, 3, 1 };
    private static final int[] WIDTHS = { 170, 100, 70, 75, 75, 70, 70 };

    private CommissioningSession session;
    private SessionRefresh refresh;
    private Combo connections;
    private Label status;
    private TreeViewer viewer;
    private BrowserNode root;
    private String browsed;
    private Action createMapping;
    private Runnable stopFollowing = () -> { };

    @Override
    public void createPartControl(Composite parent) {
        // the window's session now (actions ask it while being created); attach() replaces it when it is disposed
        session = CommissioningSession.of(getSite().getWorkbenchWindow());
        parent.setLayout(new GridLayout(3, false));
        new Label(parent, SWT.NONE).setText("Server:");
        connections = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(connections);
        connections.addListener(SWT.Selection, e -> browseRoot());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getControl());
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Content());
        for (int i = 0; i < COLUMNS.length; i++) {
            column(i);
        }
        viewer.setUseHashlookup(true);
        getSite().setSelectionProvider(viewer);
        createActions();
        dragSource();
        refresh = new SessionRefresh(viewer.getControl(), this::showConnections);
        stopFollowing = CommissioningSession.follow(getSite().getWorkbenchWindow(),
                SessionFollower.onUiThread(viewer.getControl(), this::attach));
    }

    /** Shows a session: the window's first, or the one that replaced it when it was disposed (UI thread). */
    private void attach(CommissioningSession next) {
        if (session != null) {
            session.removeListener(refresh);
            browsed = null; // the old session's tree is not the new one's
        }
        session = next;
        next.addListener(refresh);
        showConnections();
    }

    private void column(int index) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(COLUMNS[index]);
        column.getColumn().setWidth(WIDTHS[index]);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof BrowserNode row) {
                    return NodeLabels.column(row.node(), COLUMN_OF[index]);
                }
                return index == 0 ? ((Pending) element).text() : "";
            }
        });
    }

    /** Lists the session's OPC UA connections; browses the first when none was browsed yet. */
    private void showConnections() {
        if (connections.isDisposed()) {
            return;
        }
        List<String> names = session.controllers().stream().filter(Controller.OpcUa.class::isInstance)
                .map(Controller::name).toList();
        String selected = connections.getText();
        if (!names.equals(List.of(connections.getItems()))) {
            connections.setItems(names.toArray(String[]::new));
            connections.select(Math.max(0, names.indexOf(selected)));
            connections.getParent().layout(true);
        }
        if (names.isEmpty()) {
            status.setText(session.model().isPresent() ? "The commissioned files have no OPC UA connection."
                    : "Open .twin files in the Connections view first.");
        } else if (browsed == null || !names.contains(browsed)) {
            browseRoot();
        } else {
            status.setText(statusText());
        }
        status.getParent().layout(true);
        createMapping.setEnabled(selectedVariable().isPresent());
    }

    private String statusText() {
        return session.status(browsed).map(s -> s.describe()).orElse("");
    }

    /** Browses the Objects folder of the chosen server (connecting first). */
    private void browseRoot() {
        String connection = connections.getText();
        if (connection.isEmpty()) {
            return;
        }
        browsed = connection;
        status.setText("Browsing " + connection + "\u2026");
        viewer.setInput(new Pending[] { new Pending("Browsing " + connection + "\u2026") });
        BrowseJobs.browse(session, connection, null, (nodes, problem) -> viewer.getControl().getDisplay()
                .asyncExec(() -> rootBrowsed(connection, nodes, problem)));
    }

    private void rootBrowsed(String connection, List<BrowsedNode> nodes, String problem) {
        if (viewer.getControl().isDisposed() || !connection.equals(browsed)) {
            return;
        }
        if (nodes == null || nodes.isEmpty()) {
            viewer.setInput(new Pending[] { new Pending(problem == null ? "the server lists no Objects folder"
                    : problem) });
            status.setText(connection + ": " + (problem == null ? "nothing to browse" : problem));
            status.getParent().layout(true);
            return;
        }
        root = new BrowserNode(null, nodes.get(0));
        root.children(nodes);
        viewer.setInput(new BrowserNode[] { root });
        viewer.setExpandedState(root, true);
        status.setText(statusText());
        status.getParent().layout(true);
    }

    /** Browses one level below a node when it is first expanded. */
    private void browseBelow(BrowserNode row) {
        row.loading(true);
        String connection = browsed;
        BrowseJobs.browse(session, connection, row.node().nodeId(), (nodes, problem) -> {
            if (nodes != null) {
                row.children(nodes);
            } else {
                row.failed(problem);
            }
            row.loading(false);
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh(row);
                    status.setText(statusText());
                }
            });
        });
    }

    /** Children are browsed when first asked for; until then a "Browsing…" row stands in for them. */
    private final class Content implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return (Object[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (!(parent instanceof BrowserNode row)) {
                return new Object[0];
            }
            if (row.problem() != null) {
                return new Object[] { new Pending(row.problem()) };
            }
            if (row.children() == null) {
                if (!row.loading()) {
                    browseBelow(row);
                }
                return new Object[] { new Pending("Browsing\u2026") };
            }
            return row.children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof BrowserNode row ? row.parent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof BrowserNode row && (row.expandable() || row.problem() != null);
        }
    }

    private void createActions() {
        Action refreshAction = new Action("Refresh") {
            @Override
            public void run() {
                browseRoot();
            }
        };
        refreshAction.setToolTipText("Browse the server again from the Objects folder (values are read once)");
        createMapping = new Action("Create Mapping") {
            @Override
            public void run() {
                createMapping();
            }
        };
        createMapping.setToolTipText("Write a map line for the selected variable into the .twin file, after its last"
                + " mapping (or drag the variable onto the .twin editor)");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(refreshAction);
        toolbar.add(createMapping);
        MenuManager menu = new MenuManager("#PopupMenu", ID);
        menu.add(createMapping);
        menu.add(refreshAction);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(ID, menu, viewer);
        viewer.addSelectionChangedListener(e -> createMapping.setEnabled(selectedVariable().isPresent()));
        createMapping.setEnabled(false);
    }

    private void dragSource() {
        viewer.addDragSupport(DND.DROP_COPY, new Transfer[] { TextTransfer.getInstance() }, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selectedVariable().isPresent();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = mappingLine().map(line -> line + System.lineSeparator()).orElse("");
            }
        });
    }

    private Optional<BrowserNode> selectedVariable() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected instanceof BrowserNode row && row.node().isVariable() ? Optional.of(row) : Optional.empty();
    }

    /** @return the map line of the selected variable; empty when no variable is selected */
    public Optional<String> mappingLine() {
        Optional<CommissioningModel> model = session.model();
        List<PlantSignal> signals = model.map(CommissioningModel::plantSignals).orElse(List.of());
        return selectedVariable().map(row -> MappingLine.of(browsed, row.node(), row.path(), signals));
    }

    /** Inserts the selected variable's map line after the last mapping of the connection's .twin file. */
    public void createMapping() {
        Optional<String> line = mappingLine();
        if (line.isEmpty()) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            ITextEditor editor = targetEditor(page);
            IDocument document = TwinEditing.document(editor);
            int at = TwinEditing.insertMapping(document, line.get());
            editor.selectAndReveal(at, line.get().length());
        } catch (PartInitException | BadLocationException | IllegalStateException e) {
            MessageDialog.openError(getSite().getShell(), "Create Mapping", "The mapping could not be written: "
                    + e.getMessage() + "\n\n" + line.get());
        }
    }

    /** The active .twin editor, else the file that maps this server (opened when needed). */
    private ITextEditor targetEditor(IWorkbenchPage page) throws PartInitException {
        IEditorPart active = page.getActiveEditor();
        if (active instanceof ITextEditor text && !SessionInputs.edited(active).isEmpty()) {
            return text;
        }
        List<Path> inputs = session.inputs();
        Optional<Path> file = session.model().stream().flatMap(m -> m.mappings().stream())
                .filter(m -> m.connection().equals(browsed)).map(MappedValue::origin)
                .map(o -> MappingOrigin.find(o, inputs)).flatMap(Optional::stream).map(MappingOrigin::file)
                .findFirst().or(() -> MappingOrigin.twinFiles(inputs).findFirst());
        return TwinEditing.open(page, file.orElseThrow(() -> new IllegalStateException(
                "no .twin file is open or commissioned; open the .twin file in the editor first")));
    }

    /** @return the tree, for tests and screenshots */
    public TreeViewer viewer() {
        return viewer;
    }

    /** @return the Objects folder's row once browsed; null before */
    public BrowserNode root() {
        return root;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        stopFollowing.run();
        if (session != null && refresh != null) {
            session.removeListener(refresh);
        }
        super.dispose();
    }
}
