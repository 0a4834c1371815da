/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Navigation into the plant editor: other editors name a plant element by its URI (or the element itself)
 * and the editor selects and reveals it; a plant problem marker opens the editor at its element.
 */
class PlantNavigationTest {

    private static final String BATH_TEMP = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";
    private static final String OVEN_ZONE = "Acme.Riverside.Finishing.PowderCoating.CuringOven";

    private ExamplePlant plant;

    @BeforeEach
    void copyTheExample() throws Exception {
        plant = ExamplePlant.copy("plant-navigation-test");
    }

    @AfterEach
    void removeIt() throws Exception {
        plant.remove();
    }

    @Test
    void anElementUriIsSelectedAndRevealedInTheTree() throws Exception {
        PlantEditor editor = plant.open();
        editor.getViewer().collapseAll();
        URI uri = URI.createFileURI(plant.file.getLocation().toOSString()).appendFragment(BATH_TEMP);
        target(editor).selectReveal(new StructuredSelection(uri));
        EventLoop.settle(Duration.ofMillis(200));

        assertEquals(List.of(ExamplePlant.element(editor, BATH_TEMP)), selected(editor));
        TreeItem[] items = editor.getViewer().getTree().getSelection();
        assertEquals(1, items.length, "the signal's tree item is selected");
        assertTrue(items[0].getText().startsWith("BathTemp"), items[0].getText());
        assertTrue(items[0].getParentItem().getExpanded(), "its equipment is opened to show it");
    }

    @Test
    void elementsOfAPlantLoadedElsewhereAreFoundByTheirUri() throws Exception {
        PlantEditor editor = plant.open();
        Plant copy = PlantResources.load(plant.file.getLocation().toPath());
        EObject bathTemp = element(copy, BATH_TEMP);
        EObject oven = element(copy, OVEN_ZONE);
        target(editor).selectReveal(new StructuredSelection(List.of(bathTemp, oven)));
        EventLoop.settle(Duration.ofMillis(200));

        assertEquals(List.of(ExamplePlant.element(editor, BATH_TEMP), ExamplePlant.element(editor, OVEN_ZONE)),
                selected(editor));
    }

    @Test
    void aUriOfAnotherFileOrAnUnknownElementChangesNothing() throws Exception {
        PlantEditor editor = plant.open();
        EObject bathTemp = ExamplePlant.element(editor, BATH_TEMP);
        editor.getViewer().setSelection(new StructuredSelection(bathTemp));
        target(editor).selectReveal(new StructuredSelection(List.of(
                URI.createFileURI("/elsewhere/other.plant").appendFragment(OVEN_ZONE),
                URI.createFileURI(plant.file.getLocation().toOSString()).appendFragment("Acme.NoSuchSite"))));
        assertEquals(List.of(bathTemp), selected(editor));
    }

    @Test
    void openingAPlantProblemMarkerSelectsItsElement() throws Exception {
        IMarker marker = plant.file.createMarker(IMarker.PROBLEM, Map.of(IMarker.MESSAGE, "a plant problem",
                IMarker.SEVERITY, IMarker.SEVERITY_WARNING, IMarker.LINE_NUMBER, 39,
                EValidator.URI_ATTRIBUTE, BATH_TEMP));
        PlantEditor editor = (PlantEditor) IDE.openEditor(plant.page, marker);
        EventLoop.settle(Duration.ofMillis(300));

        assertEquals(List.of(ExamplePlant.element(editor, BATH_TEMP)), selected(editor));
    }

    @Test
    void openingTheBuildersMarkerOfAPlantFindingSelectsTheSignal() throws Exception {
        IProjectDescription description = plant.project.getDescription();
        description.setNatureIds(new String[] { "org.fieldbridge.nature" });
        plant.project.setDescription(description, null);
        String text = Files.readString(plant.file.getLocation().toPath());
        String broken = text.replace("unit=\"AMP\" samplePeriodMs=\"500\" instrument=\"CT_Tank3Rectifier\"",
                "unit=\"AMP\" samplePeriodMs=\"-5\" instrument=\"CT_Tank3Rectifier\"");
        plant.file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
        IMarker[] found = new IMarker[1];
        assertTrue(ExamplePlant.until(() -> (found[0] = samplePeriodMarker()) != null, Duration.ofSeconds(30)),
                "the builder marks the sample period");

        PlantEditor editor = (PlantEditor) IDE.openEditor(plant.page, found[0]);
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(List.of(ExamplePlant.element(editor, "Acme.Riverside.Finishing.AnodizingLine.Tank3.RectifierCurrent")),
                selected(editor));
    }

    private IMarker samplePeriodMarker() {
        try {
            return Arrays.stream(plant.file.findMarkers("org.fieldbridge.workspace.problem", false, 0))
                    .filter(m -> "plant.signal.samplePeriod.invalid".equals(m.getAttribute("code", ""))).findFirst()
                    .orElse(null);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static ISetSelectionTarget target(PlantEditor editor) {
        ISetSelectionTarget target = editor.getAdapter(ISetSelectionTarget.class);
        assertNotNull(target, "the plant editor adapts to ISetSelectionTarget");
        return target;
    }

    private static List<?> selected(PlantEditor editor) {
        return editor.getViewer().getStructuredSelection().toList();
    }

    private static EObject element(Plant plant, String qualifiedName) {
        Iterable<EObject> all = plant::eAllContents;
        for (EObject o : all) {
            if (o instanceof org.fieldbridge.model.plant.NamedElement named
                    && qualifiedName.equals(named.qualifiedName())) {
                return o;
            }
        }
        throw new AssertionError("no " + qualifiedName);
    }
}
