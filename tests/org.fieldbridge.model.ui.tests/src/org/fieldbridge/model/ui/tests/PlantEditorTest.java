/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.model.ui.editor.PlantPropertyDescriptor;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the plant editor as a plant engineer would: open, select, change in the Properties view, undo, save. */
class PlantEditorTest {

    private IProject project;
    private IFile plantFile;
    private IWorkbenchPage page;

    @BeforeEach
    void copyTheExampleIntoAProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("plant-editor-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        plantFile = project.getFile("riverside.plant");
        byte[] example = Files.readAllBytes(Path.of(System.getProperty("fieldbridge.home"), "examples", "riverside",
                "riverside.plant"));
        if (plantFile.exists()) {
            plantFile.setContents(new ByteArrayInputStream(example), true, false, null);
        } else {
            plantFile.create(new ByteArrayInputStream(example), true, null);
        }
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditorsAndRemoveTheProject() throws CoreException {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void aUnitChangedInThePropertiesViewIsUndoneRedoneAndSaved() throws Exception {
        PlantEditor editor = open();
        Signal bathTemp = signal(editor, "Tank3", "BathTemp");
        assertEquals("BathTemp \u2014 temperature, \u00b0C, 0..40", label(editor, bathTemp));
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        editor.getViewer().setSelection(new StructuredSelection(bathTemp), true);
        EventLoop.settle(Duration.ofMillis(500));

        IPropertySource source = editor.propertySourceProvider().getPropertySource(bathTemp);
        EngineeringUnit kelvin = unit(editor, "KEL");
        source.setPropertyValue(descriptor(source, "Unit").getId(), kelvin);
        EventLoop.settle(Duration.ofMillis(500));
        assertEquals(kelvin, bathTemp.getUnit());
        assertTrue(editor.isDirty(), "a change makes the editor dirty");
        assertEquals("BathTemp \u2014 temperature, K, 0..40", label(editor, bathTemp));
        showPropertiesLarge(editor);
        TreeItem unitRow = propertiesRow("Unit");
        assertTrue(unitRow.getText(1).contains("KEL"), "the Unit row shows the new unit: " + unitRow.getText(1));
        assertEquals(0, propertiesRow("Instrument").getItemCount(), "a referenced instrument is chosen, not opened");
        Path png = Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "plant-editor-properties");
        assertTrue(Files.size(png) > 0);

        run("org.eclipse.ui.edit.undo");
        assertEquals("CEL", bathTemp.getUnit().getCommonCode(), "Undo puts the unit back");
        assertFalse(editor.isDirty(), "undone to the saved state, the editor is clean again");
        run("org.eclipse.ui.edit.redo");
        assertEquals(kelvin, bathTemp.getUnit(), "Redo changes it again");
        assertTrue(editor.isDirty());

        run("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty(), "saved");
        String onDisk = Files.readString(plantFile.getLocation().toPath());
        assertTrue(onDisk.contains("unit=\"KEL\""), "the file on disk has the new unit");
    }

    @Test
    void aDeletedSignalComesBackWithUndo() throws Exception {
        PlantEditor editor = open();
        Signal running = signal(editor, "Tank3", "AgitatorRunning");
        EObject equipment = running.eContainer();
        page.activate(editor);
        editor.getViewer().setSelection(new StructuredSelection(running), true);
        EventLoop.settle(Duration.ofMillis(300));

        run("org.eclipse.ui.edit.delete");
        assertNull(running.eContainer(), "Delete removes the signal from its equipment");
        assertTrue(editor.isDirty());
        run("org.eclipse.ui.edit.undo");
        assertEquals(equipment, running.eContainer(), "Undo puts it back");
        assertFalse(editor.isDirty());
    }

    @Test
    void aNumberPropertyRefusesTextThatIsNotANumber() throws Exception {
        PlantEditor editor = open();
        Signal bathTemp = signal(editor, "Tank3", "BathTemp");
        IPropertySource source = editor.propertySourceProvider().getPropertySource(bathTemp);
        Shell shell = editor.getSite().getShell();
        CellEditor cellEditor = descriptor(source, "Sample Period Ms").createPropertyEditor(shell);
        try {
            String refusal = cellEditor.getValidator().isValid("fast");
            assertNotNull(refusal, "text that is not a number is refused");
            assertTrue(refusal.contains("\u201cfast\u201d is not a whole number") && refusal.contains("1000"), refusal);
            assertNull(cellEditor.getValidator().isValid("250"));
        } finally {
            cellEditor.dispose();
        }
        assertEquals(1000, bathTemp.getSamplePeriodMs(), "nothing was set");
    }

    @Test
    void theValidRangeIsEditedOnItsOwnRowAndTheSignalLabelFollows() throws Exception {
        PlantEditor editor = open();
        Signal bathTemp = signal(editor, "Tank3", "BathTemp");
        IPropertySource range = editor.propertySourceProvider().getPropertySource(bathTemp.getValidRange());
        PlantPropertyDescriptor maximum = descriptor(range, "Maximum");
        CellEditor cellEditor = maximum.createPropertyEditor(editor.getSite().getShell());
        try {
            assertNotNull(cellEditor.getValidator().isValid("forty"), "a bound must be a number");
        } finally {
            cellEditor.dispose();
        }
        range.setPropertyValue(maximum.getId(), 45.0);
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals("BathTemp \u2014 temperature, \u00b0C, 0..45", label(editor, bathTemp));
        run("org.eclipse.ui.edit.undo");
        assertEquals(40.0, bathTemp.getValidRange().getMaximum());
    }

    @Test
    void aCalibrationDateIsTypedAsAnIsoDate() throws Exception {
        PlantEditor editor = open();
        EObject record = bathTempInstrumentRecord(editor);
        IPropertySource source = editor.propertySourceProvider().getPropertySource(record);
        CellEditor cellEditor = descriptor(source, "Due Date").createPropertyEditor(editor.getSite().getShell());
        try {
            assertNull(cellEditor.getValidator().isValid("2027-03-01"));
            String refusal = cellEditor.getValidator().isValid("next March");
            assertNotNull(refusal, "a date that is not yyyy-MM-dd is refused");
            assertTrue(refusal.contains("2026-03-01"), refusal);
        } finally {
            cellEditor.dispose();
        }
    }

    private static EObject bathTempInstrumentRecord(PlantEditor editor) {
        Iterable<EObject> all = () -> editor.getResource().getAllContents();
        for (EObject o : all) {
            if ("CalibrationRecord".equals(o.eClass().getName())) {
                return o;
            }
        }
        throw new AssertionError("no calibration record");
    }

    @Test
    void undoWorksWhileThePropertiesViewIsActive() throws Exception {
        PlantEditor editor = open();
        Signal bathTemp = signal(editor, "Tank3", "BathTemp");
        page.activate(editor);
        editor.getViewer().setSelection(new StructuredSelection(bathTemp), true);
        page.showView(IPageLayout.ID_PROP_SHEET);
        EventLoop.settle(Duration.ofMillis(300));
        IPropertySource source = editor.propertySourceProvider().getPropertySource(bathTemp);
        source.setPropertyValue(descriptor(source, "Display Name").getId(), "Bath temperature, tank 3");
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(IPageLayout.ID_PROP_SHEET, page.getActivePart().getSite().getId());
        run("org.eclipse.ui.edit.undo");
        assertEquals("Bath temperature", bathTemp.getDisplayName(), "Ctrl+Z in the Properties view undoes the change");
    }

    @Test
    void aPlantFileThatCannotBeReadSaysWhereAndWhy() throws Exception {
        plantFile.setContents(new ByteArrayInputStream("<plant:Plant xmlns:plant=\"https://fieldbridge.org/plant/1.0\">"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
        PlantEditor editor = open();
        assertNull(editor.getResource(), "nothing to edit");
        String shown = texts(editor.getSite().getShell()).stream().filter(t -> t.contains("cannot be read"))
                .findFirst().orElseThrow(() -> new AssertionError("the editor does not say the file cannot be read"));
        assertTrue(shown.contains("riverside.plant:1:"), shown);
        assertTrue(shown.contains("[plant.syntax]") || shown.contains("[plant."), shown);
    }

    private static List<String> texts(org.eclipse.swt.widgets.Composite parent) {
        List<String> all = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text) {
                all.add(text.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                all.addAll(texts(composite));
            }
        }
        return all;
    }

    @Test
    void theQuantityIsChosenFromItsLiterals() throws Exception {
        PlantEditor editor = open();
        Signal bathTemp = signal(editor, "Tank3", "BathTemp");
        IPropertySource source = editor.propertySourceProvider().getPropertySource(bathTemp);
        CellEditor cellEditor = descriptor(source, "Quantity").createPropertyEditor(editor.getSite().getShell());
        try {
            assertInstanceOf(org.eclipse.jface.viewers.ComboBoxCellEditor.class, cellEditor);
            List<String> items = List.of(((org.eclipse.jface.viewers.ComboBoxCellEditor) cellEditor).getItems());
            assertTrue(items.contains("temperature") || items.contains("Temperature"), items.toString());
        } finally {
            cellEditor.dispose();
        }
    }

    /** Gives the Properties view the right column (Outline minimised), so the signal's rows all show. */
    private void showPropertiesLarge(PlantEditor editor) {
        IViewReference outline = page.findViewReference(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            page.setPartState(outline, IWorkbenchPage.STATE_MINIMIZED);
        }
        page.activate(editor);
        EventLoop.settle(Duration.ofMillis(500));
    }

    private TreeItem propertiesRow(String name) {
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        Tree tree = (Tree) sheet.getCurrentPage().getControl();
        return rows(tree.getItems()).stream().filter(i -> name.equals(i.getText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in the Properties view"));
    }

    private static List<TreeItem> rows(TreeItem[] items) {
        List<TreeItem> all = new java.util.ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            all.addAll(rows(item.getItems()));
        }
        return all;
    }

    private PlantEditor open() throws Exception {
        IEditorPart part = IDE.openEditor(page, plantFile);
        EventLoop.settle(Duration.ofMillis(300));
        return assertInstanceOf(PlantEditor.class, part, "a .plant file opens in the plant editor");
    }

    private void run(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        EventLoop.settle(Duration.ofMillis(300));
    }

    private static String label(PlantEditor editor, Object element) {
        return ((org.eclipse.jface.viewers.ILabelProvider) editor.getViewer().getLabelProvider()).getText(element);
    }

    private static PlantPropertyDescriptor descriptor(IPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> displayName.equals(d.getDisplayName()))
                .map(PlantPropertyDescriptor.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + displayName + " among " + Arrays.stream(
                        source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList()));
    }

    private static Signal signal(PlantEditor editor, String equipment, String name) {
        Iterable<EObject> all = () -> editor.getResource().getAllContents();
        for (EObject o : all) {
            if (o instanceof Signal s && name.equals(s.getName()) && s.eContainer() instanceof NamedElement owner
                    && equipment.equals(owner.getName())) {
                return s;
            }
        }
        throw new AssertionError("no signal " + equipment + "." + name);
    }

    private static EngineeringUnit unit(PlantEditor editor, String code) {
        Iterable<EObject> all = () -> editor.getResource().getAllContents();
        for (EObject o : all) {
            if (o instanceof EngineeringUnit u && code.equals(u.getCommonCode())) {
                return u;
            }
        }
        throw new AssertionError("no unit " + code);
    }
}
