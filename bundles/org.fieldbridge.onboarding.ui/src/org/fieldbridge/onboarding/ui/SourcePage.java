/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.TagFormat;

/**
 * Page 1: where the tags come from (tag export files, their format recognised or forced; or an OPC UA server with
 * its security and user, the password only as a secret reference) and where they go (a project or folder, the
 * plant line, the connection's name).
 */
public final class SourcePage extends WizardPage {

    static final String RECOGNISED = "Recognised from the content";
    static final List<String> POLICIES = List.of("None", "Basic256Sha256", "Aes128_Sha256_RsaOaep",
            "Aes256_Sha256_RsaPss", "Basic256", "Basic128Rsa15");
    static final List<String> MODES = List.of("none", "sign", "sign-and-encrypt");
    private static final String KIND = "kind";
    private static final String SERVER = "server";
    private static final String FILES = "files";
    private static final String ENDPOINT = "endpoint";
    private static final String POLICY = "policy";
    private static final String MODE = "mode";
    private static final String USER = "user";
    private static final String PASSWORD_REF = "passwordRef";
    private static final String FORMAT = "format";
    private static final String EXPORTS_FOLDER = "exportsFolder";
    private static final String FOLDER = "folder";

    private final IContainer initialTarget;
    private org.eclipse.swt.widgets.List files;
    private Combo format;
    private Text endpointUrl;
    private Combo policy;
    private Combo mode;
    private Text user;
    private Text passwordRef;
    private Text target;
    private Text line;
    private Text connection;
    private Text controller;
    private int revision;
    private String exportsFolder;
    private Button fromFiles;
    private Button fromServer;
    private Group exportsGroup;
    private Label endpointLabel;

