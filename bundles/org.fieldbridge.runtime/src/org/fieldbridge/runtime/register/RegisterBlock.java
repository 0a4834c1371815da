/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One read request: a contiguous range of one unit's data table and the mapped values inside it.
 *
 * @param unitId the unit identifier
 * @param area the data table (it gives the function code)
 * @param start the first address read
 * @param quantity how many registers or bits are read
 * @param tags the mapped values inside the range, sorted by offset
 */
public record RegisterBlock(int unitId, RegisterArea area, int start, int quantity, List<TagAddress> tags) {

    private static final Comparator<TagAddress> BY_OFFSET = Comparator.comparingInt(TagAddress::offset)
            .thenComparingInt(TagAddress::lastOffset);

    public RegisterBlock {
        Objects.requireNonNull(area, "area");
        tags = List.copyOf(tags);
        if (quantity < 1 || quantity > area.protocolMaxQuantity()) {
            throw new IllegalArgumentException(quantity + " exceeds what one " + area + " request may read");
        }
        for (TagAddress tag : tags) {
            if (tag.unitId() != unitId || tag.area() != area || tag.offset() < start || tag.lastOffset() > start + quantity - 1) {
                throw new IllegalArgumentException(tag + " is not inside " + area + "@" + start + "+" + quantity);
            }
        }
    }

    /**
     * @param tags values of one unit and one data table (at least one)
     * @return the smallest block that covers them all
     */
    public static RegisterBlock covering(List<TagAddress> tags) {
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("a block covers at least one value");
        }
        List<TagAddress> sorted = new ArrayList<>(tags);
        sorted.sort(BY_OFFSET);
        int first = sorted.get(0).offset();
        int last = sorted.stream().mapToInt(TagAddress::lastOffset).max().orElseThrow();
        TagAddress any = sorted.get(0);
        return new RegisterBlock(any.unitId(), any.area(), first, last - first + 1, sorted);
    }

    /** @return the last address read */
    public int end() {
        return start + quantity - 1;
    }

    /** @return true when the values start at two or more different addresses, so that halving separates them */
    public boolean canSplit() {
        return tags.stream().mapToInt(TagAddress::offset).distinct().limit(2).count() > 1;
    }

    /**
     * Halves the block between values (never inside one), each half reading only what its values need.
     * Used to isolate an address a device refuses (exception 02) from the others of the block.
     *
     * @return two blocks, the lower addresses first
     * @throws IllegalStateException when {@link #canSplit()} is false
     */
    public List<RegisterBlock> split() {
        int[] offsets = tags.stream().mapToInt(TagAddress::offset).distinct().toArray();
        if (offsets.length < 2) {
            throw new IllegalStateException("all values of " + this + " start at one address");
        }
        int pivot = offsets[offsets.length / 2];
        List<TagAddress> low = tags.stream().filter(t -> t.offset() < pivot).toList();
        List<TagAddress> high = tags.stream().filter(t -> t.offset() >= pivot).toList();
        return List.of(covering(low), covering(high));
    }

    /**
     * @param tag one of this block's values
     * @param outcome the data this block's request returned
     * @return the decoded value
     */
    public Object decode(TagAddress tag, BlockOutcome.Data outcome) {
        int index = tag.offset() - start;
        // instanceof, not a pattern switch: the runtime bundles compile for Java 17
        if (outcome instanceof BlockOutcome.Registers registers) {
            return RegisterCodec.decode(tag, registers.words(), index);
        }
        return ((BlockOutcome.Bits) outcome).bits()[index];
    }

    @Override
    public String toString() {
        return "unit " + unitId + " FC" + area.readFunction() + " " + start + "+" + quantity + " (" + tags.size() + " values)";
    }
}
