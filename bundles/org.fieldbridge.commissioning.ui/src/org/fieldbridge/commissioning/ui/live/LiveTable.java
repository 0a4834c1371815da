/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fieldbridge.commissioning.live.LiveValue;

/**
 * The Live Values table: a virtual SWT table (only the rows on screen are filled, whatever the number of mappings)
 * over {@link LiveRows}. Its selection ({@link ISelectionProvider}) holds the selected rows' headless
 * {@link LiveValue}s, as of the last refresh; the selection follows the mappings, not the row positions, when values
 * are re-sorted.
 */
public final class LiveTable implements ISelectionProvider {

    private final Table table;
    private final LiveRows rows;
    private final QualityLook look;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private Set<String> selectedKeys = new LinkedHashSet<>();
    private List<LiveRow> displayed = List.of(); // the rows as of the last refresh: what the items show
    private Instant shownAt = Instant.now();
    private boolean fixWidened;

    /**
     * @param parent where the table goes
     * @param rows what it shows
     */
    public LiveTable(Composite parent, LiveRows rows) {
        this.rows = rows;
        this.table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        this.look = new QualityLook(parent.getDisplay());
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (LiveColumn column : LiveColumn.values()) {
            TableColumn header = new TableColumn(table, column == LiveColumn.VALUE || column == LiveColumn.AGE
                    ? SWT.RIGHT : SWT.LEFT);
            header.setText(column.label());
            header.setWidth(column.width());
            header.setMoveable(true);
            header.setData(column);
            header.addListener(SWT.Selection, e -> sortBy(header));
        }
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.Selection, e -> selectionChanged());
        table.addListener(SWT.Dispose, e -> look.dispose());
    }

    /** @return the table widget */
    public Table control() {
        return table;
    }

    private void sortBy(TableColumn header) {
        rows.sortBy((LiveColumn) header.getData());
        table.setSortColumn(header);
        table.setSortDirection(rows.ascending() ? SWT.UP : SWT.DOWN);
        refresh(shownAt);
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = event.index;
        List<LiveRow> shown = displayed;
        if (index < 0 || index >= shown.size()) {
            return;
        }
        LiveRow row = shown.get(index);
        LiveColumn[] columns = LiveColumn.values();
        String[] texts = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            texts[c] = columns[c].text(row, shownAt);
        }
        item.setText(texts);
        item.setImage(LiveColumn.QUALITY.ordinal(), look.dot(row.value().quality()));
        item.setForeground(LiveColumn.QUALITY.ordinal(), QualityLook.colour(row.value().quality()));
        item.setForeground(LiveColumn.VALUE.ordinal(), row.value().quality().isGood() ? null
                : QualityLook.colour(row.value().quality()));
        if (row.value().fix().isPresent()) {
            item.setForeground(LiveColumn.FIX.ordinal(), QualityLook.colour(org.fieldbridge.runtime.Quality.BAD));
        }
        item.setData(row);
    }

    /**
     * Shows the rows as they are now: the visible items are filled again when painted; the selection stays on the
     * same mappings.
     *
     * @param now the time ages are shown for
     */
    public void refresh(Instant now) {
        shownAt = now;
        List<LiveRow> shown = rows.shown();
        displayed = shown;
        table.setRedraw(false);
        try {
            table.setItemCount(shown.size());
            table.clearAll();
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < shown.size() && indices.size() < selectedKeys.size(); i++) {
                if (selectedKeys.contains(shown.get(i).key())) {
                    indices.add(i);
                }
            }
            table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
            widenFixColumn(shown);
        } finally {
            table.setRedraw(true);
        }
    }

    /** "Order found" is narrow while empty; the first time a wrong order is found it opens to show the fix. */
    private void widenFixColumn(List<LiveRow> shown) {
        if (!fixWidened && shown.stream().anyMatch(r -> r.value().fix().isPresent())) {
            fixWidened = true;
            table.getColumn(LiveColumn.FIX.ordinal()).setWidth(520);
        }
    }

    private void selectionChanged() {
        Set<String> keys = new LinkedHashSet<>();
        List<LiveRow> shown = displayed;
        for (int index : table.getSelectionIndices()) {
            if (index < shown.size()) {
                keys.add(shown.get(index).key());
            }
        }
        selectedKeys = keys;
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        listeners.forEach(l -> l.selectionChanged(event));
    }

    /** @return the selected rows, as of the last refresh */
    public List<LiveRow> selectedRows() {
        List<LiveRow> selected = new ArrayList<>();
        for (LiveRow row : displayed) {
            if (selectedKeys.contains(row.key())) {
                selected.add(row);
            }
        }
        return selected;
    }

    /**
     * Selects rows by their mappings' keys (as a click would, telling the selection listeners).
     *
     * @param keys {@link LiveRow#key()}s
     */
    public void select(Set<String> keys) {
        selectedKeys = new LinkedHashSet<>(keys);
        refresh(shownAt);
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        listeners.forEach(l -> l.selectionChanged(event));
    }

    /** @return the rows on screen now (the top row to the last fully or partly visible one) */
    public List<LiveRow> visibleRows() {
        List<LiveRow> shown = displayed;
        int top = table.getTopIndex();
        int height = table.getClientArea().height - table.getHeaderHeight();
        int count = Math.max(1, height / Math.max(1, table.getItemHeight()) + 1);
        return new ArrayList<>(shown.subList(Math.min(top, shown.size()), Math.min(top + count, shown.size())));
    }

    @Override
    public ISelection getSelection() {
        List<LiveValue> values = selectedRows().stream().map(LiveRow::value).toList();
        return new StructuredSelection(values);
    }

    @Override
    public void setSelection(ISelection selection) {
        Set<String> keys = new HashSet<>();
        if (selection instanceof StructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof LiveValue value) {
                    keys.add(LiveRow.keyOf(value));
                }
            }
        }
        select(keys);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
