package org.fieldbridge.simulator;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.physics.SimulatedPlant;

/**
 * The simulation of the Riverside example plant: PLC4, the anodizing line's Modbus TCP controller (unit 1),
 * with the register layout that examples/riverside/riverside.twin maps (see docs/simulator.md).
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

    /**
     * @param plc4Port TCP port of PLC4 on 127.0.0.1
     * @param timeScale simulated seconds per wall-clock second
     */
    public static Simulator create(int plc4Port, double timeScale) {
        SimulatedModbusDevice plc4 = new SimulatedModbusDevice(PLC4_UNIT, plc4Port, plc4Registers());
        return new Simulator(SimulatedPlant.riverside(), List.of(plc4), 100, timeScale);
    }
}
