/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plant editor's Outline: the plant's structure (no signals), following the editor's selection and
 * leading it, and following changes of the plant.
 */
class PlantOutlineTest {

    private static final String TANK3 = "Acme.Riverside.Finishing.AnodizingLine.Tank3";

    private ExamplePlant plant;
    private PlantEditor editor;
    private IContentOutlinePage outline;

    @BeforeEach
    void openTheExampleAndItsOutline() throws Exception {
        plant = ExamplePlant.copy("plant-outline-test");
        editor = plant.open();
        ContentOutline view = (ContentOutline) plant.page.showView(IPageLayout.ID_OUTLINE);
        plant.page.activate(editor);
        EventLoop.settle(Duration.ofMillis(500));
        outline = assertInstanceOf(IContentOutlinePage.class, view.getCurrentPage(), "the editor has an outline");
    }

    @AfterEach
    void removeIt() throws Exception {
        plant.remove();
    }

    @Test
    void theOutlineShowsThePlantsStructureWithoutSignals() throws Exception {
        List<String> shown = texts(((Tree) outline.getControl()).getItems());
        assertTrue(shown.stream().anyMatch(t -> t.contains("Tank3")), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.contains("Line AnodizingLine")), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.contains("PLC4")), "controllers: " + shown);
        assertTrue(shown.stream().anyMatch(t -> t.contains("TT_Tank3")), "instruments: " + shown);
        assertFalse(shown.stream().anyMatch(t -> t.startsWith("BathTemp")), "no signals: " + shown);
        assertFalse(shown.stream().anyMatch(t -> t.contains("Calibration")), "no calibration records: " + shown);
    }

    @Test
    void selectingASignalInTheEditorSelectsItsEquipmentInTheOutline() throws Exception {
        EObject bathTemp = ExamplePlant.element(editor, TANK3 + ".BathTemp");
        editor.getViewer().setSelection(new StructuredSelection(bathTemp), true);
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(List.of(ExamplePlant.element(editor, TANK3)), selected(outline));

        // the picture of the docs: the tree with its icons, the Outline, the signal's properties
        plant.page.showView(IPageLayout.ID_PROP_SHEET);
        plant.page.activate(editor);
        Tree tree = editor.getViewer().getTree();
        tree.setTopItem(tree.getItem(0));
        EventLoop.settle(Duration.ofMillis(500));
        ImageData screenshot = Screenshots.capture(editor.getSite().getShell());
        Screenshots.save(screenshot, "plant-editor-tree");
        assertTrue(Screenshots.distinctPixels(screenshot) > 20);

        EObject line = ExamplePlant.element(editor, "Acme.Riverside.Finishing.AnodizingLine");
        editor.getViewer().setSelection(new StructuredSelection(line), true);
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(List.of(line), selected(outline));
    }

    @Test
    void selectingInTheOutlineSelectsAndRevealsInTheEditor() throws Exception {
        EObject oven = ExamplePlant.element(editor, "Acme.Riverside.Finishing.PowderCoating.CuringOven");
        editor.getViewer().collapseAll();
        outline.setSelection(new StructuredSelection(oven));
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(List.of(oven), editor.getViewer().getStructuredSelection().toList());
        TreeItem[] items = editor.getViewer().getTree().getSelection();
        assertEquals(1, items.length, "the oven's row is shown and selected in the editor");
        assertTrue(items[0].getText().contains("CuringOven"), items[0].getText());

        editor.getViewer().expandToLevel(5);
        EventLoop.settle(Duration.ofMillis(300));
        ImageData screenshot = Screenshots.capture(editor.getSite().getShell());
        Screenshots.save(screenshot, "plant-editor-outline");
        assertTrue(Screenshots.distinctPixels(screenshot) > 20);
    }

    @Test
    void theOutlineFollowsChangesOfThePlant() throws Exception {
        EObject tank3 = ExamplePlant.element(editor, TANK3);
        editor.getViewer().setSelection(new StructuredSelection(tank3), true);
        EventLoop.settle(Duration.ofMillis(200));
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.DeleteCommand.create(
                editor.getEditingDomain(), List.of(tank3)));
        EventLoop.settle(Duration.ofMillis(500));
        assertFalse(texts(((Tree) outline.getControl()).getItems()).stream().anyMatch(t -> t.matches(".*\\bTank3")),
                "deleted equipment leaves the outline");
        editor.getEditingDomain().getCommandStack().undo();
        EventLoop.settle(Duration.ofMillis(500));
        assertTrue(texts(((Tree) outline.getControl()).getItems()).stream().anyMatch(t -> t.matches(".*\\bTank3")),
                "and comes back with Undo");
    }

    private static List<?> selected(IContentOutlinePage page) {
        assertNotNull(page.getSelection());
        return ((IStructuredSelection) page.getSelection()).toList();
    }

    private static List<String> texts(TreeItem[] items) {
        List<String> all = new ArrayList<>();
        for (TreeItem item : items) {
            all.add(item.getText());
            if (item.getExpanded()) {
                all.addAll(texts(item.getItems()));
            }
        }
        return all;
    }
}
