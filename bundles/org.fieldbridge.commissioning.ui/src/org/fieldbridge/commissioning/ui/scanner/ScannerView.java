/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.scanner;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.session.SessionFollower;
import org.fieldbridge.commissioning.ui.session.SessionRefresh;
import org.fieldbridge.runtime.register.RegisterArea;

/**
 * Reads a register range (any table, any unit id) in a Job and lists every decoding, best first for the plant
 * signal and the value the HMI shows; Apply to Mapping writes the chosen decoding's type and byte/word order into
 * the mapping in the .twin editor. Opened prefilled from a mapping by the editor's "Scan Registers".
 */
public final class ScannerView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.fieldbridge.commissioning.ui.scanner";
    private static final String[] TABLES = { "holding", "input", "coil", "discrete" };

    private CommissioningSession session;
    private SessionRefresh refresh;
    private Combo connection;
    private Text unitId;
    private Combo table;
    private Text address;
    private Spinner count;
    private Text expected;
    private Combo signal;
    private Button scan;
    private Button apply;
    private Label summary;
    private TableViewer results;
    private ScanOutcome outcome;
    private Runnable stopFollowing = () -> { };

    @Override
    public void createPartControl(Composite parent) {
        // the window's session now (actions ask it while being created); attach() replaces it when it is disposed
        session = CommissioningSession.of(getSite().getWorkbenchWindow());
        // two rows of fields, so that the ranked decodings get the height of the view
        parent.setLayout(new GridLayout(1, false));
        Composite where = row(parent, 8);
        connection = new Combo(labelled(where, "Connection:"), SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(connection);
        connection.addListener(SWT.Selection, e -> showSignals());
        unitId = new Text(labelled(where, "Unit id:"), SWT.BORDER);
        unitId.setMessage("as mapped");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(unitId);
        table = new Combo(labelled(where, "Table:"), SWT.READ_ONLY);
        table.setItems(TABLES);
        table.select(0);
        address = new Text(labelled(where, "Address:"), SWT.BORDER);
        address.setMessage("4x0003, holding 40023, input 3");
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(address);
        Composite what = row(parent, 8);
        signal = new Combo(labelled(what, "Signal:"), SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(signal);
        signal.setToolTipText("The plant signal expected here; empty: the mapping at the address");
        expected = new Text(labelled(what, "HMI shows:"), SWT.BORDER);
        expected.setMessage("value on the HMI");
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(expected);
        count = new Spinner(labelled(what, "Count:"), SWT.BORDER);
        count.setValues(4, 1, 125, 0, 1, 4);
        scan = new Button(what, SWT.PUSH);
        scan.setText("Scan");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(scan);
        scan.addListener(SWT.Selection, e -> scan());
        apply = new Button(what, SWT.PUSH);
        apply.setText("Apply to Mapping");
        apply.addListener(SWT.Selection, e -> applySelected());
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        results = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        columns();
        results.addSelectionChangedListener(e -> updateApply());
        results.addDoubleClickListener(e -> applySelected());
        getSite().setSelectionProvider(results);
        refresh = new SessionRefresh(results.getControl(), this::showConnections);
        stopFollowing = CommissioningSession.follow(getSite().getWorkbenchWindow(),
                SessionFollower.onUiThread(results.getControl(), this::attach));
    }

    /** Shows a session: the window's first, or the one that replaced it when it was disposed (UI thread). */
    private void attach(CommissioningSession next) {
        if (session != null) {
            session.removeListener(refresh);
        }
        session = next;
        next.addListener(refresh);
        showConnections();
        updateApply();
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    private static Composite labelled(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
        return parent;
    }

    private void columns() {
        column("Order", 55, d -> d.decoding().order());
        column("Type", 70, d -> d.decoding().typeName());
        column("Raw", 110, RankedDecoding::raw);
        column("Value", 130, this::value);
        column("Plausibility", 260, RankedDecoding::note);
        column(".twin options", 330, RankedDecoding::twinOptions);
    }

    private String value(RankedDecoding decoding) {
        if (decoding.decoding().value() instanceof String text) {
            return "\"" + text + "\"";
        }
        String unit = outcome == null || outcome.mapping() == null ? "" : outcome.mapping().unit();
        return org.fieldbridge.commissioning.Numbers.text(decoding.engineering()) + (unit.isEmpty() ? "" : " " + unit);
    }

    private void column(String title, int width, Function<RankedDecoding, String> text) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RankedDecoding) element);
            }

            @Override
            public Color getForeground(Object element) {
                RankedDecoding d = (RankedDecoding) element;
                return d.plausible() && d.inRange() ? null
                        : results.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
        });
    }

    private void showConnections() {
        if (connection.isDisposed()) {
            return;
        }
        List<String> names = session.controllers().stream().filter(Controller.Modbus.class::isInstance)
                .map(Controller::name).toList();
        if (!names.equals(List.of(connection.getItems()))) {
            String selected = connection.getText();
            connection.setItems(names.toArray(String[]::new));
            connection.select(Math.max(0, names.indexOf(selected)));
            showSignals();
        }
        if (outcome == null) {
            summary.setText(names.isEmpty() ? "Open .twin files with a Modbus connection in the Connections view, or"
                    + " choose Scan Registers on a mapping in the .twin editor."
                    : "Type the address as a mapping writes it, and the value the HMI shows if you know it; Scan"
                            + " reads the registers once (nothing is written).");
        }
        updateApply();
    }

    private void showSignals() {
        String typed = signal.getText();
        List<String> names = session.model().map(m -> m.mappings().stream()
                .filter(v -> v.isModbus() && v.connection().equals(connection.getText())).map(ScannerView::shortName)
                .toList()).orElse(List.of());
        signal.setItems(names.toArray(String[]::new));
        signal.setText(typed);
    }

    /** The signal as engineers read it: from the equipment down, as .twin files write it. */
    static String shortName(MappedValue mapping) {
        String[] parts = mapping.signal().split("\\.");
        int from = Math.min(4, Math.max(0, parts.length - 2));
        return String.join(".", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }

    /**
     * Fills the fields from a mapping (as Scan Registers in the editor does) and scans.
     *
     * @param mapping a Modbus mapping of the session's model
     */
    public void prefill(MappedValue mapping) {
        connection.setText(mapping.connection());
        showSignals();
        unitId.setText(Integer.toString(mapping.address().unitId()));
        table.select(List.of(RegisterArea.HOLDING_REGISTER, RegisterArea.INPUT_REGISTER, RegisterArea.COIL,
                RegisterArea.DISCRETE_INPUT).indexOf(mapping.address().area()));
        address.setText(mapping.written());
        int registers = mapping.address().type().registerCount();
        count.setSelection(mapping.address().area().isBits() ? 1 : Math.max(registers, Math.min(4, registers * 2)));
        signal.setText(shortName(mapping));
        expected.setText("");
        scan();
    }

    /** Scans with the fields' values, in a Job. */
    public void scan() {
        Integer unit;
        try {
            unit = unitId.getText().isBlank() ? null : Integer.valueOf(unitId.getText().strip());
        } catch (NumberFormatException e) {
            summary.setText("Unit id '" + unitId.getText() + "' is not a number (0 .. 255).");
            return;
        }
        ScanRequest request = new ScanRequest(connection.getText(), table.getText().toLowerCase(Locale.ROOT), unit,
                address.getText(), count.getSelection(), expected.getText(), signal.getText());
        summary.setText("Scanning " + request.connection() + " " + request.spelledAddress() + "\u2026");
        scan.setEnabled(false);
        new RegisterScanJob(session, request, done -> results.getControl().getDisplay().asyncExec(() -> show(done)))
                .schedule();
    }

    private void show(ScanOutcome done) {
        if (results.getControl().isDisposed()) {
            return;
        }
        scan.setEnabled(true);
        outcome = done;
        summary.setText(done.summary());
        results.setInput(done.ok() ? done.result().ranked() : List.of());
        if (done.ok() && !done.result().ranked().isEmpty()) {
            results.setSelection(new StructuredSelection(done.result().ranked().get(0)), true);
        }
        summary.getParent().layout(true);
        updateApply();
    }

    private void updateApply() {
        RankedDecoding selected = selected();
        apply.setEnabled(selected != null && outcome != null && outcome.mapping() != null
                && selected.decoding().isRunnable());
        apply.setToolTipText(outcome == null || outcome.mapping() == null
                ? "Scan a mapped address (or name the signal) to write a decoding into its mapping"
                : "Write the selected decoding into " + outcome.mapping().origin());
    }

    private RankedDecoding selected() {
        return (RankedDecoding) ((IStructuredSelection) results.getSelection()).getFirstElement();
    }

    /** Writes the selected decoding into the scanned mapping in the .twin editor (one undoable change). */
    public void applySelected() {
        RankedDecoding decoding = selected();
        if (decoding == null || outcome == null || outcome.mapping() == null) {
            return;
        }
        try {
            summary.setText(ApplyToMapping.apply(getSite().getPage(), outcome.mapping(), session.inputs(), decoding));
        } catch (IllegalStateException e) {
            summary.setText("Not applied: " + e.getMessage());
        }
        summary.getParent().layout(true);
    }

    /** @return the results table, for tests and screenshots */
    public TableViewer results() {
        return results;
    }

    /** @return the last scan's outcome; null before the first */
    public ScanOutcome outcome() {
        return outcome;
    }

    /** @return the one-line summary shown above the results */
    public String summary() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        address.setFocus();
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
