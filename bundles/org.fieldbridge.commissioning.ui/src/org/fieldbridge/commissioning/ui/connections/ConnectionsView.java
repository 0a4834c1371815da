/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.connections;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.LinkState;
import org.fieldbridge.commissioning.connect.LinkStatus;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.session.SessionFollower;
import org.fieldbridge.commissioning.ui.session.SessionInputs;
import org.fieldbridge.commissioning.ui.session.SessionRefresh;

/**
 * One row per connection of the commissioned .twin files: name, kind, where, state (dot and word), round trip and
 * the last error with its time; Connect, Disconnect and Connect All run in Jobs. The selection holds the headless
 * {@link Controller} records; the context menu {@value #ID} is open for contributions (Allow Writes).
 */
public final class ConnectionsView extends ViewPart {

    /** The view's id, also the id of its context menu. */
    public static final String ID = "org.fieldbridge.commissioning.ui.connections";

    private CommissioningSession session;
    private ConnectionJobs jobs;
    private StateIcons icons;
    private Label summary;
    private TableViewer viewer;
    private volatile SessionRefresh refresh;
    private Action connect;
    private Action disconnect;
    private Action connectAll;
    private Runnable stopFollowing = () -> { };

    @Override
    public void createPartControl(Composite parent) {
        // the window's session now (actions ask it while being created); attach() replaces it when it is disposed
        session = CommissioningSession.of(getSite().getWorkbenchWindow());
        icons = new StateIcons(parent.getDisplay());
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        columns();
        createActions();
        getSite().setSelectionProvider(viewer);
        viewer.addSelectionChangedListener(e -> updateActions());
        viewer.addDoubleClickListener(e -> connect.run());
        refresh = new SessionRefresh(viewer.getControl(), this::show);
        stopFollowing = CommissioningSession.follow(getSite().getWorkbenchWindow(),
                SessionFollower.onUiThread(viewer.getControl(), this::attach));
        if (session.inputs().isEmpty()) {
            List<java.nio.file.Path> inputs = SessionInputs.of(getSite().getWorkbenchWindow());
            if (!inputs.isEmpty()) {
                session.open(inputs);
            }
        }
        show();
    }

    /** Shows a session: the window's first, or the one that replaced it when it was disposed (UI thread). */
    private void attach(CommissioningSession next) {
        if (session != null) {
            session.removeListener(refresh);
        }
        session = next;
        jobs = new ConnectionJobs(next, () -> {
            if (refresh != null) {
                refresh.sessionChanged(next, CommissioningSession.Change.STATUS);
            }
        });
        next.addListener(refresh);
        show();
        updateActions();
    }

    private void columns() {
        // state, round trip and error first: the view is narrow beside the editor, and they are what changes
        column("Connection", 95, Controller::name, null);
        column("State", 115, c -> ConnectionLabels.state(status(c), jobs.connecting(c.name())),
                c -> icons.image(ConnectionLabels.look(status(c), jobs.connecting(c.name()))));
        column("Round trip", 90, c -> ConnectionLabels.roundTrip(status(c)), null);
        column("Last error", 330, c -> ConnectionLabels.lastError(status(c)), null);
        column("Where", 330, ConnectionLabels::where, null);
        column("Kind", 85, ConnectionLabels::kind, null);
    }

    private void column(String title, int width, Function<Controller, String> text, Function<Controller, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Controller) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((Controller) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply((Controller) element);
            }
        });
    }

    private LinkStatus status(Controller controller) {
        return session.status(controller.name()).orElse(new LinkStatus(controller.name(), controller.where(),
                LinkState.DISCONNECTED, java.time.Duration.ZERO, null, null));
    }

    private void createActions() {
        connect = new Action("Connect") {
            @Override
            public void run() {
                jobs.connect(selectedNames());
                show();
            }
        };
        connect.setToolTipText("Connect to the selected controllers (read only)");
        disconnect = new Action("Disconnect") {
            @Override
            public void run() {
                jobs.disconnect(selectedNames());
            }
        };
        disconnect.setToolTipText("Close the connections to the selected controllers");
        connectAll = new Action("Connect All") {
            @Override
            public void run() {
                jobs.connect(session.controllers().stream().map(Controller::name).toList());
                show();
            }
        };
        connectAll.setToolTipText("Connect to every controller of the commissioned files");
        Action open = new Action("Open") {
            @Override
            public void run() {
                List<java.nio.file.Path> inputs = SessionInputs.of(getSite().getWorkbenchWindow());
                if (inputs.isEmpty()) {
                    session.reload();
                } else {
                    session.open(inputs);
                }
            }
        };
        open.setToolTipText("Commission the .twin file in the editor (or the folder or file selected in the Project"
                + " Explorer); loads it again when nothing else is chosen");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(open);
        toolbar.add(new Separator());
        toolbar.add(connect);
        toolbar.add(disconnect);
        toolbar.add(connectAll);
        MenuManager menu = new MenuManager("#PopupMenu", ID);
        menu.add(connect);
        menu.add(disconnect);
        menu.add(connectAll);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(ID, menu, viewer);
        updateActions();
    }

    private List<String> selectedNames() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream()
                .map(o -> ((Controller) o).name()).toList();
    }

    private void updateActions() {
        boolean selected = !viewer.getSelection().isEmpty();
        connect.setEnabled(selected);
        disconnect.setEnabled(selected);
        connectAll.setEnabled(!session.controllers().isEmpty());
    }

    /** Shows the session as it is now (UI thread). */
    private void show() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Controller> controllers = session.controllers();
        if (!controllers.equals(viewer.getInput())) {
            viewer.setInput(controllers);
        } else {
            viewer.refresh(true);
        }
        summary.setText(summaryText(controllers));
        summary.getParent().layout(true);
        updateActions();
    }

    private String summaryText(List<Controller> controllers) {
        if (session.loading()) {
            return "Loading " + session.describeInputs() + "\u2026";
        }
        if (session.problem() != null) {
            return session.problem();
        }
        if (session.inputs().isEmpty()) {
            return "Nothing to commission yet: open a .twin file in the editor (or select its folder in the Project"
                    + " Explorer) and press Open.";
        }
        long connected = session.statuses().stream().filter(s -> s.state() == LinkState.CONNECTED).count();
        return "Commissioning " + session.describeInputs() + ": " + controllers.size() + " connections, " + connected
                + " connected.";
    }

    /** @return the table, for tests and screenshots */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return the Jobs this view connects with */
    public ConnectionJobs jobs() {
        return jobs;
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
        if (icons != null) {
            icons.dispose();
        }
        super.dispose();
    }
}
