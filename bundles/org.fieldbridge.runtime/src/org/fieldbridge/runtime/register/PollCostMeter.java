/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.time.Duration;
import java.util.Optional;

/**
 * Measures a device's {@link PollCost} from the requests a poller sends anyway: a least-squares line of request
 * time over registers read (the intercept is the round trip, the slope the time per register), with older
 * requests weighing less and less (each new one multiplies the weight of the others by {@code 1 - 1/64}, so
 * the estimate follows a device whose load changes within a few cycles and one slow answer moves it little).
 *
 * <p>Only requests the device answered with data count (an exception response is short and says nothing
 * about transfer time). Bit requests count as the registers their bytes would fill (16 bits per register).
 * Until the requests differ enough in size to tell the round trip from the transfer time there is no
 * estimate: a poller then keeps the gaps it has.</p>
 */
public final class PollCostMeter {

    /** Weight kept by the earlier requests at each new one. */
    private static final double DECAY = 1 - 1.0 / 64;
    /** Requests needed before an estimate is given. */
    private static final int MIN_REQUESTS = 8;
    /** The least spread (standard deviation) of request sizes that separates round trip and transfer time. */
    private static final double MIN_SPREAD_REGISTERS = 4;
    /**
     * The time per register assumed when the measured one is lost in noise (zero or less): a register on a fast
     * link; it makes every gap a request can cover worth bridging, which is what such a measurement says.
     */
    private static final long FLOOR_PER_REGISTER_NANOS = 10;

    private double weight;
    private double sumX;
    private double sumY;
    private double sumXX;
    private double sumXY;
    private long requests;

    /**
     * Records one answered request.
     *
     * @param block what it read
     * @param nanos how long it took from sending to the whole answer; 0 or less (a clock that did not move) is
     *        ignored
     */
    public void answered(RegisterBlock block, long nanos) {
        if (nanos <= 0) {
            return;
        }
        double x = registersOnTheWire(block);
        double y = nanos;
        weight = weight * DECAY + 1;
        sumX = sumX * DECAY + x;
        sumY = sumY * DECAY + y;
        sumXX = sumXX * DECAY + x * x;
        sumXY = sumXY * DECAY + x * y;
        requests++;
    }

    /** @return the number of requests measured so far */
    public long requests() {
        return requests;
    }

    /** @return the measured cost, or empty while too few requests of too similar sizes were seen */
    public Optional<PollCost> cost() {
        if (requests < MIN_REQUESTS) {
            return Optional.empty();
        }
        double meanX = sumX / weight;
        double meanY = sumY / weight;
        double varianceX = sumXX / weight - meanX * meanX;
        if (varianceX < MIN_SPREAD_REGISTERS * MIN_SPREAD_REGISTERS) {
            return Optional.empty();
        }
        double slope = (sumXY / weight - meanX * meanY) / varianceX;
        long perRegister = Math.max(FLOOR_PER_REGISTER_NANOS, Math.round(slope));
        long roundTrip = Math.max(0, Math.round(meanY - perRegister * meanX));
        return Optional.of(new PollCost(Duration.ofNanos(roundTrip), Duration.ofNanos(perRegister)));
    }

    private static int registersOnTheWire(RegisterBlock block) {
        return block.area().isBits() ? (block.quantity() + 15) / 16 : block.quantity();
    }
}
