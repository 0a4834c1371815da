/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.fieldbridge.runtime.alignment.AlignmentMethod;
import org.fieldbridge.runtime.behaviour.CalibrationValidity;
import org.fieldbridge.runtime.behaviour.ThresholdAlarm;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusTag;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Mode;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Policy;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
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
 * A slice of the Riverside plant assembled by hand the way generated code does it: PLC4 (Modbus) with
 * Tank3's bath temperature (int16, scale 0.1), its rectifier current (float32 CDAB) and Tank1's agitator
 * (a coil); Oven2 (OPC UA) with zone 1's temperature and its calibration; a 1 s alignment of the bath
 * temperature; the BathTooHot threshold alarm wired through onSample and the outputs.
 */
final class RiversideSlice {

    static final String NAME = "riverside-slice";
    static final String LINE = "Acme.Riverside.Finishing.AnodizingLine";
    static final String TANK1 = LINE + ".Tank1";
    static final String TANK3 = LINE + ".Tank3";
    static final String BATH_TEMP = TANK3 + ".BathTemp";
    static final String RECTIFIER_CURRENT = TANK3 + ".RectifierCurrent";
    static final String AGITATOR = TANK1 + ".AgitatorRunning";
    static final String ALARM_ACTIVE = TANK3 + ".BathTooHot.Active";
    static final String BATH_TEMP_MEAN = TANK3 + ".BathGrid.BathTempMean";
    static final String OVEN = "Acme.Riverside.Finishing.PowderCoating.CuringOven";
    static final String ZONE1_TEMP = OVEN + ".Zone1.Temp";
    static final String CERTIFICATE = "RKL-2024-01187";

    static final EngineeringUnit CELSIUS = new EngineeringUnit("CEL", "°C", "degree Celsius");
    static final EngineeringUnit AMPERE = new EngineeringUnit("AMP", "A", "ampere");

    private RiversideSlice() {
    }

    /**
     * @param plc4Port the model's PLC4 port (a configuration may override it)
     * @param oven2Endpoint the model's Oven2 endpoint
     * @param zone1CalibrationDue the due date of zone 1's thermocouple calibration
     * @param alarmDwell how long the bath must be too hot before BathTooHot raises
     */
    static TwinAssembly assemble(int plc4Port, String oven2Endpoint, LocalDate zone1CalibrationDue,
            Duration alarmDwell) {
        TwinAssembly.Builder b = TwinAssembly.builder(NAME, "sha256:0123456789ab", addressSpace());
        ModbusConnection plc4 = ModbusConnection.to("127.0.0.1", plc4Port)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500))
                .withPollPeriod(Duration.ofMillis(100))
                .withBackoff(new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 2, 0.2));
        b.modbus("PLC4", plc4, List.of(
                new ModbusTag(BATH_TEMP, holding(20, DataType.INT16),
                        Conditioning.IDENTITY.withScaling(0.1, 0).withValidRange(0, 40)),
                ModbusTag.of(RECTIFIER_CURRENT, holding(22, DataType.FLOAT32)),
                ModbusTag.of(AGITATOR, new TagAddress(1, RegisterArea.COIL, 0, DataType.BOOL, ByteOrder.BIG_ENDIAN,
                        WordOrder.HIGH_WORD_FIRST))));
        b.opcua(new OpcUaConnection("Oven2", oven2Endpoint, Policy.BASIC256SHA256, Mode.SIGN_AND_ENCRYPT,
                "fieldbridge", "env:FB_OVEN2_PASSWORD", Duration.ofMillis(100)),
                List.of(new MonitoredSignal(ZONE1_TEMP, "ns=2;s=Zone1.Temp", Duration.ofMillis(50))));
        b.condition(ZONE1_TEMP, Conditioning.IDENTITY.withValidRange(0, 250));
        b.calibration(ZONE1_TEMP, new CalibrationValidity("RKL-2019-00001", zone1CalibrationDue.minusYears(1)));
        b.calibration(ZONE1_TEMP, new CalibrationValidity(CERTIFICATE, zone1CalibrationDue));
        b.align(Duration.ofSeconds(1), List.of(new AlignedOutput(BATH_TEMP, BATH_TEMP_MEAN, AlignmentMethod.MEAN,
                Duration.ofSeconds(3))));
        TwinOutputs outputs = b.outputs();
        ThresholdAlarm bathTooHot = new ThresholdAlarm("BathTooHot", ThresholdAlarm.Direction.ABOVE, 24.5, 24.0,
                alarmDwell, 700, event -> outputs.event(TANK3, event));
        b.onSample(BATH_TEMP, (time, value, quality) -> {
            bathTooHot.update(time, value, quality);
            outputs.state(ALARM_ACTIVE, time, bathTooHot.isActive(), bathTooHot.quality().code());
        });
        return b.build();
    }

    private static TagAddress holding(int offset, DataType type) {
        return new TagAddress(1, RegisterArea.HOLDING_REGISTER, offset, type, ByteOrder.BIG_ENDIAN,
                WordOrder.LOW_WORD_FIRST);
    }

    static AddressSpaceDescription addressSpace() {
        PlantElement tank1 = PlantElement.builder(PlantLevel.EQUIPMENT, "Tank1")
                .signal(SignalDescription.discrete("AgitatorRunning", "Agitator running", "", SignalType.BOOLEAN))
                .build();
        PlantElement tank3 = PlantElement.builder(PlantLevel.EQUIPMENT, "Tank3")
                .signal(new SignalDescription("BathTemp", "Bath temperature", "", SignalType.DOUBLE, CELSIUS,
                        new EuRange(0, 40)))
                .signal(new SignalDescription("RectifierCurrent", "Rectifier current", "", SignalType.DOUBLE, AMPERE,
                        new EuRange(0, 3000)))
                .behaviour(new BehaviourDescription("BathTooHot", "Bath too hot", "Tank3.BathTemp > 24.5 degC",
                        List.of(new StateDescription("Active", "Active", "", SignalType.BOOLEAN))))
                .behaviour(new BehaviourDescription("BathGrid", "Bath temperature on a 1 s grid", "",
                        List.of(new StateDescription("BathTempMean", "Mean bath temperature", "", SignalType.DOUBLE))))
                .build();
        PlantElement zone1 = PlantElement.builder(PlantLevel.EQUIPMENT, "Zone1")
                .signal(new SignalDescription("Temp", "Zone 1 temperature", "", SignalType.DOUBLE, CELSIUS,
                        new EuRange(0, 250)))
                .build();
        PlantElement oven = PlantElement.builder(PlantLevel.EQUIPMENT, "CuringOven").child(zone1).build();
        PlantElement anodizing = PlantElement.builder(PlantLevel.LINE, "AnodizingLine").child(tank1).child(tank3)
                .build();
        PlantElement powder = PlantElement.builder(PlantLevel.LINE, "PowderCoating").child(oven).build();
        PlantElement area = PlantElement.builder(PlantLevel.AREA, "Finishing").child(anodizing).child(powder).build();
        PlantElement site = PlantElement.builder(PlantLevel.SITE, "Riverside").child(area).build();
        return AddressSpaceDescription.of(PlantElement.builder(PlantLevel.ENTERPRISE, "Acme").child(site).build());
    }
}
