/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.time.Duration;

/**
 * What a read request to one device costs: a round trip plus the time each register takes on the wire. A poll
 * cycle lasts about {@code requests x roundTrip + registersRead x perRegister}, so reading {@code g} unmapped
 * registers to join two requests into one pays off while {@code g x perRegister < roundTrip}: the plan may then
 * bridge gaps of up to {@code roundTrip / perRegister} registers (bits: 16 per register's two bytes). A device
 * that refuses a bridged hole (exception 02) is handled by {@link BlockIsolation}: the hole is learned on the
 * first cycle and the poller keeps the split blocks, so later cycles neither read it nor get exceptions.
 *
 * @param roundTrip the time from sending a request to the start of its answer (measured by a poller's
 *        {@link PollCostMeter}: the intercept of request time over registers read)
 * @param perRegister the time one more register adds to an answer (2 bytes on the wire plus the device's work)
 */
public record PollCost(Duration roundTrip, Duration perRegister) {

    /**
     * A conservative transfer time when nothing better is known: 2 bytes at 10 Mbit/s (1.6 µs) and a device that
     * needs as long again to fetch them, so 3.2 µs per register.
     */
    public static final Duration SLOW_LINK_PER_REGISTER = Duration.ofNanos(3_200);

    public PollCost {
        if (roundTrip.isNegative() || perRegister.isNegative() || perRegister.isZero()) {
            throw new IllegalArgumentException("round trip must be >= 0 and time per register > 0");
        }
    }

    /**
     * Fits the cost to two measured requests: the one reading the fewest and the one reading the most registers.
     *
     * @return the cost; with equal quantities (nothing to tell the per-register time from) the slow-link figure
     */
    public static PollCost measured(int fewRegisters, Duration fewTook, int manyRegisters, Duration manyTook) {
        long extra = manyTook.toNanos() - fewTook.toNanos();
        Duration perRegister = manyRegisters > fewRegisters && extra > 0
                ? Duration.ofNanos(Math.max(1, extra / (manyRegisters - fewRegisters))) : SLOW_LINK_PER_REGISTER;
        long roundTrip = Math.max(0, fewTook.toNanos() - fewRegisters * perRegister.toNanos());
        return new PollCost(Duration.ofNanos(roundTrip), perRegister);
    }

    /** @return the most unmapped addresses of {@code area} worth reading instead of sending another request */
    public int bridgeableGap(RegisterArea area) {
        long registers = roundTrip.toNanos() / perRegister.toNanos();
        long addresses = area.isBits() ? registers * 16 : registers;
        return (int) Math.min(Integer.MAX_VALUE, addresses);
    }

    /** @return {@code limits} with the gaps this cost makes worth bridging (never more than one request may cover) */
    public PollLimits limits(PollLimits limits) {
        return limits.withGaps(Math.min(bridgeableGap(RegisterArea.HOLDING_REGISTER), limits.maxRegisters()),
                Math.min(bridgeableGap(RegisterArea.COIL), limits.maxBits()));
    }
}
