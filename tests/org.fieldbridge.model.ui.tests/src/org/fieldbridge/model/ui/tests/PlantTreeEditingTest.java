/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.model.ui.editor.TreeDragAndDrop;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Structure editing in the plant editor's tree as a plant engineer does it: New Child from the context menu,
 * Cut, Copy and Paste through the workbench's Edit commands, dragging elements; each one undoable, names
 * kept unique.
 */
class PlantTreeEditingTest {

    private static final String LINE = "Acme.Riverside.Finishing.AnodizingLine";
    private static final String TANK1 = LINE + ".Tank1";
    private static final String TANK3 = LINE + ".Tank3";

    private ExamplePlant plant;
    private PlantEditor editor;

    @BeforeEach
    void openTheExample() throws Exception {
        plant = ExamplePlant.copy("plant-tree-editing-test");
        editor = plant.open();
        plant.page.activate(editor);
    }

    @AfterEach
    void removeIt() throws Exception {
        plant.remove();
    }

    @Test
    void newChildOffersThePlantWordsAndAddsAUniquelyNamedSignal() throws Exception {
        Equipment tank3 = (Equipment) element(TANK3);
        select(tank3);
        Menu newChild = newChildMenu();
        List<String> offered = Arrays.stream(newChild.getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of("Signal", "Sub-Equipment"), offered);

        int before = tank3.getSignals().size();
        choose(newChild, "Signal");
        assertEquals(before + 1, tank3.getSignals().size(), "a signal was added to Tank3");
        Signal added = tank3.getSignals().get(before);
        assertEquals("Signal1", added.getName());
        assertEquals(List.of(added), editor.getViewer().getStructuredSelection().toList(), "the new signal is selected");
        assertTrue(editor.isDirty());

        select(tank3);
        choose(newChildMenu(), "Signal");
        assertEquals("Signal2", tank3.getSignals().get(before + 1).getName(), "the next new signal gets a free name");

        run("org.eclipse.ui.edit.undo");
        run("org.eclipse.ui.edit.undo");
        assertEquals(before, tank3.getSignals().size(), "Undo removes each new signal");
        assertFalse(editor.isDirty());
    }

