/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fieldbridge.onboarding.ImportPreview;
import org.fieldbridge.onboarding.ReviewDecisions;
import org.fieldbridge.onboarding.suggest.Confidence;

/**
 * Page 2: every tag of the sources with what the importer suggests for it, to accept (check box) or reject, and
 * to correct (the name, quantity and unit cells are editable) before anything is written. Tags listed for review
 * come first and are not accepted until the engineer ticks them: a guess is never written unseen.
 */
public final class ReviewPage extends WizardPage {

    private static final int ADDRESS_COLUMN = 5;
    private static final int MAX_ADDRESS_WIDTH = 260;

    private CheckboxTableViewer viewer;
    private Label summary;
    private Text details;
    private ConfidenceIcons icons;
    private List<ReviewRow> rows = List.of();
    private ImportPreview preview;
    private final Runnable shown;

    /** @param shown called when the page is shown: the wizard reads the sources then, if they changed */
    ReviewPage(Runnable shown) {
        super("review");
        this.shown = shown;
        setTitle("Review the suggested signals");
        setDescription("Tick the tags to import; correct a name, quantity or unit by clicking its cell.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        icons = new ConfidenceIcons(parent.getDisplay());
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        viewer = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL
                | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(1000, 330).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column("Tag (HMI label)", 150, text(ReviewRow::tag), null);
        column("Suggested equipment.signal", 230, text(ReviewRow::name), ReviewCells.name(viewer, this::changed));
        column("Quantity", 115, text(ReviewRow::quantity), ReviewCells.quantity(viewer, this::changed));
        column("Unit", 55, text(ReviewRow::unit), ReviewCells.unit(viewer, this::changed));
        column("Data type", 80, text(ReviewRow::dataType), null);
        column("Address", 105, text(ReviewRow::address), null);
        column("Confidence", 105, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ReviewRow) element).confidenceWord();
            }

            @Override
            public Image getImage(Object element) {
                return icons.of(((ReviewRow) element).confidence());
            }
        }, null);
        column("Reason", 420, text(ReviewRow::reason), null);
        viewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return ((ReviewRow) element).accepted();
            }

            @Override
            public boolean isGrayed(Object element) {
                return !((ReviewRow) element).mappable();
            }
        });
        viewer.addCheckStateListener(event -> {
            ReviewRow row = (ReviewRow) event.getElement();
            row.accept(event.getChecked());
            if (!row.mappable()) {
                viewer.setChecked(row, false);
            }
            changed();
        });
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        button(buttons, "Accept all &high confidence", () -> acceptWhere(r -> r.confidence() == Confidence.HIGH));
        button(buttons, "&Accept all", () -> acceptWhere(r -> true));
        button(buttons, "&Reject all", () -> rows.forEach(r -> r.accept(false)));
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        // the whole reason of the selected tag: the column is too narrow for most of them
        details = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(1000, 48).applyTo(details);
        details.setMessage("Select a tag to read why it is suggested so.");
        viewer.addSelectionChangedListener(event -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            details.setText(first instanceof ReviewRow row ? row.tag() + " (" + row.origin() + "): "
                    + row.reason() : "");
        });
        page.addDisposeListener(e -> icons.dispose());
        setControl(page);
    }

    private void acceptWhere(java.util.function.Predicate<ReviewRow> which) {
        rows.stream().filter(which).forEach(r -> r.accept(true));
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            action.run();
            viewer.refresh();
            changed();
        });
    }

    private static ColumnLabelProvider text(java.util.function.Function<ReviewRow, String> value) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return value.apply((ReviewRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                ReviewRow row = (ReviewRow) element;
                return row.tag() + " (" + row.origin() + "): " + row.reason();
            }
        };
    }

    private void column(String title, int width, ColumnLabelProvider labels,
            org.eclipse.jface.viewers.EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            shown.run();
        }
    }

    /** Shows the tags of a read import; null: none (reading failed). */
    void show(ImportPreview read) {
        preview = read;
        rows = read == null ? List.of() : ReviewRow.of(read.plan());
        viewer.setInput(rows);
        fitAddresses();
        if (!rows.isEmpty()) {
            viewer.reveal(rows.get(0));
        }
        changed();
    }

    /** NodeIds are longer than Modbus addresses: the column grows to show them (up to a limit), never shrinks. */
    private void fitAddresses() {
        org.eclipse.swt.widgets.TableColumn column = viewer.getTable().getColumn(ADDRESS_COLUMN);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
        try {
            int widest = 0;
            for (ReviewRow row : rows.subList(0, Math.min(rows.size(), 500))) {
                widest = Math.max(widest, gc.textExtent(row.address()).x);
            }
            column.setWidth(Math.max(column.getWidth(), Math.min(widest + 16, MAX_ADDRESS_WIDTH)));
        } finally {
            gc.dispose();
        }
    }

    /** Checks the decisions as they stand and says what Finish will do. */
    void changed() {
        if (preview == null) {
            summary.setText("");
            setPageComplete(false);
            return;
        }
        long accepted = rows.stream().filter(ReviewRow::accepted).count();
        long listed = rows.stream().filter(ReviewRow::listedForReview).count();
        long notMapped = rows.stream().filter(r -> !r.mappable()).count();
        summary.setText(accepted + " of " + rows.size() + " tags accepted; " + listed + " listed for review"
                + (notMapped > 0 ? " (" + notMapped + " cannot be mapped)" : "") + ". Rejected tags are listed in "
                + "the .twin, not mapped.");
        summary.getParent().layout(true);
        try {
            preview.plan().reviewed(decisions());
            setErrorMessage(accepted == 0 ? "No tag is accepted: tick the tags to import" : null);
            setPageComplete(accepted > 0);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
        }
    }

    /** @return the engineer's decisions as the rows stand */
    ReviewDecisions decisions() {
        ReviewDecisions decisions = ReviewDecisions.none();
        rows.forEach(row -> row.decide(decisions));
        return decisions;
    }

    /** @return the previewed import, null before the sources are read */
    ImportPreview preview() {
        return preview;
    }

    /** @return the table, for tests */
    public CheckboxTableViewer viewer() {
        return viewer;
    }
}
