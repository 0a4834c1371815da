/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.fieldbridge.model.ui.tests.EditorDriver.find;
import static org.fieldbridge.model.ui.tests.EditorDriver.named;
import static org.fieldbridge.model.ui.tests.EditorDriver.screenshot;
import static org.fieldbridge.model.ui.tests.EditorDriver.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.model.ui.editor.SignalTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signal table below the plant editor's tree: what it lists, sorting, selection, cell edits as commands. */
class SignalTableTest {

    private static final int SIGNAL = 1;
    private static final int UNIT = 5;
    private static final int MIN = 7;
    private static final int MAX = 8;

    private EditorDriver driver;

    @BeforeEach
    void copyTheExample() throws Exception {
        driver = new EditorDriver("signal-table-test");
    }

    @AfterEach
    void closeAll() throws Exception {
        driver.close();
    }

    @Test
    void theSignalsOfTheSelectedEquipmentAreListedSortedAndSelectedWithTheTree() throws Exception {
        PlantEditor editor = driver.open();
        SignalTable signals = editor.getSignalTable();
        Equipment tank3 = named(editor, Equipment.class, null, "Tank3");
        driver.selectWithProperties(editor, tank3);
        assertEquals("Signals of equipment Tank3 (4)", signals.title());
        assertEquals(List.of("AgitatorRunning", "BathTemp", "BathTempSetpoint", "RectifierCurrent"), column(SIGNAL));
        Table table = signals.viewer().getTable();
        assertEquals(List.of("Equipment", "Signal", "Display name", "Kind", "Quantity", "Unit", "Data type",
                "Min", "Max", "Sample ms", "Instrument"), Arrays.stream(table.getColumns()).map(TableColumn::getText)
                        .toList());
        assertEquals("\u00b0C (CEL)", cell("BathTemp", UNIT));

        clickHeader(MAX);
        assertEquals(List.of("BathTempSetpoint", "BathTemp", "RectifierCurrent", "AgitatorRunning"), column(SIGNAL),
                "by valid maximum, open bounds last");
        clickHeader(MAX);
        assertEquals(List.of("AgitatorRunning", "RectifierCurrent", "BathTemp", "BathTempSetpoint"), column(SIGNAL),
                "the same header again sorts the other way round");
        assertEquals(SWT.DOWN, table.getSortDirection());

        Signal bathTemp = named(editor, Signal.class, "Tank3", "BathTemp");
        selectRow(table, "BathTemp");
        assertEquals(List.of(bathTemp), editor.getViewer().getStructuredSelection().toList(),
                "a row selected selects its signal in the tree");
        assertEquals("BathTemp", driver.propertiesRow("Name").getText(1), "and the Properties view shows it");
        screenshot(editor.getSite().getShell(), "plant-editor-signal-table");
    }

    @Test
    void aLineListsAllItsSignalsAndAnInstrumentTheSignalsItMeasures() throws Exception {
        PlantEditor editor = driver.open();
        SignalTable signals = editor.getSignalTable();
        Line line = named(editor, Line.class, null, "AnodizingLine");
        editor.getViewer().setSelection(new StructuredSelection(line), true);
        settle(300);
        assertEquals("Signals of line AnodizingLine (12)", signals.title());
        Signal bathTemp = named(editor, Signal.class, "Tank3", "BathTemp");
        editor.getViewer().setSelection(new StructuredSelection(bathTemp), true);
        settle(300);
        assertEquals("Signals of line AnodizingLine (12)", signals.title(), "a listed signal keeps the list");
        assertEquals(List.of(bathTemp), signals.viewer().getStructuredSelection().toList(), "and selects its row");

        editor.getViewer().setSelection(new StructuredSelection(named(editor, Instrument.class, null, "TT_Tank3")), true);
        settle(300);
        assertEquals("Signals of instrument TT_Tank3 (1)", signals.title());
        assertEquals(List.of("BathTemp"), column(SIGNAL));

        editor.getViewer().setSelection(new StructuredSelection(line), true);
        settle(300);
        Instrument tt1 = named(editor, Instrument.class, null, "TT_Tank1");
        editor.getViewer().setSelection(new StructuredSelection(tt1.getCalibrations().get(0)), true);
        settle(300);
        assertEquals("Signals of instrument TT_Tank1 (1)", signals.title(), "a calibration record: its instrument");
        editor.getViewer().setSelection(new StructuredSelection(named(editor, Role.class, null, "operator")), true);
        settle(300);
        assertEquals("Signals of instrument TT_Tank1 (1)", signals.title(), "a role has no signals: nothing changes");
    }

