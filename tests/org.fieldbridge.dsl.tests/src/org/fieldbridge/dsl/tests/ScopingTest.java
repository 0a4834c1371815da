/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.resource.Resource;
import org.fieldbridge.dsl.twin.Alignment;
import org.fieldbridge.dsl.twin.EquipmentPattern;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.resource.PlantResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("References into the plant model")
class ScopingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp, Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp",
            "AnodizingLine.Tank3.BathTemp, Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp",
            "Tank3.BathTemp, Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp",
            "Tank1.RectifierCurrent, Acme.Riverside.Finishing.AnodizingLine.Tank1.RectifierCurrent",
            "CuringOven.Zone2.Temp, Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone2.Temp",
            "Zone2.Temp, Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone2.Temp",
            "GasFlow, Acme.Riverside.Finishing.PowderCoating.CuringOven.GasFlow" })
    @DisplayName("a signal resolves by its qualified name or any unique trailing part of it")
    void signalsResolveByQualifiedName(String written, String expected) {
        var checked = TwinTester.checkBody("map Oven2 \"ns=2;s=X\" -> " + written + "\n");
        Mapping mapping = (Mapping) checked.model().getElements().get(2);
        assertFalse(mapping.getSignal().eIsProxy(), checked.describe());
        assertEquals(expected, mapping.getSignal().qualifiedName());
        assertTrue(checked.withCode(TwinIssueCodes.SIGNAL_UNRESOLVED).isEmpty(), checked.describe());
    }

    @Test
    @DisplayName("the plant is loaded through the .twin file's own resource set, by the plant resource factory")
    void thePlantIsLoadedIntoTheSameResourceSet() {
        var checked = TwinTester.checkBody("map Oven2 \"ns=2;s=X\" -> Tank3.BathTemp\n");
        Signal signal = ((Mapping) checked.model().getElements().get(2)).getSignal();
        Resource plant = signal.eResource();
        assertSame(checked.resource().getResourceSet(), plant.getResourceSet());
        assertTrue(plant instanceof PlantResource, plant.getClass().getName());
        assertTrue(plant.getURI().toString().endsWith("examples/riverside/riverside.plant"), plant.getURI().toString());
    }

    @Test
    @DisplayName("an equipment pattern resolves to the equipment")
    void equipmentPatternsResolve() {
        var checked = TwinTester.checkBody("align CuringOven.Zone1.* every 1 s using hold\n");
        EquipmentPattern pattern = (EquipmentPattern) ((Alignment) checked.model().getElements().get(2)).getTargets().get(0);
        assertEquals("Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone1", pattern.getEquipment().qualifiedName());
        assertTrue(checked.issues().isEmpty(), checked.describe());
    }

    @Test
    @DisplayName("an unknown signal is reported as twin.signal.unresolved on its line")
    void unknownSignal() {
        var checked = TwinTester.checkBody("map Oven2 \"ns=2;s=X\" -> Tank9.BathTemp\n");
        var issues = checked.withCode(TwinIssueCodes.SIGNAL_UNRESOLVED);
        assertEquals(1, issues.size(), checked.describe());
        assertEquals(checked.lineOf("Tank9"), issues.get(0).getLineNumber());
        assertEquals("The imported plant model has no signal 'Tank9.BathTemp'.", issues.get(0).getMessage());
    }

    @Test
    @DisplayName("an ambiguous short name is reported with the candidates")
    void ambiguousShortName() {
        var checked = TwinTester.checkBody("map Oven2 \"ns=2;s=X\" -> BathTemp\n");
        var issues = checked.withCode(TwinIssueCodes.SIGNAL_UNRESOLVED);
        assertEquals(1, issues.size(), checked.describe());
        assertTrue(issues.get(0).getMessage().startsWith("'BathTemp' is ambiguous: it matches Acme.Riverside."),
                issues.get(0).getMessage());
        assertTrue(issues.get(0).getMessage().contains("Tank3.BathTemp"), issues.get(0).getMessage());
    }

    @Test
    @DisplayName("equipment where a signal is expected is reported as the wrong kind")
    void wrongKind() {
        var checked = TwinTester.checkBody("map Oven2 \"ns=2;s=X\" -> CuringOven.Zone1\n");
        var issues = checked.withCode(TwinIssueCodes.WRONG_KIND);
        assertEquals(1, issues.size(), checked.describe());
        assertTrue(issues.get(0).getMessage().startsWith("'CuringOven.Zone1' is equipment"), issues.get(0).getMessage());
    }

    @Test
    @DisplayName("without an import no plant signal resolves, and the message says why")
    void withoutImport() {
        var checked = TwinTester.check("""
                connection Oven2 opcua { security Basic256Sha256 sign-and-encrypt }
                map Oven2 "ns=2;s=X" -> Tank3.BathTemp
                """);
        var issues = checked.withCode(TwinIssueCodes.SIGNAL_UNRESOLVED);
        assertEquals(1, issues.size(), checked.describe());
        assertTrue(issues.get(0).getMessage().contains("imports no plant model"), issues.get(0).getMessage());
    }

    @Test
    @DisplayName("an import of a missing file is reported on the import")
    void missingPlantFile() {
        var checked = TwinTester.check("import \"no-such.plant\"\n");
        var issues = checked.withCode(TwinIssueCodes.IMPORT_UNRESOLVED);
        assertEquals(1, issues.size(), checked.describe());
        assertEquals(1, issues.get(0).getLineNumber());
    }

    @Test
    @DisplayName("an unknown connection is reported as twin.connection.unresolved")
    void unknownConnection() {
        var checked = TwinTester.checkBody("map PLC9 holding 1 int16 -> Tank3.BathTemp\n");
        assertEquals(1, checked.withCode(TwinIssueCodes.CONNECTION_UNRESOLVED).size(), checked.describe());
    }
}
