/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.modbus.FaultCommand;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController.NodeBinding;
import org.fieldbridge.simulator.physics.CuringOven;
import org.fieldbridge.simulator.physics.SimulatedPlant;
import org.fieldbridge.simulator.plant.Scenario;

/**
 * The simulation of the Riverside example plant: PLC4, the anodizing line's Modbus TCP controller (unit 1),
 * and Oven2, the curing oven's OPC UA server, with the layout docs/simulator.md describes.
 */
public final class RiversideSimulation {

    /** Modbus unit id of PLC4. */
    public static final int PLC4_UNIT = 1;

    private RiversideSimulation() {
    }

    /**
     * @return the register layout of PLC4 as examples/riverside/riverside.twin maps it (offsets are 0-based
     *         PDU addresses): bath temperatures and setpoints in tenths of a degree, rectifier currents as
     *         floats (CDAB in holding registers, ABCD in input registers), agitators as a coil, a discrete
     *         input and a bit of a holding register
     */
    public static List<RegisterBinding> plc4Registers() {
        List<RegisterBinding> map = new ArrayList<>();
        map.add(tenths("Tank1.BathTemp", holding(0, DataType.INT16)));
        map.add(tenths("Tank1.BathTempSetpoint", holding(1, DataType.INT16)));
        map.add(RegisterBinding.of("Tank1.RectifierCurrent", holding(2, DataType.FLOAT32)));
        map.add(RegisterBinding.of("Tank1.AgitatorRunning", bits(RegisterArea.COIL, 0)));
        map.add(tenths("Tank2.BathTemp", holding(10, DataType.INT16)));
        map.add(tenths("Tank2.BathTempSetpoint", holding(11, DataType.INT16)));
        map.add(RegisterBinding.of("Tank2.RectifierCurrent", new TagAddress(PLC4_UNIT, RegisterArea.INPUT_REGISTER, 12,
                DataType.FLOAT32, ByteOrder.BIG_ENDIAN, WordOrder.HIGH_WORD_FIRST)));
        map.add(RegisterBinding.of("Tank2.AgitatorRunning", bits(RegisterArea.DISCRETE_INPUT, 1)));
        map.add(tenths("Tank3.BathTemp", holding(20, DataType.INT16)));
        map.add(tenths("Tank3.BathTempSetpoint", holding(21, DataType.INT16)));
        map.add(RegisterBinding.of("Tank3.RectifierCurrent", holding(22, DataType.FLOAT32)));
        map.add(RegisterBinding.of("Tank3.AgitatorRunning", holding(29, DataType.bit(0))));
        return map;
    }

    private static RegisterBinding tenths(String signal, TagAddress address) {
        return new RegisterBinding(signal, address, 0.1, 0);
    }

    private static TagAddress bits(RegisterArea area, int offset) {
        return new TagAddress(PLC4_UNIT, area, offset, DataType.BOOL, ByteOrder.BIG_ENDIAN, WordOrder.HIGH_WORD_FIRST);
    }

    /** Holding registers of PLC4: big-endian bytes, low word first (the connection's CDAB). */
    private static TagAddress holding(int offset, DataType type) {
        return new TagAddress(PLC4_UNIT, RegisterArea.HOLDING_REGISTER, offset, type, ByteOrder.BIG_ENDIAN,
                WordOrder.LOW_WORD_FIRST);
    }

    /**
     * @return the nodes of Oven2, the curing oven's OPC UA controller, named as the oven vendor's PLC names
     *         them ({@code Oven.GasFlow}, {@code Zone1.Temp}, {@code Zone1.SP}, ...)
     */
    public static AddressSpaceDescription oven2AddressSpace() {
        EngineeringUnit celsius = new EngineeringUnit("CEL", "°C", "degree Celsius");
        List<PlantElement> roots = new ArrayList<>();
        roots.add(PlantElement.builder(PlantLevel.EQUIPMENT, "Oven")
                .displayName("Powder-coating curing oven")
                .signal(new SignalDescription("GasFlow", "Natural gas flow", "", SignalType.DOUBLE,
                        new EngineeringUnit("MQH", "m³/h", "cubic metre per hour"), new EuRange(0, 400)))
                .signal(new SignalDescription("BatchId", "Batch number", "", SignalType.INT32,
                        new EngineeringUnit("C62", "1", "one"), new EuRange(0, Integer.MAX_VALUE)))
                .build());
        for (int zone = 1; zone <= 3; zone++) {
            roots.add(PlantElement.builder(PlantLevel.EQUIPMENT, "Zone" + zone)
                    .signal(new SignalDescription("Temp", "Zone " + zone + " temperature", "", SignalType.DOUBLE, celsius,
                            new EuRange(0, 250)))
                    .signal(new SignalDescription("SP", "Zone " + zone + " setpoint", "", SignalType.DOUBLE,
                            celsius, new EuRange(0, 250)))
                    .build());
        }
        return AddressSpaceDescription.of(roots.toArray(PlantElement[]::new));
    }

