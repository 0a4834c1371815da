/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The hover's window over a problem: the message, then each quick fix as a link that applies it
 * ({@link ProblemHover.Info}); any other input is shown as plain text. Moving the mouse into the hover keeps
 * it open (the "enriched" variant, the same control), so the links can be clicked.
 */
public final class ProblemInformationControl extends AbstractInformationControl
        implements IInformationControlExtension2 {

    private static final int MESSAGE_WIDTH = 80;
    private static final int MAX_WIDTH = 700;

    private Composite content;
    private boolean hasContents;
    private final List<Link> fixLinks = new ArrayList<>();

    private ProblemInformationControl(Shell parent, boolean enriched) {
        super(parent, enriched ? null : EditorsUI.getTooltipAffordanceString());
        create();
    }

    /**
     * @param enriched whether the control is the one the mouse moved into (no affordance text then)
     * @return a creator of the control
     */
    static IInformationControlCreator creator(boolean enriched) {
        return parent -> new ProblemInformationControl(parent, enriched);
    }

    @Override
    protected void createContent(Composite parent) {
        content = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 6;
        layout.marginHeight = 4;
        content.setLayout(layout);
        content.setBackground(parent.getBackground());
        content.setForeground(parent.getForeground());
    }

    @Override
    public void setInput(Object input) {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        fixLinks.clear();
        hasContents = input != null;
        if (input instanceof ProblemHover.Info info) {
            for (String problem : info.problems()) {
                label(ProblemHover.wrap(problem, MESSAGE_WIDTH));
            }
            label(info.fixes().isEmpty() ? "No quick fix for this problem."
                    : info.fixes().size() == 1 ? "1 quick fix available:" : info.fixes().size() + " quick fixes available:");
            for (CodeActionProposal fix : info.fixes()) {
                Link link = new Link(content, SWT.NONE);
                link.setText("    <a>" + fix.getDisplayString().replace("&", "&&") + "</a>");
                link.setBackground(content.getBackground());
                link.addListener(SWT.Selection, event -> {
                    fix.apply(info.document());
                    dispose();
                });
                fixLinks.add(link);
            }
        } else if (input != null) {
            label(input.toString());
        }
    }

    private void label(String text) {
        Label label = new Label(content, SWT.WRAP);
        label.setText(text);
        label.setBackground(content.getBackground());
        label.setForeground(content.getForeground());
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** @return the links of the quick fixes shown, in order (tests click them) */
    public List<Link> fixLinks() {
        return List.copyOf(fixLinks);
    }

    @Override
    public boolean hasContents() {
        return hasContents;
    }

    @Override
    public Point computeSizeHint() {
        Point size = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        return new Point(Math.min(size.x, MAX_WIDTH), size.y);
    }

    @Override
    public IInformationControlCreator getInformationPresenterControlCreator() {
        return creator(true);
    }

    @Override
    public void setFocus() {
        super.setFocus();
        if (!fixLinks.isEmpty()) {
            fixLinks.get(0).setFocus();
        }
    }
}
