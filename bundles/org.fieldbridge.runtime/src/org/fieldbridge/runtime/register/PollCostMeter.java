/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.time.Duration;
import java.util.Optional;

/**
 * Measures a device's {@link PollCost} from the register requests a poller sends anyway: a least-squares line
 * through the fastest answer of each request size (sizes in 8 classes of 16 registers), whose intercept is the
 * round trip and whose slope the time per register.
 *
 * <p>Why the fastest answers: on a busy host a request is sometimes preempted, and that only ever adds time, the
 * more likely the longer the request takes; a fit through all answers then mistakes load for transfer time and
 * flaps with it (measured on a loaded 2-core machine: 0.05 to 0.8 µs per register from one cycle to the next),
 * while the fastest answer of each size stays where the device and the link put it. Minima are kept per window
 * of 256 requests and the estimate uses this window's and the previous one's, so it follows a device that got
 * slower within about 512 requests.</p>
 *
 * <p>Only answers with data count (an exception response is short and says nothing about transfer time), and
 * only register requests: a bit request's time depends on how the client library unpacks its bits, not on the
 * bytes on the wire; bit gaps follow from the register cost (16 bits per register's two bytes). Until two size
 * classes at least 16 registers apart were answered there is no estimate: a poller then keeps its gaps.</p>
 */
public final class PollCostMeter {

    private static final int CLASSES = 8;
    private static final int CLASS_WIDTH = 16;
    private static final int WINDOW = 256;
    private static final int MIN_SPREAD_REGISTERS = 16;
    /**
     * The time per register assumed when the measured one is lost in noise (zero or less): a register on a fast
     * link; it makes every gap a request can cover worth bridging, which is what such a measurement says.
     */
    private static final long FLOOR_PER_REGISTER_NANOS = 10;

    /** Per size class, the fastest answer of this window and of the previous one (nanos; 0: none). */
    private final long[] current = new long[CLASSES];
    private final int[] currentRegisters = new int[CLASSES];
    private final long[] previous = new long[CLASSES];
    private final int[] previousRegisters = new int[CLASSES];
    private long requests;

    /**
     * Records one answered request.
     *
     * @param block what it read; bit requests are not measured
     * @param nanos how long it took from sending to the whole answer; 0 or less (a clock that did not move) is
     *        ignored
     */
    public void answered(RegisterBlock block, long nanos) {
        if (nanos <= 0 || block.area().isBits()) {
            return;
        }
        int registers = block.quantity();
        int c = Math.min(CLASSES - 1, (registers - 1) / CLASS_WIDTH);
        if (current[c] == 0 || nanos < current[c]) {
            current[c] = nanos;
            currentRegisters[c] = registers;
        }
        if (++requests % WINDOW == 0) {
            System.arraycopy(current, 0, previous, 0, CLASSES);
            System.arraycopy(currentRegisters, 0, previousRegisters, 0, CLASSES);
            java.util.Arrays.fill(current, 0);
        }
    }

    /** @return the number of register requests measured so far */
    public long requests() {
        return requests;
    }

    /** @return the measured cost, or empty while too few request sizes were answered */
    public Optional<PollCost> cost() {
        double n = 0;
        double sumX = 0;
        double sumY = 0;
        double sumXX = 0;
        double sumXY = 0;
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int c = 0; c < CLASSES; c++) {
            long y = fastest(current[c], previous[c]);
            if (y == 0) {
                continue;
            }
            int x = y == current[c] ? currentRegisters[c] : previousRegisters[c];
            n++;
            sumX += x;
            sumY += y;
            sumXX += (double) x * x;
            sumXY += (double) x * y;
            fewest = Math.min(fewest, x);
            most = Math.max(most, x);
        }
        if (n < 2 || most - fewest < MIN_SPREAD_REGISTERS) {
            return Optional.empty();
        }
        double slope = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
        long perRegister = Math.max(FLOOR_PER_REGISTER_NANOS, Math.round(slope));
        long roundTrip = Math.max(0, Math.round((sumY - perRegister * sumX) / n));
        return Optional.of(new PollCost(Duration.ofNanos(roundTrip), Duration.ofNanos(perRegister)));
    }

    private static long fastest(long a, long b) {
        if (a == 0) {
            return b;
        }
        return b == 0 ? a : Math.min(a, b);
    }
}
