package org.fieldbridge.simulator;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController.NodeBinding;
import org.fieldbridge.simulator.physics.SimulatedPlant;

/**
 * The simulation of the Riverside example plant: PLC4, the anodizing line's Modbus TCP controller (unit 1),
 * and Oven2, the curing oven's OPC UA server, with the layout docs/simulator.md describes.
 */
public final class RiversideSimulation {

    /** Modbus unit id of PLC4. */
    public static final int PLC4_UNIT = 1;

    private RiversideSimulation() {
    }

    /** @return the register layout of PLC4: bath temperatures in tenths of a degree, currents as CDAB floats */
    public static List<RegisterBinding> plc4Registers() {
        List<RegisterBinding> map = new ArrayList<>();
        for (int tank = 1; tank <= 3; tank++) {
            String t = "Tank" + tank;
            // 40001.. bath temperatures (Tank3 at 40007, the HMI's Temp_Sensor_7B), int16, 0.1 °C
            int tempOffset = tank == 3 ? 6 : tank - 1;
            map.add(new RegisterBinding(t + ".BathTemp", holding(tempOffset, DataType.INT16, WordOrder.HIGH_WORD_FIRST), 0.1, 0));
            // 40011.. setpoints, int16, 0.1 °C
            map.add(new RegisterBinding(t + ".BathTempSetpoint", holding(9 + tank, DataType.INT16, WordOrder.HIGH_WORD_FIRST), 0.1, 0));
            // 40021, 40023, 40025: rectifier currents, float32, word order little (CDAB)
            map.add(RegisterBinding.of(t + ".RectifierCurrent", holding(20 + 2 * (tank - 1), DataType.FLOAT32, WordOrder.LOW_WORD_FIRST)));
            // coils 15, 16, 17 (1-based): agitators
            map.add(RegisterBinding.of(t + ".AgitatorRunning",
                    new TagAddress(PLC4_UNIT, RegisterArea.COIL, 13 + tank, DataType.BOOL, ByteOrder.BIG_ENDIAN, WordOrder.HIGH_WORD_FIRST)));
        }
        return map;
    }

    private static TagAddress holding(int offset, DataType type, WordOrder wordOrder) {
        return new TagAddress(PLC4_UNIT, RegisterArea.HOLDING_REGISTER, offset, type, ByteOrder.BIG_ENDIAN, wordOrder);
    }

    /** @return the nodes of Oven2, the curing oven's OPC UA controller: zones with temperature and setpoint */
    public static AddressSpaceDescription oven2AddressSpace() {
        EngineeringUnit celsius = new EngineeringUnit("CEL", "°C", "degree Celsius");
        PlantElement.Builder oven = PlantElement.builder(PlantLevel.EQUIPMENT, "CuringOven")
                .displayName("Powder-coating curing oven")
                .signal(new SignalDescription("GasFlow", "Natural gas flow", "", SignalType.DOUBLE,
                        new EngineeringUnit("MQH", "m³/h", "cubic metre per hour"), new EuRange(0, 400)))
                .signal(new SignalDescription("BatchId", "Batch number", "", SignalType.INT32,
                        new EngineeringUnit("C62", "1", "one"), new EuRange(0, Integer.MAX_VALUE)));
        for (int zone = 1; zone <= 3; zone++) {
            oven.child(PlantElement.builder(PlantLevel.EQUIPMENT, "Zone" + zone)
                    .signal(new SignalDescription("Temp", "Zone " + zone + " temperature", "", SignalType.DOUBLE, celsius,
                            new EuRange(0, 250)))
                    .signal(new SignalDescription("Setpoint", "Zone " + zone + " setpoint", "", SignalType.DOUBLE,
                            celsius, new EuRange(0, 250)))
                    .build());
        }
        return AddressSpaceDescription.of(oven.build());
    }

    /** @return which simulated signal each node of Oven2 shows (node id = the signal's dotted name) */
    public static List<NodeBinding> oven2Nodes() {
        List<NodeBinding> nodes = new ArrayList<>();
        nodes.add(new NodeBinding("CuringOven.GasFlow", "CuringOven.GasFlow", SignalType.DOUBLE));
        nodes.add(new NodeBinding("CuringOven.BatchId", "CuringOven.BatchId", SignalType.INT32));
        for (int zone = 1; zone <= 3; zone++) {
            for (String signal : List.of("Temp", "Setpoint")) {
                String name = "CuringOven.Zone" + zone + "." + signal;
                nodes.add(new NodeBinding(name, name, SignalType.DOUBLE));
            }
        }
        return nodes;
    }

    /**
     * @param plc4Port  TCP port of PLC4 on 127.0.0.1
     * @param oven2     the OPC UA server settings of Oven2 (port, PKI folder, users), or null for none
     * @param timeScale simulated seconds per wall-clock second
     */
    public static Simulator create(int plc4Port, TwinServerConfig oven2, double timeScale) {
        List<SimulatedController> controllers = new ArrayList<>();
        controllers.add(new SimulatedModbusDevice(PLC4_UNIT, plc4Port, plc4Registers()));
        if (oven2 != null) {
            controllers.add(new SimulatedOpcUaController(oven2, oven2AddressSpace(), oven2Nodes()));
        }
        return new Simulator(SimulatedPlant.riverside(), controllers, 100, timeScale);
    }
}
