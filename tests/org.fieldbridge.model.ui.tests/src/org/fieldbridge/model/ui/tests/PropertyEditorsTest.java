/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.fieldbridge.model.ui.tests.EditorDriver.find;
import static org.fieldbridge.model.ui.tests.EditorDriver.named;
import static org.fieldbridge.model.ui.tests.EditorDriver.press;
import static org.fieldbridge.model.ui.tests.EditorDriver.screenshot;
import static org.fieldbridge.model.ui.tests.EditorDriver.settle;
import static org.fieldbridge.model.ui.tests.EditorDriver.withDialog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.model.ui.editor.PlantPropertyDescriptor;
import org.fieldbridge.model.ui.editor.PlantPropertySourceProvider;
import org.fieldbridge.model.ui.editor.PropertyEditorKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every attribute and reference of the plant has a cell editor that fits it, and the Properties view's
 * dialogs work as a person uses them: the filtering chooser, the list dialog, the calendar, secret references.
 */
class PropertyEditorsTest {

    private EditorDriver driver;

    @BeforeEach
    void copyTheExample() throws Exception {
        driver = new EditorDriver("plant-properties-test");
    }

    @AfterEach
    void closeAll() throws Exception {
        driver.close();
    }

    @Test
    void everyFeatureOfEveryClassGetsTheEditorOfItsType() throws Exception {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
                PlantResources.createResourceSet());
        Resource example = PlantResources.load(domain.getResourceSet(),
                Path.of(System.getProperty("fieldbridge.home"), "examples", "riverside", "riverside.plant"));
        PlantPropertySourceProvider sources = new PlantPropertySourceProvider(factory, domain);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> checked = new ArrayList<>();
        Set<PropertyEditorKind> seen = EnumSet.noneOf(PropertyEditorKind.class);
        for (EClass eClass : concreteClasses()) {
            EObject sample = instanceIn(example, eClass);
            IPropertySource source = sources.getPropertySource(sample);
            assertNotNull(source, eClass.getName() + " has no property source");
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                String what = eClass.getName() + "." + feature.getName();
                PlantPropertyDescriptor descriptor = Arrays.stream(source.getPropertyDescriptors())
                        .filter(PlantPropertyDescriptor.class::isInstance).map(PlantPropertyDescriptor.class::cast)
                        .filter(d -> d.feature() == feature).findFirst()
                        .orElse(null);
                if (feature instanceof EReference reference && reference.isContainment()) {
                    assertTrue(descriptor == null || descriptor.kind() == PropertyEditorKind.NONE,
                            what + " is a child in the tree, not a cell");
                    continue;
                }
                assertNotNull(descriptor, what + " has no row in the Properties view");
                PropertyEditorKind expected = expectedKind(feature, sample, descriptor);
                assertEquals(expected, descriptor.kind(), what);
                CellEditor editor = descriptor.createPropertyEditor(shell);
                try {
                    assertNotNull(editor, what + " has no cell editor");
                    assertEquals(editorClass(expected), editor.getClass().getSimpleName(), what);
                } finally {
                    editor.dispose();
                }
                seen.add(expected);
                checked.add(what + "=" + expected);
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(PropertyEditorKind.NONE)), seen,
                "the example exercises every kind of editor: " + checked);
        assertTrue(checked.size() > 60, checked.toString());
        factory.dispose();
    }

    private static List<EClass> concreteClasses() {
        return PlantPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).filter(c -> !c.isAbstract() && !c.isInterface()).toList();
    }

    /** The example's first object of that class; one made for the test if the example has none. */
    private static EObject instanceIn(Resource resource, EClass eClass) {
        Iterable<EObject> all = resource::getAllContents;
        for (EObject o : all) {
            if (o.eClass() == eClass) {
                return o;
            }
        }
        return PlantFactory.eINSTANCE.create(eClass);
    }

    /** The kind each feature type calls for, written down independently of the editor's own rule. */
    private static PropertyEditorKind expectedKind(EStructuralFeature feature, EObject sample,
            PlantPropertyDescriptor descriptor) {
        if (feature.isMany()) {
            return PropertyEditorKind.LIST;
        }
        if (feature instanceof EReference) {
            Collection<?> candidates = descriptor.itemDescriptor().getChoiceOfValues(sample);
            long count = candidates == null ? 0 : candidates.stream().filter(c -> c != null).count();
            return count > 7 ? PropertyEditorKind.REFERENCE_CHOOSER : PropertyEditorKind.CHOICE;
        }
        EAttribute attribute = (EAttribute) feature;
        if (Set.of("secretRef", "certificateRef", "privateKeyRef").contains(attribute.getName())) {
            return PropertyEditorKind.SECRET_REFERENCE;
        }
        if (attribute.getEAttributeType() instanceof EEnum) {
            return PropertyEditorKind.CHOICE;
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == String.class) {
            return PropertyEditorKind.TEXT;
        }
        if (type == LocalDate.class) {
            return PropertyEditorKind.DATE;
        }
        if (type == boolean.class) {
            return PropertyEditorKind.CHOICE;
        }
        if (Set.of(int.class, double.class, long.class, Integer.class, Double.class).contains(type)) {
            return PropertyEditorKind.NUMBER;
        }
        throw new AssertionError(feature.getName() + " has a type no editor is planned for: " + type);
    }

    private static String editorClass(PropertyEditorKind kind) {
        return switch (kind) {
            case TEXT, NUMBER -> "DataTypeCellEditor";
            case DATE -> "DateCellEditor";
            case CHOICE -> "ChoiceCellEditor";
            case REFERENCE_CHOOSER -> "ReferenceCellEditor";
            case LIST -> "ListCellEditor";
            case SECRET_REFERENCE -> "SecretReferenceCellEditor";
            case NONE -> "none";
        };
    }

    @Test
    void anInstrumentIsChosenInAFilteringDialog() throws Exception {
        PlantEditor editor = driver.open();
        Signal bathTemp = named(editor, Signal.class, "Tank3", "BathTemp");
        driver.selectWithProperties(editor, bathTemp);
        Control cell = driver.clickValue("Instrument");
        withDialog("Instrument of BathTemp", () -> press(cell, "..."), dialog -> {
            Table list = find(dialog, Table.class, t -> true);
            assertEquals(9, list.getItemCount(), "(none) and the 8 instruments");
            Text filter = find(dialog, Text.class, t -> true);
            filter.setText("tt-2"); // the tag of TT_Tank2 is TT-201
            settle(200);
            assertEquals(List.of("Instrument TT_Tank2"), Arrays.stream(list.getItems()).map(TableItem::getText).toList());
            assertEquals(1, list.getSelectionCount(), "the one match is selected: Enter takes it");
            try {
                screenshot(dialog.getParent().getShell(), "plant-editor-reference-chooser");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            press(dialog, "OK");
        });
        assertEquals("TT_Tank2", bathTemp.getInstrument().getName());
        assertTrue(editor.isDirty());
        driver.run("org.eclipse.ui.edit.undo");
        assertEquals("TT_Tank3", bathTemp.getInstrument().getName(), "one command, undone at once");
        assertFalse(editor.isDirty());
    }

    @Test
    void theRolesOfALineAreEditedInAListDialogAsOneCommand() throws Exception {
        PlantEditor editor = driver.open();
        Line line = named(editor, Line.class, null, "AnodizingLine");
        List<Role> before = List.copyOf(line.getAssignedRoles());
        assertEquals(List.of("operator", "integrator", "commissioning"), names(before));
        driver.selectWithProperties(editor, line);
        Control cell = driver.clickValue("Assigned Roles");
        withDialog("Assigned Roles of AnodizingLine", () -> press(cell, "..."), dialog -> {
            Table table = find(dialog, Table.class, t -> true);
            click(table, "Role commissioning", false); // remove
            click(table, "Role qualityManager", true); // add
            table.setSelection(indexOf(table, "Role integrator"));
            press(dialog, "Up");
            settle(200);
            try {
                screenshot(dialog.getParent().getShell(), "plant-editor-list-dialog");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            press(dialog, "OK");
        });
        assertEquals(List.of("integrator", "operator", "qualityManager"), names(line.getAssignedRoles()));
        driver.run("org.eclipse.ui.edit.undo");
        assertEquals(before, List.copyOf(line.getAssignedRoles()), "one command: one Undo puts the list back");
        assertFalse(editor.isDirty());
    }

    @Test
    void whereARoleIsAssignedIsEditedFromTheRole() throws Exception {
        PlantEditor editor = driver.open();
        Role quality = named(editor, Role.class, null, "qualityManager");
        Line line = named(editor, Line.class, null, "AnodizingLine");
        driver.selectWithProperties(editor, quality);
        assertEquals("Acme.Riverside.Finishing", driver.propertiesRow("Assigned In").getText(1));
        Control cell = driver.clickValue("Assigned In");
        withDialog("Assigned In of qualityManager", () -> press(cell, "..."), dialog -> {
            click(find(dialog, Table.class, t -> true), "Line AnodizingLine", true);
            press(dialog, "OK");
        });
        assertTrue(line.getAssignedRoles().contains(quality), "the line now grants the role");
        assertEquals("Acme.Riverside.Finishing, Acme.Riverside.Finishing.AnodizingLine",
                driver.propertiesRow("Assigned In").getText(1));
        driver.run("org.eclipse.ui.edit.undo");
        assertFalse(line.getAssignedRoles().contains(quality));
        assertFalse(editor.isDirty());
    }

    @Test
    void aDueDateIsPickedFromACalendarOrTyped() throws Exception {
        PlantEditor editor = driver.open();
        CalibrationRecord record = named(editor, Instrument.class, null, "TT_Tank3").getCalibrations().get(0);
        LocalDate due = record.getDueDate();
        driver.selectWithProperties(editor, record);
        Control cell = driver.clickValue("Due Date");
        withDialog("Due Date", () -> press(cell, "..."), dialog -> {
            DateTime calendar = find(dialog, DateTime.class, t -> true);
            assertEquals(due.getYear(), calendar.getYear(), "the calendar opens at the current due date");
            calendar.setDate(2027, 2, 1); // months count from 0: 1 March 2027
            calendar.notifyListeners(SWT.Selection, new Event());
            settle(200);
            try {
                screenshot(dialog.getParent().getShell(), "plant-editor-date-picker");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            press(dialog, "OK");
        });
        assertEquals(LocalDate.of(2027, 3, 1), record.getDueDate());
        driver.run("org.eclipse.ui.edit.undo");
        assertEquals(due, record.getDueDate());

        Text typed = find(driver.clickValue("Due Date"), Text.class, t -> true);
        typed.setText("2028-01-31");
        typed.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals(LocalDate.of(2028, 1, 31), record.getDueDate(), "a date typed is taken as well");
    }

    @Test
    void aNumberRowOpensInThePropertiesViewWithItsValue() throws Exception {
        // The Properties view hands the model's value (an Integer) to the editor's validator when it opens it:
        // the text editors once failed there with a ClassCastException and never opened.
        PlantEditor editor = driver.open();
        Signal bathTemp = named(editor, Signal.class, "Tank3", "BathTemp");
        driver.selectWithProperties(editor, bathTemp);
        Text text = find(driver.clickValue("Sample Period Ms"), Text.class, t -> true);
        assertEquals("1000", text.getText());
        text.setText("250");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals(250, bathTemp.getSamplePeriodMs());
    }

    @Test
    void aSecretFieldTakesReferencesOnlyAndNeverShowsALiteral() throws Exception {
        PlantEditor editor = driver.open();
        UsernameIdentity identity = EditorDriver.first(editor, UsernameIdentity.class);
        driver.selectWithProperties(editor, identity);
        IPropertySource source = editor.propertySourceProvider().getPropertySource(identity);
        PlantPropertyDescriptor secret = Arrays.stream(source.getPropertyDescriptors())
                .filter(PlantPropertyDescriptor.class::isInstance).map(PlantPropertyDescriptor.class::cast)
                .filter(d -> "Secret Ref".equals(d.getDisplayName()))
                .findFirst().orElseThrow();
        CellEditor check = secret.createPropertyEditor(editor.getSite().getShell());
        try {
            String refusal = check.getValidator().isValid("hunter2");
            assertNotNull(refusal, "a literal is refused");
            assertFalse(refusal.contains("hunter2"), "the refusal never repeats the literal: " + refusal);
            assertTrue(refusal.contains("env:") && refusal.endsWith("[plant.secret.reference.literal]"), refusal);
            assertTrue(check.getValidator().isValid("vault:x").endsWith("[plant.secret.reference.invalid]"));
            assertNull(check.getValidator().isValid("secure-storage:line4/oven2"));
        } finally {
            check.dispose();
        }

        Text text = find(driver.clickValue("Secret Ref"), Text.class, t -> true);
        assertEquals("env:FB_OVEN2_PASSWORD", text.getText());
        text.setText("hunter2");
        assertEquals('\u2022', text.getEchoChar(), "text without a scheme is masked as it is typed");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals("env:FB_OVEN2_PASSWORD", identity.getSecretRef(), "the literal was not set");
        assertFalse(editor.isDirty());

        text = find(driver.clickValue("Secret Ref"), Text.class, t -> true);
        text.setText("env:FB_OVEN2_PW");
        assertEquals('\0', text.getEchoChar(), "a reference is shown as typed");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals("env:FB_OVEN2_PW", identity.getSecretRef());

        // A literal that came with the file is neither shown in the row nor put into the cell editor.
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), identity,
                PlantPackage.Literals.USERNAME_IDENTITY__SECRET_REF, "hunter2"));
        settle(300);
        String row = driver.propertiesRow("Secret Ref").getText(1);
        assertFalse(row.contains("hunter2"), row);
        assertTrue(row.contains("not shown"), row);
        assertEquals("", find(driver.clickValue("Secret Ref"), Text.class, t -> true).getText());
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(Role::getName).toList();
    }

    private static int indexOf(Table table, String text) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no row " + text + " among " + Arrays.stream(table.getItems()).map(TableItem::getText)
                .toList());
    }

    /** Clicks a row's check box, as a person would. */
    private static void click(Table table, String text, boolean checked) {
        TableItem item = table.getItem(indexOf(table, text));
        item.setChecked(checked);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
        settle(100);
    }
}