    @Test
    void theNewChildMenuIsShownOverTheTree() throws Exception {
        select(element(TANK3));
        Tree tree = editor.getViewer().getTree();
        Shell shell = tree.getShell();
        TreeItem tank3 = tree.getSelection()[0];
        Point at = tree.toDisplay(tank3.getBounds().x + 60, tank3.getBounds().y + tank3.getBounds().height);
        Menu menu = tree.getMenu();
        menu.setLocation(at);
        menu.setVisible(true);
        try {
            EventLoop.settle(Duration.ofMillis(600));
            post(shell.getDisplay(), at.x + 30, at.y + 14); // hover over "New Child": its submenu opens
            EventLoop.settle(Duration.ofMillis(1200));
            Screenshots.save(Screenshots.capture(shell), "plant-editor-new-child");
        } finally {
            escape(shell.getDisplay());
            escape(shell.getDisplay());
        }
        List<String> items = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").replaceFirst("\t.*", ""))
                .filter(t -> !t.isEmpty()).toList();
        assertEquals(List.of("New Child", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete"), items);
    }

    @Test
    void aCopiedSignalIsPastedIntoEquipmentUnderAFreeNameAndUndone() throws Exception {
        Signal bathTemp = (Signal) element(TANK3 + ".BathTemp");
        Equipment tank3 = (Equipment) element(TANK3);
        select(bathTemp);
        run("org.eclipse.ui.edit.copy");
        assertFalse(editor.isDirty(), "copying changes nothing");

        select(tank3);
        run("org.eclipse.ui.edit.paste");
        Signal copy = tank3.getSignals().get(tank3.getSignals().size() - 1);
        assertEquals("BathTemp_2", copy.getName(), "the copy's name is made unique in Tank3");
        assertSame(bathTemp.getUnit(), copy.getUnit(), "the copy refers to the same unit");
        assertEquals(40.0, copy.getValidRange().getMaximum());

        select(bathTemp);
        run("org.eclipse.ui.edit.paste");
        assertEquals("BathTemp_3", tank3.getSignals().get(tank3.getSignals().indexOf(bathTemp) + 1).getName(),
                "pasted on a signal, the copy goes next to it");

        run("org.eclipse.ui.edit.undo");
        run("org.eclipse.ui.edit.undo");
        assertEquals(4, tank3.getSignals().size(), "Undo takes both pastes back");
        assertFalse(editor.isDirty());
    }

    @Test
    void aCutSignalIsPastedIntoOtherEquipmentWithItsReferences() throws Exception {
        Signal current = (Signal) element(TANK3 + ".RectifierCurrent");
        Equipment tank1 = (Equipment) element(TANK1);
        EObject instrument = current.getInstrument();
        select(current);
        run("org.eclipse.ui.edit.cut");
        assertNull(current.eContainer(), "Cut removes the signal");

        select(tank1);
        run("org.eclipse.ui.edit.paste");
        Signal pasted = tank1.getSignals().get(tank1.getSignals().size() - 1);
        assertSame(current, pasted, "Cut and Paste moves the signal itself");
        assertEquals("RectifierCurrent_2", pasted.getName(), "Tank1 has a RectifierCurrent already");
        assertSame(instrument, pasted.getInstrument(), "the instrument reference is kept");

        run("org.eclipse.ui.file.save");
        String saved = Files.readString(plant.file.getLocation().toPath());
        assertTrue(saved.contains("name=\"RectifierCurrent_2\""), "saved with the pasted signal");

        run("org.eclipse.ui.edit.undo");
        run("org.eclipse.ui.edit.undo");
        assertEquals(element(TANK3), current.eContainer(), "Undo of paste and cut puts the signal back");
    }

    @Test
    void aCutInstrumentPastedBackIsStillTheOneItsSignalsUse() throws Exception {
        Signal bathTemp = (Signal) element(TANK3 + ".BathTemp");
        Instrument instrument = bathTemp.getInstrument();
        Plant root = (Plant) editor.getResource().getContents().get(0);
        select(instrument);
        run("org.eclipse.ui.edit.cut");
        assertFalse(root.getInstruments().contains(instrument));
        select(root);
        run("org.eclipse.ui.edit.paste");
        assertTrue(root.getInstruments().contains(instrument), "the instrument itself is back in the plant");
        assertSame(instrument, bathTemp.getInstrument());
        run("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty(), "saved: nothing refers to an element outside the plant");

        select(root);
        assertTrue(editor.getEditingDomain().getClipboard().contains(instrument), "still on the clipboard");
        run("org.eclipse.ui.edit.paste");
        assertTrue(root.getInstruments().stream().anyMatch(i -> (instrument.getName() + "_2").equals(i.getName())),
                "a second paste adds a copy under a free name");
    }

    @Test
    void draggingASignalOntoOtherEquipmentMovesItAndUndoBringsItBack() throws Exception {
        Signal running = (Signal) element(TANK3 + ".AgitatorRunning");
        Equipment tank1 = (Equipment) element(TANK1);
        Command drop = TreeDragAndDrop.drop(editor.getEditingDomain(), tank1, ViewerDropAdapter.LOCATION_ON,
                DND.DROP_MOVE, List.of(running));
        assertTrue(drop.canExecute(), "a signal may be dropped on equipment");
        editor.getEditingDomain().getCommandStack().execute(drop);
        EventLoop.settle(Duration.ofMillis(300));
        assertSame(tank1, running.eContainer());
        assertEquals("AgitatorRunning_2", running.getName(), "Tank1 has an AgitatorRunning already");

        run("org.eclipse.ui.edit.undo");
        assertEquals(element(TANK3), running.eContainer(), "one Undo takes back the move and the rename");
        assertEquals("AgitatorRunning", running.getName());

        Signal bathTemp = (Signal) element(TANK3 + ".BathTemp");
        Command between = TreeDragAndDrop.drop(editor.getEditingDomain(), bathTemp, ViewerDropAdapter.LOCATION_BEFORE,
                DND.DROP_MOVE, List.of(running));
        editor.getEditingDomain().getCommandStack().execute(between);
        assertEquals(0, ((Equipment) element(TANK3)).getSignals().indexOf(running), "dropped before BathTemp");
        assertFalse(TreeDragAndDrop.drop(editor.getEditingDomain(), bathTemp, ViewerDropAdapter.LOCATION_ON,
                DND.DROP_MOVE, List.of(element(TANK1))).canExecute(), "equipment cannot go into a signal");
    }

    private EObject element(String qualifiedName) {
        return ExamplePlant.element(editor, qualifiedName);
    }

    private void select(EObject element) {
        editor.getViewer().setSelection(new StructuredSelection(element), true);
        EventLoop.settle(Duration.ofMillis(200));
    }

    /** The tree's context menu, filled as when it is shown, and its New Child submenu. */
    private Menu newChildMenu() {
        Menu menu = editor.getViewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals("New Child"))
                .findFirst().orElseThrow(() -> new AssertionError("no New Child in the context menu"));
        Menu submenu = item.getMenu();
        submenu.notifyListeners(SWT.Show, new Event());
        return submenu;
    }

    private static void choose(Menu menu, String text) {
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + text + " in the menu"));
        item.notifyListeners(SWT.Selection, new Event());
        EventLoop.settle(Duration.ofMillis(300));
    }

    private void run(String command) throws Exception {
        plant.page.activate(editor);
        EventLoop.settle(Duration.ofMillis(100));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        EventLoop.settle(Duration.ofMillis(300));
    }

    private static void post(Display display, int x, int y) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = x;
        move.y = y;
        display.post(move);
    }

    private static void escape(Display display) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event escape = new Event();
            escape.type = type;
            escape.keyCode = SWT.ESC;
            display.post(escape);
        }
        EventLoop.settle(Duration.ofMillis(300));
    }

}
