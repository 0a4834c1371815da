/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import org.fieldbridge.runtime.bench.RuntimeBench;
import org.fieldbridge.runtime.register.PollPlan;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * Polls the bench's 10,000-tag register map from a j2mod slave on 127.0.0.1 (one connection, units 1..8
 * behind it like a gateway) and prints requests per cycle and poll cycle times. Not a test; bounded to
 * 5 warm-up and 30 measured cycles.
 */
public final class ModbusPollBench {

    private ModbusPollBench() {
    }

    public static void main(String[] args) throws Exception {
        List<TagAddress> map = RuntimeBench.registerMap(10_000, new Random(20261124));
        ModbusSlave slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), LoopbackPort.free(), 4, false);
        images(map).forEach(slave::addProcessImage);
        slave.open();
        AtomicLong reported = new AtomicLong();
        List<ModbusTag> tags = new ArrayList<>();
        for (int i = 0; i < map.size(); i++) {
            tags.add(ModbusTag.of("tag" + i, map.get(i)));
        }
        ModbusConnection connection = ModbusConnection.to(LoopbackSlave.ADDRESS, slave.getPort())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (ModbusPoller poller = new ModbusPoller(connection, tags, (t, s) -> reported.incrementAndGet())) {
            PollPlan plan = poller.plan();
            for (int i = 0; i < 5; i++) {
                poller.pollOnce();
            }
            long requestsBefore = poller.statistics().requests();
            long[] cycleNanos = new long[30];
            for (int i = 0; i < cycleNanos.length; i++) {
                long start = System.nanoTime();
                poller.pollOnce();
                cycleNanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(cycleNanos);
            long requests = poller.statistics().requests() - requestsBefore;
            Map<String, Long> qualities = new java.util.TreeMap<>();
            tags.forEach(t -> qualities.merge(poller.latest(t.name()).quality().symbolicName(), 1L, Long::sum));
            System.out.printf(Locale.ROOT, "%nModbus TCP poll of %,d tags from a j2mod slave on 127.0.0.1 (units 1..8 on one connection)%n",
                    tags.size());
            System.out.printf(Locale.ROOT, "  requests per cycle %.1f (plan %d, physical minimum %d, ratio %.3f)%n",
                    requests / (double) cycleNanos.length, plan.requestCount(), PollPlan.physicalMinimum(map),
                    plan.requestCount() / (double) PollPlan.physicalMinimum(map));
            System.out.println("  qualities " + qualities + " (random register words: some FLOAT32/64 are NaN -> Bad_OutOfRange)");
            System.out.printf(Locale.ROOT, "  poll cycle p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d cycles)%n",
                    cycleNanos[cycleNanos.length / 2] / 1e6, cycleNanos[(int) Math.ceil(cycleNanos.length * 0.99) - 1] / 1e6,
                    cycleNanos[cycleNanos.length - 1] / 1e6, cycleNanos.length);
        } finally {
            ModbusSlaveFactory.close(slave);
        }
    }

    /** One process image per unit, every address up to the highest mapped one set, so nothing is refused. */
    private static Map<Integer, SimpleProcessImage> images(List<TagAddress> map) {
        Map<Integer, SimpleProcessImage> images = new HashMap<>();
        Map<String, Integer> highest = new HashMap<>();
        for (TagAddress tag : map) {
            images.computeIfAbsent(tag.unitId(), SimpleProcessImage::new);
            highest.merge(tag.unitId() + "/" + tag.area(), tag.lastOffset(), Math::max);
        }
        Random values = new Random(7);
        highest.forEach((key, last) -> {
            String[] parts = key.split("/");
            SimpleProcessImage image = images.get(Integer.parseInt(parts[0]));
            RegisterArea area = RegisterArea.valueOf(parts[1]);
            for (int offset = 0; offset <= last; offset++) {
                switch (area) {
                    case HOLDING_REGISTER -> image.addRegister(offset, new SimpleRegister(values.nextInt(65536)));
                    case INPUT_REGISTER -> image.addInputRegister(offset, new SimpleInputRegister(values.nextInt(65536)));
                    case COIL -> image.addDigitalOut(offset, new SimpleDigitalOut(values.nextBoolean()));
                    case DISCRETE_INPUT -> image.addDigitalIn(offset, new SimpleDigitalIn(values.nextBoolean()));
                }
            }
        });
        return images;
    }
}
