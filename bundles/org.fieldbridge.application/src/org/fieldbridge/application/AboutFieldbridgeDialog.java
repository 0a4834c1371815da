/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.application;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * What Fieldbridge is, which versions of it and of its libraries are installed ({@link InstalledComponents}),
 * and its licence with the third-party notices ({@link LicenceTexts}). "Copy versions" puts the table on the
 * clipboard for a bug report.
 */
class AboutFieldbridgeDialog extends Dialog {

    static final String TITLE = "About Fieldbridge";
    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final List<InstalledComponents.Component> components = InstalledComponents.list();

    AboutFieldbridgeDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label name = new Label(area, SWT.NONE);
        name.setText("Fieldbridge");
        name.setFont(JFaceResources.getHeaderFont());
        Label what = new Label(area, SWT.WRAP);
        what.setText("The engineering workbench for shop-floor digital twins: plant models, Modbus and OPC UA"
                + " mappings, and the runtime generated from them.\nLicensed under the Eclipse Public License 2.0 ("
                + LicenceTexts.SPDX + "); the libraries under their own licences, listed in the third-party notices.");
        GridDataFactory.fillDefaults().grab(true, false).hint(620, SWT.DEFAULT).applyTo(what);
        versionTable(area);
        licenceTabs(area);
        return area;
    }

    private void versionTable(Composite parent) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : List.of("Component", "Version", "Bundle")) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        for (InstalledComponents.Component component : components) {
            new TableItem(table, SWT.NONE).setText(new String[] { component.name(), component.version(),
                    component.bundle() });
        }
        new TableItem(table, SWT.NONE).setText(new String[] { "Java runtime", InstalledComponents.javaRuntime(), "" });
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(table);
    }

    private void licenceTabs(Composite parent) {
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        tab(tabs, "Licence (" + LicenceTexts.LICENSE + ")", LicenceTexts.read(LicenceTexts.LICENSE));
        tab(tabs, "Third-party notices", LicenceTexts.read(LicenceTexts.NOTICES));
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 220).applyTo(tabs);
    }

    private static void tab(TabFolder tabs, String title, String content) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout());
        Text text = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setText(content);
        text.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        item.setControl(page);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "&Copy versions", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            copyVersions();
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            okPressed();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void copyVersions() {
        StringBuilder text = new StringBuilder();
        components.forEach(c -> text.append(c.name()).append(": ").append(c.version()).append('\n'));
        text.append("Java runtime: ").append(InstalledComponents.javaRuntime()).append('\n');
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
