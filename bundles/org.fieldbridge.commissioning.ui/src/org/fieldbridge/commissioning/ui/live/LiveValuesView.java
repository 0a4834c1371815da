/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.session.SessionFollower;
import org.fieldbridge.commissioning.ui.trend.TrendPanel;
import org.fieldbridge.commissioning.ui.verify.EvidenceStates;
import org.fieldbridge.commissioning.ui.verify.VerifyAction;

/**
 * Live Values: every mapping of the window's commissioning session read live through the runtime's acquisition and
 * conditioning (signal, HMI tag, address, raw, value, unit, quality, source time, age, verification, a wrong byte or
 * word order found), filtered and sorted, with the trend of the selected rows below. The polls run in a Job
 * ({@link LiveFeed}); the UI thread takes at most one refresh per frame ({@link FrameCoalescer}) and fills only
 * the rows on screen.
 */
public final class LiveValuesView extends ViewPart {

    /** The view's id, also the id of its context menu ({@code popup:org.fieldbridge.commissioning.ui.liveValues}). */
    public static final String ID = "org.fieldbridge.commissioning.ui.liveValues";

    private final LiveRows rows = new LiveRows();
    private final List<Consumer<LiveValuesView>> refreshListeners = new CopyOnWriteArrayList<>();
    private CommissioningSession session;
    private LiveFeed feed;
    private EvidenceStates evidence;
    private LiveTable table;
    private TrendPanel trend;
    private Label status;
    private Text filter;
    private Combo rateChoice;
    private FrameCoalescer<LiveSnapshot> coalescer;
    private Runnable unsubscribe = () -> { };
    private Runnable stopFollowing = () -> { };
    private boolean attached;
    private final CommissioningSession.Listener sessionListener = (s, change) -> statusChanged();
    private final Runnable evidenceListener = this::evidenceChanged;
    private VerifyAction verify;
    private String message = "";
    private LiveSnapshot shown = LiveSnapshot.EMPTY;
    private long longestRefreshNanos;

