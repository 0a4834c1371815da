/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.plant.validation.PlantRule;
import org.fieldbridge.model.plant.validation.PlantValidation;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Riverside example plant")
class ExamplePlantTest {

    /** A fixed day between the expired certificate (2025-03-01) and the others (due 2029). */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    @DisplayName("loads and has the anodizing and powder-coating lines")
    void loads() throws IOException {
        Plant plant = PlantResources.load(RepositoryRoot.example());
        Signal bathTemp = signal(plant, "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp");
        assertEquals("CEL", bathTemp.getUnit().getCommonCode());
        assertEquals("TT_Tank3", bathTemp.getInstrument().getName());
        assertEquals(40.0, bathTemp.getValidRange().getMaximum());
        Signal zone2 = signal(plant, "Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone2.Temp");
        assertEquals(250.0, zone2.getValidRange().getMaximum());
        assertEquals("MQH", signal(plant, "Acme.Riverside.Finishing.PowderCoating.CuringOven.GasFlow").getUnit().getCommonCode());
    }

    @Test
    @DisplayName("points its controllers at the simulator on loopback, without any password")
    void controllersUseLoopback() throws IOException {
        Plant plant = PlantResources.load(RepositoryRoot.example());
        ModbusTcpEndpoint plc4 = (ModbusTcpEndpoint) plant.getControllers().get(0).getEndpoints().get(0);
        assertEquals("127.0.0.1", plc4.getHost());
        assertEquals(5020, plc4.getPort());
        OpcUaEndpoint oven2 = (OpcUaEndpoint) plant.getControllers().get(1).getEndpoints().get(0);
        assertEquals("opc.tcp://127.0.0.1:4841/fieldbridge-sim", oven2.getEndpointUrl());
        assertEquals("env:FB_OVEN2_PASSWORD", ((UsernameIdentity) oven2.getIdentity()).getSecretRef());
    }

    @Test
    @DisplayName("validates to exactly one warning: the expired calibration of TT_Tank2")
    void validatesToOneWarning() throws IOException {
        Plant plant = PlantResources.load(RepositoryRoot.example());
        Diagnostic result = PlantValidation.validate(plant, TODAY);

        List<Diagnostic> findings = Diagnostics.findings(result);
        assertEquals(1, findings.size(), Diagnostics.describe(findings));
        Diagnostic warning = findings.get(0);
        assertEquals(Diagnostic.WARNING, warning.getSeverity());
        assertEquals(PlantRule.CALIBRATION_EXPIRED, PlantRule.of(warning));
        assertEquals(PlantRule.CALIBRATION_EXPIRED.code(), warning.getCode());
        assertEquals("plant.calibration.expired", warning.getData().get(1));
        assertTrue(warning.getMessage().contains("TT_Tank2"), warning.getMessage());
        assertTrue(warning.getMessage().contains("RKL-2024-01187"), warning.getMessage());
        assertTrue(warning.getMessage().contains("2025-03-01"), warning.getMessage());
        CalibrationRecord expired = (CalibrationRecord) warning.getData().get(0);
        assertEquals("TT_Tank2", ((Instrument) expired.eContainer()).getName());
    }

    @Test
    @DisplayName("has no errors and warns about TT_Tank2 against the real clock too")
    void validatesAgainstTheClock() throws IOException {
        // Only date-independent facts: once the other certificates fall due (2029) more warnings appear.
        Diagnostic result = PlantValidation.validate(PlantResources.load(RepositoryRoot.example()));
        assertEquals(Diagnostic.WARNING, result.getSeverity(), Diagnostics.describe(Diagnostics.findings(result)));
        assertTrue(Diagnostics.of(result, PlantRule.CALIBRATION_EXPIRED).stream()
                .anyMatch(d -> d.getMessage().contains("TT_Tank2")));
    }

    @Test
    @DisplayName("survives load, save, load unchanged, and re-saves byte for byte")
    void roundTrips(@TempDir Path dir) throws IOException {
        Path original = RepositoryRoot.example();
        Plant first = PlantResources.load(original);
        Path copy = dir.resolve("riverside.plant");
        PlantResources.save(first.eResource(), copy);
        Plant second = PlantResources.load(copy);

        assertTrue(EcoreUtil.equals(first, second), "models differ after a round trip");
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy),
                "the checked-in example is not in canonical form; re-save it with PlantResources.save");
    }

    @Test
    @DisplayName("reads its calibration dates as the same days in any time zone")
    void datesIgnoreTimeZone(@TempDir Path dir) throws IOException {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Plant plant = PlantResources.load(RepositoryRoot.example());
            CalibrationRecord record = instrument(plant, "TT_Tank2").getCalibrations().get(0);
            assertEquals(LocalDate.of(2025, 3, 1), record.getDueDate());
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
            PlantResources.save(plant.eResource(), dir.resolve("adak.plant"));
            assertArrayEquals(Files.readAllBytes(RepositoryRoot.example()), Files.readAllBytes(dir.resolve("adak.plant")));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    @DisplayName("refers to instruments, units, controllers and roles by name in the XMI")
    void referencesAreReadable() throws IOException {
        String text = Files.readString(RepositoryRoot.example());
        assertTrue(text.contains("instrument=\"TT_Tank3\""));
        assertTrue(text.contains("unit=\"CEL\""));
        assertTrue(text.contains("controller=\"PLC4\""));
        assertTrue(text.contains("assignedRoles=\"operator integrator commissioning\""));
        Plant plant = PlantResources.load(RepositoryRoot.example());
        EObject byFragment = plant.eResource().getEObject("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp");
        assertSame(signal(plant, "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp"), byFragment);
    }

    @Test
    @DisplayName("cites the certificate that covers a given day")
    void findsTheCalibrationValidOnADay() throws IOException {
        Instrument tank1 = instrument(PlantResources.load(RepositoryRoot.example()), "TT_Tank1");
        assertEquals("RKL-2024-04711", tank1.calibrationValidOn(LocalDate.of(2025, 6, 1)).getCertificateId());
        assertEquals("RKL-2026-05233", tank1.calibrationValidOn(LocalDate.of(2026, 6, 20)).getCertificateId());
        assertEquals(null, tank1.calibrationValidOn(LocalDate.of(2030, 1, 1)));
    }

    static Signal signal(Plant plant, String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        EObject current = plant.getEnterprises().stream().filter(e -> e.getName().equals(parts[0])).findFirst().orElseThrow();
        for (int i = 1; i < parts.length; i++) {
            String name = parts[i];
            current = current.eContents().stream()
                    .filter(c -> c instanceof org.fieldbridge.model.plant.NamedElement n && name.equals(n.getName()))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + qualifiedName));
        }
        Signal signal = (Signal) current;
        assertEquals(qualifiedName, signal.qualifiedName());
        assertNotNull(((Equipment) signal.eContainer()).getKind());
        return signal;
    }

    static Instrument instrument(Plant plant, String name) {
        return plant.getInstruments().stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
    }
}
