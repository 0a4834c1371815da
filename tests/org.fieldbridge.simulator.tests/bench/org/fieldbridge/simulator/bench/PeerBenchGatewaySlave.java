/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * The controller of the gateway comparison in releng/peer-bench.sh: unit 1 on 127.0.0.1 with N holding registers
 * (INT16 tags t0..tN-1 at offsets 0..N-1), in a process of its own so that its CPU is no gateway's. Every 100 ms a
 * tenth of the registers (round robin, so each changes once a second) is set to the wall clock's milliseconds
 * modulo 32,768: a client that receives the value computes register change -> notification latency from its own
 * clock (same machine, same clock) without talking to this process. The 100 ms are a mean: each pause is drawn
 * from 50..150 ms, so that changes do not keep one phase against a gateway's 100 ms poll (which would make the
 * latency a matter of when each process started). Not a test; runs until killed.
 *
 * <p>Arguments: folder (writes {@code port} into it), number of tags.</p>
 */
public final class PeerBenchGatewaySlave {

    private PeerBenchGatewaySlave() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int tags = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        List<RegisterBinding> bindings = new ArrayList<>();
        for (int i = 0; i < tags; i++) {
            bindings.add(RegisterBinding.of("t" + i, TagAddress.of(1, RegisterArea.HOLDING_REGISTER, i, DataType.INT16)));
        }
        double[] raw = new double[tags];
        try (SimulatedModbusDevice plc = new SimulatedModbusDevice(1, LoopbackPort.free(), bindings)) {
            plc.update(name -> raw[Integer.parseInt(name, 1, name.length(), 10)]);
            plc.start();
            Path tmp = folder.resolve("port.tmp");
            Files.writeString(tmp, Integer.toString(plc.port()));
            Files.move(tmp, folder.resolve("port"), StandardCopyOption.ATOMIC_MOVE);
            int perTick = Math.max(1, tags / 10);
            int next = 0;
            java.util.Random random = new java.util.Random(20261207);
            long tick = System.nanoTime();
            while (true) {
                tick += 50_000_000L + random.nextLong(100_000_001L);
                Thread.sleep(Math.max(0, (tick - System.nanoTime()) / 1_000_000));
                int stamp = (int) (System.currentTimeMillis() & 0x7FFF);
                for (int k = 0; k < perTick; k++) {
                    raw[next] = stamp;
                    next = (next + 1) % tags;
                }
                plc.update(name -> raw[Integer.parseInt(name, 1, name.length(), 10)]);
            }
        }
    }
}