    @Override
    public void createPartControl(Composite parent) {
        session = CommissioningSession.of(getSite().getWorkbenchWindow());
        feed = LiveFeeds.of(session);
        evidence = EvidenceStates.of(session);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite bar = createBar(parent);
        status = new Label(parent, SWT.WRAP); // two lines when a wrong order or an error has to be read
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).hint(200, SWT.DEFAULT).applyTo(status);
        // table and trend side by side: the view usually sits in the wide, short area below the editors
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new LiveTable(sash, rows);
        trend = new TrendPanel(sash);
        trend.createWindowChoice(bar);
        sash.setWeights(66, 34);
        getSite().setSelectionProvider(table);
        table.addSelectionChangedListener(e -> trend.follow(table.selectedRows(), Instant.now()));
        createMenus();
        coalescer = new FrameCoalescer<>(parent.getDisplay(), this::show);
        stopFollowing = CommissioningSession.follow(getSite().getWorkbenchWindow(),
                SessionFollower.onUiThread(table.control(), this::attach));
    }

    /**
     * Shows a session's feed and evidence: the window's first, or the session that replaced it when it was disposed
     * (UI thread); the read period chosen stays.
     */
    private void attach(CommissioningSession next) {
        if (next == session && attached) {
            return;
        }
        boolean replacing = attached;
        unsubscribe.run();
        session.removeListener(sessionListener);
        evidence.removeListener(evidenceListener);
        session = next;
        feed = LiveFeeds.of(next);
        evidence = EvidenceStates.of(next);
        if (replacing) {
            feed.setRate(PollRate.all().get(rateChoice.getSelectionIndex()));
        }
        session.addListener(sessionListener);
        evidence.addListener(evidenceListener);
        unsubscribe = feed.subscribe(this::prepare); // on the polling Job's thread
        attached = true;
        prepare(feed.latest());
    }

    private Composite createBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: signal, HMI tag, connection, address, unit or quality");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> {
            rows.filter(filter.getText());
            table.refresh(Instant.now());
        });
        new Label(bar, SWT.NONE).setText("Read every");
        rateChoice = new Combo(bar, SWT.READ_ONLY);
        PollRate.all().forEach(r -> rateChoice.add(r.label()));
        rateChoice.select(feed.rate().ordinal());
        rateChoice.setToolTipText("How often every connected mapping is read (each read goes to the controllers)");
        rateChoice.addListener(SWT.Selection, e -> setRate(PollRate.all().get(rateChoice.getSelectionIndex())));
        new Label(bar, SWT.NONE).setText("Trend over");
        return bar;
    }

    private void createMenus() {
        verify = new VerifyAction(this::selectedValue, () -> evidence, () -> getSite().getShell(),
                this::report);
        MenuManager menu = new MenuManager("#LiveValues", ID);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> fillContextMenu(m, verify));
        table.control().setMenu(menu.createContextMenu(table.control()));
        getSite().registerContextMenu(ID, menu, table);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        Action pause = new Action("Pause", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                feed.setPaused(isChecked());
                statusChanged();
            }
        };
        pause.setToolTipText("Pause reading (the values shown stay)");
        pause.setChecked(feed.paused());
        toolbar.add(pause);
        toolbar.add(verify);
    }

    private void fillContextMenu(IMenuManager menu, VerifyAction verify) {
        verify.setEnabled(selectedValue() != null);
        menu.add(verify);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private LiveValue selectedValue() {
        List<LiveRow> selected = table.selectedRows();
        return selected.size() == 1 ? selected.get(0).value() : null;
    }

    private void report(String text) {
        message = text;
        getViewSite().getActionBars().getStatusLineManager().setMessage(text);
        updateStatus();
    }

    /** Prepares a poll's rows (any thread but the UI's: filtering and sorting a thousand rows) and offers it. */
    private void prepare(LiveSnapshot snapshot) {
        trend.history().add(snapshot);
        rows.update(snapshot, v -> evidence.statusOf(v.mapping().connection(), v.mapping().signal()));
        coalescer.offer(snapshot);
    }

    /** Shows a poll: on the UI thread, at most once per frame. */
    private void show(LiveSnapshot snapshot) {
        if (table.control().isDisposed()) {
            return;
        }
        long start = System.nanoTime();
        shown = snapshot;
        Instant now = Instant.now();
        table.refresh(now);
        trend.refresh(table.selectedRows(), now);
        updateStatus();
        longestRefreshNanos = Math.max(longestRefreshNanos, System.nanoTime() - start);
        refreshListeners.forEach(l -> l.accept(this));
    }

    /** @return the longest time one refresh kept the UI thread so far (the table is painted afterwards), then reset */
    public java.time.Duration takeLongestRefresh() {
        java.time.Duration longest = java.time.Duration.ofNanos(longestRefreshNanos);
        longestRefreshNanos = 0;
        return longest;
    }

    private void statusChanged() {
        Display display = status.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!status.isDisposed()) {
                    updateStatus();
                }
            });
        }
    }

    private void evidenceChanged() {
        LiveSnapshot latest = feed.latest();
        rows.update(latest, v -> evidence.statusOf(v.mapping().connection(), v.mapping().signal()));
        coalescer.offer(latest);
    }

    private void updateStatus() {
        String text = LiveStatusLine.of(session, shown, feed, rows.shown().size(), message);
        if (!text.equals(status.getText())) {
            status.setText(text);
            status.getParent().layout(true);
        }
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    /**
     * @param listener told on the UI thread after every refresh of the table (benchmarks, tests)
     * @return what removes it again
     */
    public Runnable onRefresh(Consumer<LiveValuesView> listener) {
        refreshListeners.add(listener);
        return () -> refreshListeners.remove(listener);
    }

    /**
     * Reads at another rate (what choosing it in the view does).
     *
     * @param rate how often to read
     */
    public void setRate(PollRate rate) {
        rateChoice.select(rate.ordinal());
        feed.setRate(rate);
        updateStatus();
    }

    /** @return the table */
    public LiveTable table() {
        return table;
    }

    /** @return the trend below the table */
    public TrendPanel trend() {
        return trend;
    }

    /** @return "Verify..." (toolbar and context menu) */
    public VerifyAction verifyAction() {
        return verify;
    }

    /** @return the filter field */
    public Text filter() {
        return filter;
    }

    /** @return the feed the view shows */
    public LiveFeed feed() {
        return feed;
    }

    /** @return the poll shown last */
    public LiveSnapshot shown() {
        return shown;
    }

    @Override
    public void dispose() {
        stopFollowing.run();
        unsubscribe.run();
        if (session != null) {
            session.removeListener(sessionListener);
        }
        if (evidence != null) {
            evidence.removeListener(evidenceListener);
        }
        super.dispose();
    }
}
