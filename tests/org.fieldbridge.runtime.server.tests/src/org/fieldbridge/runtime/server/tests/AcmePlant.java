/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.util.List;

import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.BehaviourDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.StateDescription;

/**
 * The test plant: Acme / Riverside / Finishing / AnodizingLine / Tank3 with two analog signals, a load counter
 * (UInt32 without unit and range: a DataItem) and an alarm.
 */
final class AcmePlant {

    static final String TANK = "Acme.Riverside.Finishing.AnodizingLine.Tank3";
    static final String BATH_TEMP = TANK + ".BathTemp";
    static final String RECTIFIER_CURRENT = TANK + ".RectifierCurrent";
    static final String LOAD_COUNT = TANK + ".LoadCount";
    static final String ALARM_ACTIVE = TANK + ".BathTempHigh.Active";

    static final EngineeringUnit CELSIUS = new EngineeringUnit("CEL", "°C", "degree Celsius");
    static final EngineeringUnit AMPERE = new EngineeringUnit("AMP", "A", "ampere");

    private AcmePlant() {
    }

    static AddressSpaceDescription description() {
        PlantElement tank = PlantElement.builder(PlantLevel.EQUIPMENT, "Tank3")
                .displayName("Tank 3 (sulfuric acid anodizing)")
                .signal(new SignalDescription("BathTemp", "Bath temperature", "Anodizing bath temperature",
                        SignalType.DOUBLE, CELSIUS, new EuRange(0.0, 40.0)))
                .signal(new SignalDescription("RectifierCurrent", "Rectifier current", "", SignalType.INT32, AMPERE,
                        new EuRange(0.0, 5000.0)))
                .signal(SignalDescription.discrete("LoadCount", "Loads processed", "Racks anodized since the last reset",
                        SignalType.UINT32))
                .behaviour(new BehaviourDescription("BathTempHigh", "Bath temperature high", "Threshold alarm",
                        List.of(new StateDescription("Active", "Active", "The alarm is active", SignalType.BOOLEAN))))
                .build();
        PlantElement line = PlantElement.builder(PlantLevel.LINE, "AnodizingLine").child(tank).build();
        PlantElement area = PlantElement.builder(PlantLevel.AREA, "Finishing").child(line).build();
        PlantElement site = PlantElement.builder(PlantLevel.SITE, "Riverside").child(area).build();
        return AddressSpaceDescription.of(PlantElement.builder(PlantLevel.ENTERPRISE, "Acme")
                .displayName("Acme Metal Finishing").child(site).build());
    }
}
