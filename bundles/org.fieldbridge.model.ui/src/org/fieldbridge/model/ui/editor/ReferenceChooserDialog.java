/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.SearchPattern;
import org.fieldbridge.model.plant.NamedElement;

/**
 * Chooses the object a reference points to, as the IDE's Open Resource dialog chooses a file: a filter
 * text over a list of the candidates with their icons and labels, narrowed as one types. The filter
 * matches anywhere in the label, the qualified name and the object's other texts (an instrument's tag,
 * a unit's code), case-insensitively; {@code *} and {@code ?} are wildcards. An optional reference
 * offers "(none)" first. Enter or a double click chooses the selected candidate.
 */
public class ReferenceChooserDialog extends Dialog {

    /** What the list shows for "no object": the reference is cleared. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "(none)";
        }
    };

    private final String title;
    private final List<Object> candidates;
    private final ILabelProvider labels;
    private final Object initial;
    private Text filter;
    private TableViewer list;
    private Label details;
    private Object chosen;

    /**
     * @param shell      the parent shell
     * @param title      what is chosen, such as "Instrument of BathTemp"
     * @param candidates the objects that may be chosen, in the order to show
     * @param optional   whether "(none)" is offered
     * @param labels     texts and icons of the candidates
     * @param initial    the object chosen now, selected when the dialog opens (null: none)
     */
    public ReferenceChooserDialog(Shell shell, String title, List<?> candidates, boolean optional,
            ILabelProvider labels, Object initial) {
        super(shell);
        this.title = title;
        this.candidates = new ArrayList<>();
        if (optional) {
            this.candidates.add(NONE);
        }
        candidates.stream().filter(c -> c != null).forEach(this.candidates::add);
        this.labels = labels;
        this.initial = initial == null ? NONE : initial;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(560, 480);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).verticalSpacing = 6;
        new Label(area, SWT.NONE).setText("&Type a name, tag or code (* = any text, ? = any character):");
        filter = new Text(area, SWT.SINGLE | SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        new Label(area, SWT.NONE).setText("&Matching items:");
        list = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list.getControl());
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NONE ? NONE.toString() : labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return element == NONE ? null : labels.getImage(element);
            }
        });
        list.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return matches(filter.getText(), element);
            }
        });
        list.setInput(candidates);
        details = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
        filter.addModifyListener(e -> refilter());
        filter.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT) { // arrow down from the filter walks the list
                list.getControl().setFocus();
            }
        });
        list.addSelectionChangedListener(e -> selectionChanged());
        list.addDoubleClickListener(e -> okPressed());
        list.setSelection(new StructuredSelection(initial), true);
        selectionChanged();
        return area;
    }

    /** Filters the list by the text typed, keeping a candidate selected so that Enter chooses it. */
    private void refilter() {
        list.refresh();
        Object selected = list.getStructuredSelection().getFirstElement();
        if (selected == null && list.getTable().getItemCount() > 0) {
            list.setSelection(new StructuredSelection(list.getElementAt(0)), true);
        }
        selectionChanged();
    }

    private void selectionChanged() {
        Object selected = list.getStructuredSelection().getFirstElement();
        details.setText(selected == null ? "Nothing matches \u201c" + filter.getText() + "\u201d"
                : selected == NONE ? "Clears the reference" : describe(selected));
        Control ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(selected != null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        selectionChanged();
    }

    @Override
    protected void okPressed() {
        Object selected = list.getStructuredSelection().getFirstElement();
        if (selected == null) {
            return;
        }
        chosen = selected;
        super.okPressed();
    }

    /** @return the object chosen, or {@link #NONE}; null when the dialog was cancelled */
    public Object chosen() {
        return chosen;
    }

    /** @return the filter text field */
    public Text filterText() {
        return filter;
    }

    /** @return the list of matching candidates */
    public TableViewer matches() {
        return list;
    }

    /** @return whether {@code candidate} matches the filter text {@code pattern} */
    boolean matches(String pattern, Object candidate) {
        String wanted = pattern.strip();
        if (wanted.isEmpty()) {
            return true;
        }
        if (candidate == NONE) {
            return NONE.toString().contains(wanted.toLowerCase(Locale.ROOT));
        }
        SearchPattern wildcard = new SearchPattern(SearchPattern.RULE_PATTERN_MATCH);
        wildcard.setPattern("*" + wanted + "*");
        String lower = wanted.toLowerCase(Locale.ROOT);
        for (String text : texts(candidate)) {
            if (text.toLowerCase(Locale.ROOT).contains(lower) || wildcard.matches(text)) {
                return true;
            }
        }
        return false;
    }

    private List<String> texts(Object candidate) {
        List<String> texts = new ArrayList<>();
        texts.add(labels.getText(candidate));
        if (candidate instanceof NamedElement named && named.qualifiedName() != null) {
            texts.add(named.qualifiedName());
        }
        if (candidate instanceof EObject object) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (!attribute.isMany() && object.eGet(attribute) instanceof String text) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private String describe(Object selected) {
        StringBuilder text = new StringBuilder();
        if (selected instanceof NamedElement named) {
            text.append(named.qualifiedName());
            if (named.getDisplayName() != null) {
                text.append(" \u2014 ").append(named.getDisplayName());
            }
        } else {
            text.append(labels.getText(selected));
        }
        if (selected instanceof org.fieldbridge.model.plant.Instrument instrument) { // what is on the device's plate
            List<String> plate = new ArrayList<>();
            for (String part : new String[] { instrument.getTag(), instrument.getManufacturer(), instrument.getModel() }) {
                if (part != null) {
                    plate.add(part);
                }
            }
            if (!plate.isEmpty()) {
                text.append(" \u2014 ").append(String.join(", ", plate));
            }
        }
        return text.toString();
    }
}