    @Test
    void eachCellEditIsOneCommandThatUndoes() throws Exception {
        PlantEditor editor = driver.open();
        SignalTable signals = editor.getSignalTable();
        Equipment tank3 = named(editor, Equipment.class, null, "Tank3");
        editor.getViewer().setSelection(new StructuredSelection(tank3), true);
        settle(300);
        Signal bathTemp = named(editor, Signal.class, "Tank3", "BathTemp");

        signals.viewer().editElement(bathTemp, UNIT);
        CCombo units = find(signals.viewer().getTable(), CCombo.class, Control::isVisible);
        int kelvin = Arrays.asList(units.getItems()).indexOf(Arrays.stream(units.getItems())
                .filter(i -> i.endsWith("(KEL)")).findFirst().orElseThrow());
        units.select(kelvin);
        units.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals("KEL", bathTemp.getUnit().getCommonCode());
        assertEquals("K (KEL)", cell("BathTemp", UNIT));
        assertTrue(editor.isDirty());
        driver.run("org.eclipse.ui.edit.undo");
        assertEquals("CEL", bathTemp.getUnit().getCommonCode());
        assertEquals("\u00b0C (CEL)", cell("BathTemp", UNIT), "the table follows Undo");
        assertFalse(editor.isDirty());

        Signal agitator = named(editor, Signal.class, "Tank3", "AgitatorRunning");
        assertNull(agitator.getValidRange());
        Text min = typeInto(signals, agitator, MIN, "one");
        assertTrue(signals.refusal().contains("\u201cone\u201d is not a number"), signals.refusal());
        min.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertNull(agitator.getValidRange(), "a refused bound is not set");
        min = typeInto(signals, agitator, MIN, "0");
        min.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertNotNull(agitator.getValidRange(), "a bound on a signal without range creates the range");
        assertEquals(0.0, agitator.getValidRange().getMinimum());
        assertFalse(agitator.getValidRange().isSetMaximum(), "the other bound stays open");
        assertEquals("0", cell("AgitatorRunning", MIN));
        driver.run("org.eclipse.ui.edit.undo");
        assertNull(agitator.getValidRange(), "one command: Undo removes the range again");

        Text name = typeInto(signals, bathTemp, SIGNAL, "BathTemperature");
        name.notifyListeners(SWT.DefaultSelection, new Event());
        settle(300);
        assertEquals("BathTemperature", bathTemp.getName());
        driver.run("org.eclipse.ui.edit.undo");
        assertEquals("BathTemp", bathTemp.getName());
    }

    private static Text typeInto(SignalTable signals, Signal signal, int column, String text) {
        signals.viewer().editElement(signal, column);
        Text field = find(signals.viewer().getTable(), Text.class, Control::isVisible);
        field.setText(text);
        settle(100);
        return field;
    }

    private List<String> column(int index) throws Exception {
        Table table = ((PlantEditor) driver.page.getActiveEditor()).getSignalTable().viewer().getTable();
        return Arrays.stream(table.getItems()).map(i -> i.getText(index)).toList();
    }

    private String cell(String signal, int index) {
        Table table = ((PlantEditor) driver.page.getActiveEditor()).getSignalTable().viewer().getTable();
        return Arrays.stream(table.getItems()).filter(i -> i.getText(SIGNAL).equals(signal)).findFirst()
                .map(i -> i.getText(index)).orElseThrow(() -> new AssertionError("no row " + signal));
    }

    private void clickHeader(int index) {
        Table table = ((PlantEditor) driver.page.getActiveEditor()).getSignalTable().viewer().getTable();
        table.getColumn(index).notifyListeners(SWT.Selection, new Event());
        settle(200);
    }

    private static void selectRow(Table table, String signal) {
        for (TableItem item : table.getItems()) {
            if (item.getText(SIGNAL).equals(signal)) {
                table.setSelection(item);
                Event event = new Event();
                event.item = item;
                table.notifyListeners(SWT.Selection, event);
                settle(500);
                return;
            }
        }
        throw new AssertionError("no row " + signal);
    }
}
