/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The poll plan of one device as it learns: the requests a cycle sends, re-planned when the device refused a
 * hole ({@link LearnedHoles}, kept for the life of the plan, so a refused hole costs its exceptions once) and,
 * with {@link PollLimits#gapsByCost()}, when the device's measured {@link PollCost} says other gaps are cheaper.
 *
 * <p>Used by one poller thread; {@link #blocks()} may be read from any thread.</p>
 */
public final class AdaptivePollPlan {

    /**
     * How far the cost's gap must move from the planned one before a re-plan (a factor either way): timing noise
     * on a busy machine must not make the plan flap between cycles.
     */
    private static final double REPLAN_FACTOR = 1.25;

    private final List<TagAddress> tags;
    private final PollLimits configured;
    private final PollPlan initial;
    private final LearnedHoles holes = new LearnedHoles();
    private final PollCostMeter meter = new PollCostMeter();
    private PollLimits planned;
    private boolean holesChanged;
    private int replans;
    private volatile List<RegisterBlock> blocks;

    /**
     * @param tags the mapped values of the device
     * @param limits what one request may read; with {@link PollLimits#gapsByCost()} the gaps to start with
     */
    public AdaptivePollPlan(Collection<TagAddress> tags, PollLimits limits) {
        this.tags = List.copyOf(tags);
        this.configured = limits;
        this.planned = limits;
        this.initial = new PollPlanner(limits).plan(this.tags);
        this.blocks = initial.blocks();
    }

    /** @return the plan made before anything was measured or learned */
    public PollPlan initial() {
        return initial;
    }

    /** @return the requests the next cycle sends */
    public List<RegisterBlock> blocks() {
        return blocks;
    }

    /** @return the limits the current blocks were planned with (the gaps chosen by cost, if by cost) */
    public PollLimits plannedLimits() {
        return planned;
    }

    /** @return the device's measured cost, once there is one */
    public Optional<PollCost> cost() {
        return meter.cost();
    }

    /** @return the holes the device refused so far */
    public LearnedHoles holes() {
        return holes;
    }

    /** @return how often the plan changed after the first one */
    public int replans() {
        return replans;
    }

    /**
     * Records a request the device answered with data.
     *
     * @param nanos how long the request took
     */
    public void answered(RegisterBlock block, long nanos) {
        meter.answered(block, nanos);
    }

    /**
     * Records how one planned block was read: nothing to learn if its request was answered as it was.
     *
     * @param leaves what {@link BlockIsolation#read} returned for it
     */
    public void read(List<BlockIsolation.Leaf> leaves) {
        if (leaves.size() > 1 || leaves.get(0).outcome() instanceof BlockOutcome.Refused) {
            holesChanged |= holes.learn(leaves);
        }
    }

    /**
     * Ends a cycle: re-plans when a hole was learned or the measured cost moved the worthwhile gap by more than
     * a quarter.
     *
     * @return true when {@link #blocks()} changed
     */
    public boolean cycleEnded() {
        PollLimits next = planned;
        if (configured.gapsByCost()) {
            Optional<PollCost> cost = meter.cost();
            if (cost.isPresent()) {
                PollLimits measured = cost.get().limits(configured);
                if (movedEnough(planned.maxRegisterGap(), measured.maxRegisterGap())
                        || movedEnough(planned.maxBitGap(), measured.maxBitGap())) {
                    next = measured;
                }
            }
        }
        if (next == planned && !holesChanged) {
            return false;
        }
        holesChanged = false;
        planned = next;
        List<RegisterBlock> replanned = new PollPlanner(planned).plan(tags, holes).blocks();
        if (replanned.equals(blocks)) {
            return false;
        }
        blocks = replanned;
        replans++;
        return true;
    }

    private static boolean movedEnough(int plannedGap, int measuredGap) {
        return measuredGap > (plannedGap + 1) * REPLAN_FACTOR || (measuredGap + 1) * REPLAN_FACTOR < plannedGap;
    }
}