    SourcePage(IContainer initialTarget) {
        super("source");
        this.initialTarget = initialTarget;
        setTitle("Import tags");
        setDescription("Tag exports (InTouch, TIA Portal, Studio 5000, Kepware, a Modbus register list) or an OPC UA "
                + "server, into a .plant and .twin to review.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        fromFiles = new Button(page, SWT.RADIO);
        fromFiles.setText("Tag &export files");
        exportsGroup = exports(page);
        fromServer = new Button(page, SWT.RADIO);
        fromServer.setText("An OPC UA &server, browsed");
        server(page);
        fromFiles.setSelection(true);
        fromFiles.addListener(SWT.Selection, e -> kindChanged());
        fromServer.addListener(SWT.Selection, e -> kindChanged());
        targets(page);
        setControl(page);
        restore();
        kind(getDialogSettings() != null && SERVER.equals(getDialogSettings().get(KIND)));
    }

    /**
     * The last run's choices, from the wizard's dialog settings: the kind of source (files or a server), the server's
     * endpoint, security, user and password reference, the forced format and the folder the exports were in; the
     * project or folder when the selection names none. Files and the line are not carried over: each import has its
     * own.
     */
    private void restore() {
        IDialogSettings settings = getDialogSettings();
        if (settings == null) {
            return;
        }
        endpointUrl.setText(value(settings, ENDPOINT));
        select(policy, settings.get(POLICY));
        select(mode, settings.get(MODE));
        user.setText(value(settings, USER));
        passwordRef.setText(value(settings, PASSWORD_REF));
        select(format, settings.get(FORMAT));
        exportsFolder = settings.get(EXPORTS_FOLDER);
        if (initialTarget == null && settings.get(FOLDER) != null) {
            target.setText(settings.get(FOLDER));
        }
    }

    /** Keeps this run's choices for the next one (Finish); the password reference is a reference, not a secret. */
    void save() {
        IDialogSettings settings = getDialogSettings();
        if (settings == null) {
            return;
        }
        settings.put(KIND, fromServer() ? SERVER : FILES);
        if (!endpointUrl.getText().isBlank()) {
            settings.put(ENDPOINT, endpointUrl.getText().strip());
        }
        settings.put(POLICY, policy.getText());
        settings.put(MODE, mode.getText());
        settings.put(USER, user.getText().strip());
        settings.put(PASSWORD_REF, passwordRef.getText().strip());
        settings.put(FORMAT, format.getText());
        if (exportsFolder != null) {
            settings.put(EXPORTS_FOLDER, exportsFolder);
        } else if (files.getItemCount() > 0) {
            settings.put(EXPORTS_FOLDER, String.valueOf(Path.of(files.getItem(0)).getParent()));
        }
        settings.put(FOLDER, target.getText().strip());
    }

    private static String value(IDialogSettings settings, String key) {
        String value = settings.get(key);
        return value == null ? "" : value;
    }

    private static void select(Combo combo, String item) {
        int index = item == null ? -1 : combo.indexOf(item);
        if (index >= 0) {
            combo.select(index);
        }
    }

    private Group exports(Composite page) {
        Group group = group(page, "Tag exports", 3);
        files = new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 2).hint(400, 60).applyTo(files);
        Button add = new Button(group, SWT.PUSH);
        add.setText("Add &Files...");
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, e -> chooseFiles());
        Button remove = new Button(group, SWT.PUSH);
        remove.setText("&Remove");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        remove.addListener(SWT.Selection, e -> {
            files.remove(files.getSelectionIndices());
            validate();
        });
        label(group, "F&ormat:");
        format = new Combo(group, SWT.READ_ONLY);
        format.add(RECOGNISED);
        for (TagFormat f : TagFormat.values()) {
            if (f != TagFormat.OPCUA) {
                format.add(f.title());
            }
        }
        format.select(0);
        format.addListener(SWT.Selection, e -> validate());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
        return group;
    }

    private Group server(Composite page) {
        Group group = group(page, "OPC UA server", 4);
        endpointLabel = new Label(group, SWT.NONE);
        endpointLabel.setText("&Endpoint URL:");
        endpointUrl = text(group, 3, "opc.tcp://host.example:4840/path");
        label(group, "Security &policy:");
        policy = combo(group, POLICIES);
        label(group, "&Mode:");
        mode = combo(group, MODES);
        label(group, "&User:");
        user = text(group, 1, "empty: anonymous");
        label(group, "Pass&word reference:");
        passwordRef = text(group, 1, "env:NAME or file:PATH");
        group.setToolTipText("The server to browse; security and user also apply to the tags of an export that are "
                + "read over OPC UA (TIA Portal, Studio 5000)");
        passwordRef.setToolTipText("Where the password is kept, never the password itself: env:FB_LINE7_PASSWORD "
                + "(an environment variable) or file:PATH. The .twin gets this reference.");
        return group;
    }

    /** @return whether the tags come from an OPC UA server rather than export files */
    boolean fromServer() {
        return fromServer.getSelection();
    }

    /**
     * Enables what the chosen kind of source reads; what the other kind had stays typed but is not read. Security
     * and user stay enabled for both: tags of an export read over OPC UA (TIA Portal, Studio 5000) use them too.
     */
    private void kindChanged() {
        enable(exportsGroup, !fromServer());
        endpointLabel.setEnabled(fromServer());
        endpointUrl.setEnabled(fromServer());
        validate();
    }

    private void kind(boolean server) {
        fromServer.setSelection(server);
        fromFiles.setSelection(!server);
        kindChanged();
    }

    private static void enable(Composite group, boolean enabled) {
        group.setEnabled(enabled);
        for (org.eclipse.swt.widgets.Control child : group.getChildren()) {
            child.setEnabled(enabled);
        }
    }

    private void targets(Composite page) {
        Group group = group(page, "Into", 3);
        label(group, "Project or &folder:");
        target = text(group, 1, "/project/folder");
        if (initialTarget != null) {
            target.setText(initialTarget.getFullPath().toString());
        }
        Button browse = new Button(group, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> chooseTarget());
        label(group, "Plant &line:");
        line = text(group, 2, "Enterprise.Site.Area.Line or Line (empty: from the file name)");
        label(group, "&Connection:");
        connection = text(group, 2, "empty: the export's name for the controller, else PLC1 / OpcUa1");
        label(group, "Controller &address:");
        controller = text(group, 2, "host:port of the Modbus controller or opc.tcp:// URL (empty: 127.0.0.1, "
                + "marked for review)");
    }

    private Group group(Composite page, String title, int columns) {
        Group group = new Group(page, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private Text text(Composite parent, int span, String hint) {
        Text text = new Text(parent, SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(220, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    private Combo combo(Composite parent, List<String> items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        items.forEach(combo::add);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> validate());
        return combo;
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Tag exports");
        dialog.setFilterExtensions(new String[] {"*.csv;*.txt;*.xlsx", "*.*"});
        dialog.setFilterNames(new String[] {"Tag exports (*.csv, *.txt, TIA Portal *.xlsx)", "All files"});
        if (exportsFolder != null) {
            dialog.setFilterPath(exportsFolder);
        }
        if (dialog.open() != null) {
            exportsFolder = dialog.getFilterPath();
            for (String name : dialog.getFileNames()) {
                addFile(Path.of(dialog.getFilterPath(), name));
            }
        }
    }

    private void chooseTarget() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false,
                "The project or folder the .plant and .twin go to:");
        if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
            target.setText(dialog.getResult()[0].toString());
        }
    }

    /** Adds a tag export file (the Add Files... button; tests). */
    public void addFile(Path file) {
        if (fromServer()) {
            kind(false);
        }
        files.add(file.toAbsolutePath().toString());
        validate();
    }

    /** Names an OPC UA server to browse, as typed into the page's fields (tests). */
    void setServer(String url, String securityPolicy, String securityMode, String userName, String reference) {
        kind(true);
        endpointUrl.setText(url);
        select(policy, securityPolicy);
        select(mode, securityMode);
        user.setText(userName);
        passwordRef.setText(reference);
        validate();
    }

    /** @return the endpoint URL, policy, mode, user, password reference, format and folder as shown (tests) */
    List<String> shown() {
        return List.of(fromServer() ? SERVER : FILES, endpointUrl.getText(), policy.getText(), mode.getText(),
                user.getText(), passwordRef.getText(), format.getText(), target.getText());
    }

    /** Sets where the files go, the line and the controller's address (tests). */
    public void setTarget(String container, String lineName, String address) {
        target.setText(container);
        line.setText(lineName);
        controller.setText(address);
    }

    /** @return the target container, null when the text names none that exists */
    IContainer container() {
        String path = target.getText().strip();
        if (path.isEmpty()) {
            return null;
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        return resource instanceof IContainer c && c.isAccessible() && c.getType() != IResource.ROOT ? c : null;
    }

    /** @return a number that changes whenever an input does: the review page reads the sources again then */
    int revision() {
        return revision;
    }

    private void validate() {
        revision++;
        if (fromServer == null) {
            return; // still building the page
        }
        boolean none = fromServer() ? endpointUrl.getText().isBlank() : files.getItemCount() == 0;
        String problem = none ? null : problem();
        setMessage(none ? fromServer() ? "Give the OPC UA server's endpoint URL" : "Add a tag export (Add Files...)"
                : null);
        setErrorMessage(problem);
        setPageComplete(!none && problem == null);
    }

    private String problem() {
        String url = endpointUrl.getText().strip();
        for (String file : fromServer() ? new String[0] : files.getItems()) {
            if (!Files.isRegularFile(Path.of(file))) {
                return file + " does not exist";
            }
        }
        if (fromServer() && !url.startsWith("opc.tcp://")) {
            return "The endpoint URL starts with opc.tcp:// (opc.tcp://host.example:4840)";
        }
        if (!user.getText().isBlank()) {
            if (passwordRef.getText().isBlank()) {
                return "Give the password's reference (env:NAME or file:PATH), not the password";
            }
            try {
                SecretReference.parseFor(passwordRef.getText(), SecretConsumer.GENERATED_RUNTIME);
            } catch (IllegalArgumentException e) {
                return "The password reference " + e.getMessage();
            }
        }
        if (container() == null) {
            return target.getText().isBlank() ? "Choose the project or folder the files go to"
                    : target.getText().strip() + " is no open project or folder of the workspace";
        }
        String name = line.getText().strip();
        if (!name.isEmpty() && !name.matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*){3}|[A-Za-z_]\\w*")) {
            return "The line is Enterprise.Site.Area.Line or just Line (letters, digits and _)";
        }
        if (!connection.getText().isBlank() && !connection.getText().strip().matches("[A-Za-z_]\\w*")) {
            return "The connection's name is letters, digits and _, not starting with a digit";
        }
        return null;
    }

    /** @return the import the page describes, for a target folder */
    ImportRequest request(Path folder) {
        String url = fromServer() ? endpointUrl.getText().strip() : "";
        List<String> sources = new ArrayList<>(fromServer() ? List.of(url) : List.of(files.getItems()));
        TagFormat forced = format.getSelectionIndex() <= 0 ? null
                : java.util.Arrays.stream(TagFormat.values()).filter(f -> f.title().equals(format.getText()))
                        .findFirst().orElse(null);
        String userName = user.getText().strip();
        OpcUaAccess access = url.isEmpty() ? null : OpcUaAccess.of(System.getenv(), OpcUaAccess.defaultPki());
        return new ImportRequest(sources, folder, forced, blankToNull(line.getText()),
                blankToNull(connection.getText()), blankToNull(controller.getText()), 1, policy.getText(),
                mode.getText(), userName.isEmpty() ? null : userName,
                userName.isEmpty() ? null : passwordRef.getText().strip(), access);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
