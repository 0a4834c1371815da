/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The read requests of one poll cycle of a connection.
 *
 * @param blocks the requests, by unit, data table and address
 */
public record PollPlan(List<RegisterBlock> blocks) {

    public PollPlan {
        blocks = List.copyOf(blocks);
    }

    /** @return the number of requests one poll cycle sends */
    public int requestCount() {
        return blocks.size();
    }

    /** @return how many distinct values the plan reads */
    public int tagCount() {
        return (int) blocks.stream().flatMap(b -> b.tags().stream()).distinct().count();
    }

    /**
     * The fewest requests that can read {@code tags} without reading an unmapped address: per unit and data
     * table, the sum over runs of contiguous mapped addresses of ceil(run length / protocol maximum)
     * (125 registers, §6.3/§6.4; 2000 bits, §6.1/§6.2). Values that straddle a request boundary can make the
     * real minimum higher, gaps read on purpose can make a plan lower.
     *
     * @return the physical minimum number of requests
     */
    public static int physicalMinimum(Collection<TagAddress> tags) {
        Map<String, List<TagAddress>> groups = tags.stream()
                .collect(Collectors.groupingBy(t -> t.unitId() + "/" + t.area(), TreeMap::new, Collectors.toList()));
        int requests = 0;
        for (List<TagAddress> group : groups.values()) {
            int max = group.get(0).area().protocolMaxQuantity();
            List<TagAddress> sorted = new ArrayList<>(group);
            sorted.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
            int runStart = -1;
            int runEnd = -2;
            for (TagAddress tag : sorted) {
                if (tag.offset() > runEnd + 1) {
                    if (runStart >= 0) {
                        requests += ceilDiv(runEnd - runStart + 1, max);
                    }
                    runStart = tag.offset();
                }
                runEnd = Math.max(runEnd, tag.lastOffset());
            }
            requests += ceilDiv(runEnd - runStart + 1, max);
        }
        return requests;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
