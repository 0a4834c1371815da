/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.fieldbridge.ui.ProductHome;

/**
 * The platform's project page (name, location) with the choice of what the project starts with: nothing,
 * or a copy of the Riverside example's plant and .twin file.
 */
public class PlantProjectPage extends WizardNewProjectCreationPage {

    private final Optional<Path> example;
    private Button empty;
    private Button fromExample;

    PlantProjectPage() {
        super("plantProject");
        setTitle("Fieldbridge plant project");
        setDescription("A project for a plant model (.plant) and its mappings (.twin), checked as you save.");
        example = ProductHome.example().filter(f -> Files.isRegularFile(f.resolve("riverside.plant")));
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        Composite control = (Composite) getControl();
        Group start = new Group(control, SWT.NONE);
        start.setText("Start with");
        GridLayoutFactory.swtDefaults().applyTo(start);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(start);
        empty = new Button(start, SWT.RADIO);
        empty.setText("An &empty project (add a plant with File > New > Plant)");
        fromExample = new Button(start, SWT.RADIO);
        fromExample.setText("The &Riverside example: an anodizing and a powder-coating line (riverside.plant,"
                + " riverside.twin)");
        empty.setSelection(true);
        if (example.isEmpty()) {
            fromExample.setEnabled(false);
            Label missing = new Label(start, SWT.WRAP);
            missing.setText("The example is not installed (looked for " + ProductHome.EXAMPLE
                    + " in the product folder).");
        }
    }

    /** @param copy whether the project starts as a copy of the example (ignored when it is not installed) */
    public void setFromExample(boolean copy) {
        if (fromExample.isEnabled()) {
            fromExample.setSelection(copy);
            empty.setSelection(!copy);
        }
    }

    /** @return the example folder to copy, if the user chose it */
    Optional<Path> exampleToCopy() {
        return fromExample.getSelection() ? example : Optional.empty();
    }
}
