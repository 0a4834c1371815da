/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import java.time.LocalDate;

import org.fieldbridge.model.plant.Area;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.EquipmentKind;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.MessageSecurityMode;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.Permission;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.plant.SecurityPolicy;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.SignalDataType;
import org.fieldbridge.model.plant.SignalKind;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.WorkCell;
import org.fieldbridge.model.plant.X509Identity;

/**
 * A small plant that is valid on {@link #TODAY} and uses every kind of element, so that each validation
 * test can break exactly one thing.
 */
final class PlantFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private static final PlantFactory F = PlantFactory.eINSTANCE;

    final Plant plant = F.createPlant();
    final EngineeringUnit celsius = unit("CEL", "°C");
    final EngineeringUnit kelvin = unit("KEL", "K");
    final EngineeringUnit ampere = unit("AMP", "A");
    final Enterprise enterprise = named(F.createEnterprise(), "Acme");
    final Site site = named(F.createSite(), "Riverside");
    final Area area = named(F.createArea(), "Finishing");
    final Line line = named(F.createLine(), "AnodizingLine");
    final WorkCell cell = named(F.createWorkCell(), "Cell1");
    final Equipment tank = named(F.createEquipment(), "Tank3");
    final Equipment zone = named(F.createEquipment(), "Zone1");
    final Signal bathTemp = named(F.createSignal(), "BathTemp");
    final Signal running = named(F.createSignal(), "AgitatorRunning");
    final Signal zoneTemp = named(F.createSignal(), "Temp");
    final Instrument thermometer = named(F.createInstrument(), "TT_Tank3");
    final CalibrationRecord calibration = F.createCalibrationRecord();
    final Controller plc = named(F.createController(), "PLC4");
    final ModbusTcpEndpoint modbus = F.createModbusTcpEndpoint();
    final Controller oven = named(F.createController(), "Oven2");
    final OpcUaEndpoint opcUa = F.createOpcUaEndpoint();
    final UsernameIdentity user = F.createUsernameIdentity();
    final Controller press = named(F.createController(), "Press1");
    final OpcUaEndpoint pressEndpoint = F.createOpcUaEndpoint();
    final X509Identity certificate = F.createX509Identity();
    final Role operator = named(F.createRole(), "operator");

    PlantFixture() {
        plant.getUnits().add(celsius);
        plant.getUnits().add(kelvin);
        plant.getUnits().add(ampere);
        plant.getEnterprises().add(enterprise);
        enterprise.getSites().add(site);
        site.getAreas().add(area);
        area.getLines().add(line);
        line.getWorkCells().add(cell);
        cell.getEquipment().add(tank);
        tank.setKind(EquipmentKind.ANODIZING_TANK);
        tank.setController(plc);
        tank.getSignals().add(bathTemp);
        tank.getSignals().add(running);
        tank.getSubEquipment().add(zone);
        zone.setKind(EquipmentKind.OVEN_ZONE);
        zone.getSignals().add(zoneTemp);

        measure(bathTemp, thermometer, 0, 40);
        measure(zoneTemp, null, 0, 250);
        running.setKind(SignalKind.STATE);
        running.setQuantity(Quantity.STATE);
        running.setDataType(SignalDataType.BOOLEAN);

        plant.getInstruments().add(thermometer);
        thermometer.setQuantity(Quantity.TEMPERATURE);
        thermometer.getCalibrations().add(calibration);
        calibration.setCertificateId("RKL-2025-00042");
        calibration.setLaboratory("Rheintal Kalibrierlabor GmbH");
        calibration.setAccreditationBody("DAkkS");
        calibration.setAccreditationNumber("D-K-15072-01");
        calibration.setCalibrationDate(LocalDate.of(2025, 1, 10));
        calibration.setDueDate(LocalDate.of(2027, 1, 31));
        calibration.setExpandedUncertainty(0.08);
        calibration.setUncertaintyUnit(kelvin);

        plant.getControllers().add(plc);
        plc.getEndpoints().add(modbus);
        modbus.setHost("127.0.0.1");
        modbus.setPort(5020);

        plant.getControllers().add(oven);
        oven.getEndpoints().add(opcUa);
        opcUa.setEndpointUrl("opc.tcp://127.0.0.1:4841/fieldbridge-sim");
        opcUa.setSecurityPolicy(SecurityPolicy.BASIC256_SHA256);
        opcUa.setSecurityMode(MessageSecurityMode.SIGN_AND_ENCRYPT);
        opcUa.setIdentity(user);
        user.setUsername("fieldbridge");
        user.setSecretRef("env:FB_OVEN2_PASSWORD");

        plant.getControllers().add(press);
        press.getEndpoints().add(pressEndpoint);
        pressEndpoint.setEndpointUrl("opc.tcp://127.0.0.1:4842");
        pressEndpoint.setSecurityPolicy(SecurityPolicy.AES256_SHA256_RSA_PSS);
        pressEndpoint.setSecurityMode(MessageSecurityMode.SIGN);
        pressEndpoint.setIdentity(certificate);
        certificate.setCertificateRef("file:certs/press1-user.der");
        certificate.setPrivateKeyRef("keystore:press1-user");

        plant.getRoles().add(operator);
        operator.getPermissions().add(Permission.BROWSE);
        operator.getPermissions().add(Permission.READ);
        area.getAssignedRoles().add(operator);
    }

    private void measure(Signal signal, Instrument instrument, double min, double max) {
        signal.setKind(SignalKind.MEASUREMENT);
        signal.setQuantity(Quantity.TEMPERATURE);
        signal.setUnit(celsius);
        signal.setInstrument(instrument);
        ValueRange range = F.createValueRange();
        range.setMinimum(min);
        range.setMaximum(max);
        signal.setValidRange(range);
    }

    private EngineeringUnit unit(String code, String symbol) {
        EngineeringUnit unit = F.createEngineeringUnit();
        unit.setCommonCode(code);
        unit.setDisplayName(symbol);
        return unit;
    }

    private static <T extends org.fieldbridge.model.plant.NamedElement> T named(T element, String name) {
        element.setName(name);
        return element;
    }
}