    /** @return which simulated signal each node of Oven2 shows */
    public static List<NodeBinding> oven2Nodes() {
        List<NodeBinding> nodes = new ArrayList<>();
        nodes.add(new NodeBinding("CuringOven.GasFlow", "Oven.GasFlow", SignalType.DOUBLE));
        nodes.add(new NodeBinding("CuringOven.BatchId", "Oven.BatchId", SignalType.INT32));
        for (int zone = 1; zone <= 3; zone++) {
            nodes.add(new NodeBinding("CuringOven.Zone" + zone + ".Temp", "Zone" + zone + ".Temp", SignalType.DOUBLE));
            // the zone setpoints are writable for the controller's user, as an oven PLC's are; measurements are not
            nodes.add(NodeBinding.setpoint("CuringOven.Zone" + zone + ".Setpoint", "Zone" + zone + ".SP",
                    SignalType.DOUBLE));
        }
        return nodes;
    }

    /** The Riverside scenario: a copy of examples/riverside/riverside.scenario, next to this class. */
    public static final String SCENARIO = "riverside.scenario";

    /**
     * The Riverside example plant's physics as its scenario (examples/riverside/riverside.scenario) sets it up:
     * three anodizing tanks and a curing oven with three zones. At 60 s Tank3's heater contactor sticks for
     * 150 s, so its bath overheats past 24.5 °C and later cools down again: the demo's bath alarm raises and
     * clears.
     *
     * @return the simulated equipment at simulated time 0
     */
    public static SimulatedPlant plant() {
        return scenario().physics();
    }

    /**
     * @return the simulated second at which the Riverside scenario sticks Tank3's heater contactor (the demo says
     *         when to watch alarm BathTooHot)
     */
    public static double heaterSticksAt() {
        return scenario().steps().stream().filter(s -> s.action().equals("event") && s.target().equals("Tank3")
                && s.argument().equals("heater stuck-on")).mapToDouble(Scenario.Step::at).findFirst()
                .orElseThrow(() -> new IllegalStateException(SCENARIO + " does not stick Tank3's heater"));
    }

    /** @return the Riverside scenario (examples/riverside/riverside.scenario) */
    public static Scenario scenario() {
        try (InputStream in = RiversideSimulation.class.getResourceAsStream(SCENARIO)) {
            if (in == null) {
                throw new IllegalStateException(SCENARIO + " is missing from the simulator's jar");
            }
            return Scenario.read(in, SCENARIO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param plc4Port  TCP port of PLC4 on 127.0.0.1
     * @param oven2     the OPC UA server settings of Oven2 (port, PKI folder, users), or null for none
     * @param timeScale simulated seconds per wall-clock second
     */
    public static Simulator create(int plc4Port, TwinServerConfig oven2, double timeScale) {
        return create(plc4Port, oven2, timeScale, scenario());
    }

    /**
     * The Riverside simulation playing another scenario: its equipment models, events and setpoints
     * ({@link Scenario#physics()}) and its faults of PLC4, on PLC4's and Oven2's layout.
     *
     * @throws IllegalArgumentException naming {@code file:line} of a fault for another connection than PLC4
     * @see #create(int, TwinServerConfig, double)
     */
    public static Simulator create(int plc4Port, TwinServerConfig oven2, double timeScale, Scenario scenario) {
        List<SimulatedController> controllers = new ArrayList<>();
        SimulatedModbusDevice plc4 = new SimulatedModbusDevice(PLC4_UNIT, plc4Port, plc4Registers());
        controllers.add(plc4);
        SimulatedPlant plant = scenario.physics();
        for (Scenario.Step step : scenario.steps()) {
            if (step.action().equals("fault")) {
                if (!step.target().equals("PLC4")) {
                    throw new IllegalArgumentException(step.where() + ": the Riverside simulation's Modbus connection "
                            + "is PLC4, not " + step.target());
                }
                plant.at(step.at(), step.where(), p -> FaultCommand.apply(step.argument(), plc4, "PLC4"));
            }
        }
        if (oven2 != null) {
            controllers.add(new SimulatedOpcUaController(oven2, oven2AddressSpace(), oven2Nodes(),
                    (signal, value) -> setZoneSetpoint(plant, signal, value)));
        }
        return new Simulator(plant, controllers, 100, timeScale);
    }

    /** A setpoint written to Oven2 ({@code CuringOven.Zone2.Setpoint}): the oven's zone follows it from now on. */
    private static void setZoneSetpoint(SimulatedPlant plant, String signal, double celsius) {
        String zone = signal.replaceFirst("^CuringOven\\.Zone(\\d+)\\.Setpoint$", "$1");
        if (!zone.equals(signal)) {
            synchronized (plant) { // as the simulator's clock steps it
                plant.equipment("CuringOven", CuringOven.class).setZoneSetpoint(Integer.parseInt(zone), celsius);
            }
        }
    }

    /** The user Oven2's OPC UA server accepts (the example plant's identity). */
    public static final String OVEN2_USER = "fieldbridge";

    /**
     * The configuration of Oven2's OPC UA server on 127.0.0.1: SignAndEncrypt, one user
     * ({@value #OVEN2_USER}) with {@code password}, endpoint path {@code /fieldbridge-sim}.
     *
     * @param port its TCP port
     * @param password the user's password (only its hash is kept)
     * @param pki the folder of its certificate and trust list
     * @param keyStorePassword protects the server's private key in {@code pki}
     */
    public static TwinServerConfig oven2Server(int port, char[] password, Path pki, char[] keyStorePassword) {
        SecretResolver secrets = SecretResolver.singleUser(OVEN2_USER, PasswordHash.of(password), keyStorePassword);
        return TwinServerConfig.builder("oven2-sim", secrets).port(port).path("/fieldbridge-sim").pkiDirectory(pki)
                .build();
    }
}
