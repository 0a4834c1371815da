/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Coalesces the mapped values of a connection into the fewest read requests its {@link PollLimits} allow.
 *
 * <p>Values are grouped by unit and data table (one request reads one table of one unit) and sorted by
 * address; a request grows over the next value as long as the request still fits the maximum quantity and
 * the unmapped gap it would have to read is not larger than the maximum gap. A value is never split over
 * two requests. Going left to right and extending every request as far as possible gives the fewest
 * requests for this rule set (each request ends at least as far right as in any other plan).</p>
 *
 * <p>With {@link LearnedHoles} a request never grows over a learned hole, and a value whose own addresses the
 * device refused is read alone (with any value inside the same addresses), so a refused address is never
 * asked for again together with others. Holes are just more places where a request must end, so the rule
 * above still gives the fewest requests.</p>
 */
public final class PollPlanner {

    private static final Comparator<TagAddress> ORDER = Comparator.comparingInt(TagAddress::unitId)
            .thenComparing(TagAddress::area).thenComparingInt(TagAddress::offset)
            .thenComparingInt(TagAddress::lastOffset);

    private final PollLimits limits;

    public PollPlanner(PollLimits limits) {
        this.limits = limits;
    }

    /**
     * @param tags the mapped values (duplicates are read once)
     * @return the plan
     * @throws IllegalArgumentException when a value alone is larger than one request may read
     */
    public PollPlan plan(Collection<TagAddress> tags) {
        return plan(tags, new LearnedHoles());
    }

    /**
     * @param tags the mapped values (duplicates are read once)
     * @param holes addresses the device refused as part of larger requests
     * @return the plan
     * @throws IllegalArgumentException when a value alone is larger than one request may read
     */
    public PollPlan plan(Collection<TagAddress> tags, LearnedHoles holes) {
        List<TagAddress> sorted = new ArrayList<>(new LinkedHashSet<>(tags));
        sorted.sort(ORDER);
        List<RegisterBlock> blocks = new ArrayList<>();
        List<TagAddress> current = new ArrayList<>();
        int blockStart = 0;
        int blockEnd = 0;
        for (TagAddress tag : sorted) {
            int max = limits.maxQuantity(tag.area());
            if (tag.quantity() > max) {
                throw new IllegalArgumentException(tag + " needs " + tag.quantity() + " addresses; one request reads at most " + max);
            }
            if (!current.isEmpty() && fits(current.get(0), tag, blockStart, blockEnd)
                    && !crossesHole(holes, tag, blockStart, blockEnd)) {
                current.add(tag);
                blockEnd = Math.max(blockEnd, tag.lastOffset());
                continue;
            }
            if (!current.isEmpty()) {
                blocks.add(RegisterBlock.covering(current));
            }
            current = new ArrayList<>();
            current.add(tag);
            blockStart = tag.offset();
            blockEnd = tag.lastOffset();
        }
        if (!current.isEmpty()) {
            blocks.add(RegisterBlock.covering(current));
        }
        return new PollPlan(blocks);
    }

    /** @return true when adding {@code tag} would make a request read a hole together with other addresses */
    private static boolean crossesHole(LearnedHoles holes, TagAddress tag, int blockStart, int blockEnd) {
        int newEnd = Math.max(blockEnd, tag.lastOffset());
        if (holes.isEmpty() || newEnd == blockEnd) {
            return false; // inside what the request reads already
        }
        return holes.overlaps(tag.unitId(), tag.area(), blockStart, newEnd);
    }

    private boolean fits(TagAddress first, TagAddress tag, int blockStart, int blockEnd) {
        if (first.unitId() != tag.unitId() || first.area() != tag.area()) {
            return false;
        }
        int gap = tag.offset() - blockEnd - 1;
        int newEnd = Math.max(blockEnd, tag.lastOffset());
        return gap <= limits.maxGap(tag.area()) && newEnd - blockStart + 1 <= limits.maxQuantity(tag.area());
    }
}
