/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import > Fieldbridge > Fieldbridge tags in the product's workbench, as an engineer uses it: the samples of
 * examples/import read, the review page worked through (a tag rejected, a name edited), Finish: the files on disk
 * hold exactly the accepted tags, the project builder finds no error in them and the .twin is open.
 */
@DisplayName("The Fieldbridge tags import wizard")
class ImportTagsWizardTest {

    private static final String PROBLEM = "org.fieldbridge.workspace.problem";

    private final List<IProject> projects = new ArrayList<>();
    private WizardDialog dialog;

    @AfterEach
    void cleanUp() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        for (IProject project : projects) {
            project.delete(true, true, null);
        }
    }

    @Test
    @DisplayName("is File > Import > Fieldbridge > Fieldbridge tags")
    void isAnImportWizardInTheFieldbridgeCategory() {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard(ImportTagsWizard.ID);
        assertNotNull(descriptor, "not in the import wizards");
        assertEquals("Fieldbridge tags", descriptor.getLabel());
        assertEquals("Fieldbridge", descriptor.getCategory().getLabel());
    }

    @Test
    @DisplayName("a Modbus register list: one tag rejected, one renamed; the files hold exactly the accepted tags")
    void registerListWithOneTagRejectedAndOneRenamed() throws Exception {
        IProject project = project("line7-registers");
        ImportTagsWizard wizard = open(project);
        SourcePage source = wizard.sourcePage();
        source.addFile(sample("line7-registers.csv"));
        source.setTarget(project.getFullPath().toString(), "Example.Eastgate.Pretreatment.Line7", "127.0.0.1:5020");
        assertTrue(source.isPageComplete(), source.getErrorMessage());
        screenshot("import-tags-source");

        press("Next >");
        Table table = reviewTable(wizard, 13);
        List<ReviewRow> rows = rows(table);
        assertEquals(List.of("Spare_01", "Recipe_Name"), rows.stream().filter(ReviewRow::listedForReview)
                .map(ReviewRow::tag).toList(), "the tags listed for review come first");
        assertTrue(rows.get(0).listedForReview() && rows.get(1).listedForReview());
        assertFalse(table.getItem(0).getChecked(), "a tag listed for review is not accepted unseen");
        assertTrue(rows.stream().skip(2).allMatch(ReviewRow::accepted));
        TableItem temp = item(table, "Temp_Sensor_7A");
        assertEquals("Tank7A.BathTemp", temp.getText(1));
        assertEquals("temperature", temp.getText(2));
        assertEquals("degC", temp.getText(3));
        assertEquals("int16", temp.getText(4));
        assertEquals("holding 40001", temp.getText(5));
        assertEquals("medium", temp.getText(6));
        assertNotNull(temp.getImage(6), "confidence has its icon");

        uncheck(table, item(table, "Pump_P7_Speed"));
        editName(wizard, table, "Temp_Sensor_7A", "DegreaseTank.BathTemperature");
        assertEquals("DegreaseTank.BathTemperature", item(table, "Temp_Sensor_7A").getText(1));
        assertTrue(wizard.reviewPage().isPageComplete(), wizard.reviewPage().getErrorMessage());
        List<String> accepted = rows(table).stream().filter(ReviewRow::accepted).map(ReviewRow::tag).toList();
        assertEquals(10, accepted.size(), accepted::toString);
        screenshot("import-tags-review");

        press("Finish");
        awaitImport(wizard, project);
        String twin = Files.readString(location(project, "line7.twin"), StandardCharsets.UTF_8);
        String plant = Files.readString(location(project, "line7.plant"), StandardCharsets.UTF_8);
        assertEquals(sorted(accepted), sorted(mappedLabels(twin)), twin);
        assertTrue(twin.contains("\"Temp_Sensor_7A\" -> DegreaseTank.BathTemperature { scale 0.1, unit degC }"), twin);
        assertTrue(plant.contains("name=\"DegreaseTank\"") && plant.contains("name=\"BathTemperature\""), plant);
        assertFalse(plant.contains("name=\"Speed\""), "the rejected Pump_P7_Speed is not in the plant");
        assertFalse(plant.contains("name=\"Spare01\""), "the unaccepted Spare_01 is not in the plant");
        assertTrue(twin.contains("// rejected in the import review, not mapped:"), twin);
        assertNoErrors(project);
        assertTwinOpen("line7.twin");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        settle(500);
        Screenshots.save(Screenshots.capture(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()),
                "import-tags-result");
    }

    @Test
    @DisplayName("an InTouch DBDump: the high-confidence tags accepted in one click, the files hold exactly those")
    void inTouchExportWithTheHighConfidenceTagsAccepted() throws Exception {
        IProject project = project("line7-intouch");
        ImportTagsWizard wizard = open(project);
        wizard.sourcePage().addFile(sample("line7-intouch-dbdump.csv"));
        wizard.sourcePage().setTarget(project.getFullPath().toString(), "Line7", "127.0.0.1:5020");
        press("Next >");
        Table table = reviewTable(wizard, 13);
        press("Reject all");
        assertFalse(wizard.reviewPage().isPageComplete(), "nothing accepted, nothing to finish");
        press("Accept all high confidence");
        List<ReviewRow> rows = rows(table);
        List<String> accepted = rows.stream().filter(ReviewRow::accepted).map(ReviewRow::tag).toList();
        assertFalse(accepted.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.accepted() == (r.confidence()
                == org.fieldbridge.onboarding.suggest.Confidence.HIGH)), "exactly the high-confidence tags");
        assertTrue(rows.stream().anyMatch(r -> !r.mappable()), "memory tags are listed, not dropped");
        screenshot("import-tags-review-intouch");
        press("Finish");
        awaitImport(wizard, project);
        String twin = Files.readString(location(project, "line7.twin"), StandardCharsets.UTF_8);
        assertEquals(sorted(accepted), sorted(mappedLabels(twin)), twin);
        assertNoErrors(project);
    }

    @Test
    @DisplayName("an OPC UA server: the endpoint entered, its variables reviewed, the files build; the next run "
            + "shows the same server and folder")
    void opcUaServerBrowsedReviewedWrittenAndRemembered(@TempDir Path temp) throws Exception {
        // the simulator's own Oven2 controller on a free loopback port, SecurityPolicy None and anonymous: the
        // workbench reads the key store password of a secured session from its environment, which a test cannot set
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", SecretResolver.singleUser("fieldbridge",
                PasswordHash.of("not-used-here".toCharArray(), 1_000), "key-store".toCharArray()))
                .port(LoopbackPort.free()).pkiDirectory(temp.resolve("oven2-pki")).allowInsecure(true).build();
        try (Simulator simulator = RiversideSimulation.create(LoopbackPort.free(), oven2, 1.0)) {
            simulator.startControllers();
            simulator.tick();
            String url = simulator.controller(SimulatedOpcUaController.class).server().endpointUrls().get(0);
            IProject project = project("oven2-browsed");
            ImportTagsWizard wizard = open(new StructuredSelection(project));
            SourcePage source = wizard.sourcePage();
            source.setServer(url, "None", "none", "", "");
            source.setTarget(project.getFullPath().toString(), "Acme.Riverside.Finishing.PowderCoating", "");
            assertTrue(source.isPageComplete(), source.getErrorMessage());
            screenshot("import-tags-source-opcua");

            press("Next >");
            Table table = reviewTable(wizard, 8);
            TableItem temp1 = item(table, "Zone1.Temp");
            assertEquals("Zone1.Temp", temp1.getText(1));
            assertEquals("temperature", temp1.getText(2));
            assertEquals("degC", temp1.getText(3));
            assertEquals("ns=2;s=Zone1.Temp", temp1.getText(5));
            assertEquals("high", temp1.getText(6));
            assertTrue(rows(table).stream().allMatch(ReviewRow::mappable), "every variable of the server can be mapped");
            List<String> accepted = rows(table).stream().filter(ReviewRow::accepted).map(ReviewRow::tag).toList();
            assertFalse(accepted.isEmpty());
            screenshot("import-tags-review-opcua");

            press("Finish");
            awaitImport(wizard, project);
            String twin = Files.readString(location(project, "powdercoating.twin"), StandardCharsets.UTF_8);
            assertEquals(sorted(accepted), sorted(mappedLabels(twin)), twin);
            assertTrue(twin.contains("map OpcUa1 \"ns=2;s=Zone1.Temp\" \"Zone1.Temp\" -> Zone1.Temp { unit degC }"), twin);
            assertNoErrors(project, "powdercoating");
            dialog.close();

            ImportTagsWizard again = open(StructuredSelection.EMPTY);
            assertEquals(List.of("server", url, "None", "none", "", "", SourcePage.RECOGNISED,
                    project.getFullPath().toString()),
                    again.sourcePage().shown(), "the next run shows the last server and folder");
            screenshot("import-tags-source-remembered");
        }
    }

    // --- driving the wizard ---

    private IProject project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        projects.add(project);
        return project;
    }

    private ImportTagsWizard open(IProject project) throws Exception {
        return open(new StructuredSelection(project));
    }

    private ImportTagsWizard open(StructuredSelection selection) throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard(ImportTagsWizard.ID);
        ImportTagsWizard wizard = (ImportTagsWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), selection);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle(300);
        return wizard;
    }

    /**
     * A sample of examples/import, copied to {@code <temp>/examples/import/}: the page shows the file's absolute path,
     * and the screenshots in docs/images should show a path a reader recognises, not this machine's checkout. The
     * copy is moved into place atomically, so concurrent runs that share the folder read whole files.
     */
    private static Path sample(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "examples", "import"));
        Path part = Files.createTempFile(folder, name, ".part");
        Files.copy(RepositoryRoot.find().resolve("examples/import").resolve(name), part,
                StandardCopyOption.REPLACE_EXISTING);
        return Files.move(part, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private Table reviewTable(ImportTagsWizard wizard, int rows) {
        Table table = wizard.reviewPage().viewer().getTable();
        until("the tags to be read", Duration.ofSeconds(60), () -> table.getItemCount() == rows);
        settle(300);
        return table;
    }

    private static List<ReviewRow> rows(Table table) {
        return Arrays.stream(table.getItems()).map(i -> (ReviewRow) i.getData()).toList();
    }

    private static TableItem item(Table table, String tag) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(tag)).findFirst().orElseThrow();
    }

    /** A click on the row's check box, as the table reports it. */
    private static void uncheck(Table table, TableItem item) {
        item.setChecked(false);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
        settle(100);
        assertFalse(((ReviewRow) item.getData()).accepted());
    }

    /** Opens the name cell's editor, types the name and presses Enter. */
    private static void editName(ImportTagsWizard wizard, Table table, String tag, String name) {
        wizard.reviewPage().viewer().editElement(item(table, tag).getData(), 1);
        settle(100);
        Text editor = find(table, Text.class, Text::isVisible);
        editor.setText(name);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        settle(200);
    }

    private void press(String label) {
        Button button = find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals(label));
        assertTrue(button.isEnabled(), label + " is disabled");
        button.notifyListeners(SWT.Selection, new Event());
        settle(300);
    }

    private void screenshot(String name) throws Exception {
        settle(300);
        Shell shell = dialog.getShell();
        // the client area: without a window manager (xvfb) the shell's bounds take in an undrawn frame, which
        // showed as a black strip and a sliver of the workbench behind the dialog
        var image = Screenshots.capture(shell.getDisplay(), shell.getDisplay().map(shell, null, shell.getClientArea()));
        Screenshots.save(image, name);
        assertTrue(Screenshots.distinctPixels(image) > 20, name + " looks blank");
    }

    private static void awaitImport(ImportTagsWizard wizard, IProject project) throws Exception {
        Job job = wizard.importJob();
        assertNotNull(job, "Finish scheduled no import");
        until("the import job", Duration.ofSeconds(60), () -> job.getResult() != null);
        assertTrue(job.getResult().getSeverity() < org.eclipse.core.runtime.IStatus.ERROR, job.getResult().getMessage());
        until("the check of the imported files", Duration.ofSeconds(60), () -> Job.getJobManager()
                .find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0 && project.hasNature(FieldbridgeNature.ID));
        settle(1500); // the .twin editor's own check, 150 ms after it opens
        until("the check of the imported files", Duration.ofSeconds(60), () -> Job.getJobManager()
                .find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
    }

    private static void assertNoErrors(IProject project) throws Exception {
        assertNoErrors(project, "line7");
    }

    private static void assertNoErrors(IProject project, String base) throws Exception {
        IMarker[] markers = project.findMarkers(PROBLEM, true, IResource.DEPTH_INFINITE);
        List<String> errors = Arrays.stream(markers)
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + " "
                        + m.getAttribute(IMarker.MESSAGE, ""))
                .toList();
        assertEquals(List.of(), errors);
        assertTrue(project.getFile(base + ".twin").exists() && project.getFile(base + ".plant").exists(),
                "the workspace knows the files");
    }

    private static void assertTwinOpen(String name) {
        until("the .twin to open", Duration.ofSeconds(30), () -> {
            IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .getActiveEditor();
            return editor != null && editor.getEditorInput().getName().equals(name);
        });
    }

    private static Path location(IProject project, String file) {
        return project.getFile(file).getLocation().toFile().toPath();
    }

    private static List<String> mappedLabels(String twin) {
        List<String> labels = new ArrayList<>();
        twin.lines().filter(l -> l.startsWith("map ")).forEach(l -> {
            String before = l.substring(0, l.indexOf(" -> "));
            labels.add(before.substring(before.lastIndexOf('"', before.length() - 2) + 1, before.length() - 1));
        });
        return labels;
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    // --- waiting and finding, on the UI thread ---

    private static <T extends Control> T find(Composite parent, Class<T> type) {
        return find(parent, type, c -> true);
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> which) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && which.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                try {
                    return find(composite, type, which);
                } catch (AssertionError e) {
                    // not below this child
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " found");
    }

    private static void until(String alias, Duration timeout, Callable<Boolean> condition) {
        Awaitility.await(alias).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .atMost(timeout).until(() -> {
                    settle(40);
                    return condition.call();
                });
    }

    private static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
