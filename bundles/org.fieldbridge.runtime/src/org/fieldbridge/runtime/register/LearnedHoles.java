/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Addresses a device refused to read as part of a larger request, learned from {@link BlockIsolation}: the
 * unmapped addresses between the leaves of a refused block (the parent's request read them, no leaf did, so
 * one of them may be what the device refused) and the addresses of values refused on their own. A
 * {@link PollPlanner} never bridges a gap holding one of them and reads a refused value alone, so a hole costs
 * its exceptions once, on the cycle that learned it, and never again, also after the plan changes.
 *
 * <p>Deliberately coarse: a gap between two answered halves is learned whole even if only one address in it is
 * refused; finding that address would cost more exceptions than the one request the coarse rule may cost.</p>
 */
public final class LearnedHoles {

    /** Per unit and table: disjoint ranges, first address to last address. */
    private final Map<Integer, NavigableMap<Integer, Integer>> ranges = new HashMap<>();

    /**
     * Learns from one isolated block.
     *
     * @param leaves what {@link BlockIsolation#read} returned for one block, in address order
     * @return true when an address was learned that was not known before
     */
    public boolean learn(List<BlockIsolation.Leaf> leaves) {
        boolean learned = false;
        BlockIsolation.Leaf previous = null;
        for (BlockIsolation.Leaf leaf : leaves) {
            RegisterBlock block = leaf.block();
            if (leaf.outcome() instanceof BlockOutcome.Refused refused
                    && refused.exception() == ExceptionCode.ILLEGAL_DATA_ADDRESS) {
                learned |= add(block.unitId(), block.area(), block.start(), block.end());
            }
            if (previous != null && block.start() > previous.block().end() + 1) {
                learned |= add(block.unitId(), block.area(), previous.block().end() + 1, block.start() - 1);
            }
            previous = leaf;
        }
        return learned;
    }

    /** @return true when any address from {@code first} to {@code last} of that unit's table is a learned hole */
    public boolean overlaps(int unitId, RegisterArea area, int first, int last) {
        NavigableMap<Integer, Integer> table = ranges.get(key(unitId, area));
        if (table == null || last < first) {
            return false;
        }
        Map.Entry<Integer, Integer> candidate = table.floorEntry(last);
        return candidate != null && candidate.getValue() >= first;
    }

    /** @return true when nothing was learned */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** @return how many addresses were learned, over all units and tables */
    public int addressCount() {
        return ranges.values().stream().flatMap(t -> t.entrySet().stream()).mapToInt(e -> e.getValue() - e.getKey() + 1)
                .sum();
    }

    private boolean add(int unitId, RegisterArea area, int first, int last) {
        if (overlapsWhole(unitId, area, first, last)) {
            return false;
        }
        NavigableMap<Integer, Integer> table = ranges.computeIfAbsent(key(unitId, area), k -> new TreeMap<>());
        int from = first;
        int to = last;
        // merge every range that touches [first, last] so the ranges stay disjoint (overlaps() relies on it)
        Map.Entry<Integer, Integer> touching = table.floorEntry(to + 1);
        while (touching != null && touching.getValue() >= from - 1) {
            from = Math.min(from, touching.getKey());
            to = Math.max(to, touching.getValue());
            table.remove(touching.getKey());
            touching = table.floorEntry(to + 1);
        }
        table.put(from, to);
        return true;
    }

    private boolean overlapsWhole(int unitId, RegisterArea area, int first, int last) {
        NavigableMap<Integer, Integer> table = ranges.get(key(unitId, area));
        Map.Entry<Integer, Integer> candidate = table == null ? null : table.floorEntry(first);
        return candidate != null && candidate.getValue() >= last;
    }

    private static int key(int unitId, RegisterArea area) {
        return unitId * 8 + area.ordinal();
    }
}
