/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.PlantSignal;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The plant's signals, mapped or not, as targets of new mappings")
class PlantSignalsTest {

    private static final Commissioning COMMISSIONING = Commissioning.standalone();

    private static PlantSignal signal(CommissioningModel model, String name) {
        return model.plantSignals().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + model.plantSignals()));
    }

    @Test
    void everySignalOfTheImportedPlantIsListedWithUnitTypeAndRange() throws Exception {
        CommissioningModel model = COMMISSIONING.load(List.of(RepositoryRoot.riverside())).model();
        assertEquals(20, model.plantSignals().size(), model.plantSignals().toString());
        PlantSignal zone2 = signal(model, "CuringOven.Zone2.Temp");
        assertEquals("Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone2.Temp", zone2.qualifiedName());
        assertEquals("CEL", zone2.unitCode());
        assertEquals("°C", zone2.unitSymbol());
        assertEquals("real", zone2.dataType());
        assertEquals(0, zone2.low());
        assertEquals(250, zone2.high());
        assertTrue(zone2.mapped());
        assertEquals("integer", signal(model, "CuringOven.BatchId").dataType());
        assertEquals("Tank1.RectifierCurrent", signal(model, "Tank1.RectifierCurrent").name());
    }

    @Test
    void aSignalWithoutMappingIsListedAsNotMapped(@TempDir Path dir) throws Exception {
        Path riverside = RepositoryRoot.riverside();
        Files.copy(riverside.resolve("riverside.plant"), dir.resolve("riverside.plant"));
        Files.writeString(dir.resolve("riverside.twin"), Files.readString(riverside.resolve("riverside.twin"))
                .replace("map Oven2 \"ns=2;s=Zone2.Temp\" -> CuringOven.Zone2.Temp { unit degC }\n", ""));
        CommissioningModel model = COMMISSIONING.load(List.of(dir)).model();
        assertFalse(signal(model, "CuringOven.Zone2.Temp").mapped());
        assertTrue(signal(model, "CuringOven.Zone3.Temp").mapped());
    }
}
