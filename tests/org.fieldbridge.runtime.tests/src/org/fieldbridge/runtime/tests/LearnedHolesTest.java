/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.fieldbridge.runtime.register.BlockIsolation;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.LearnedHoles;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlan;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.Test;

/** Holes learned from isolated blocks (exception 02, Modbus V1.1b3 §7) and plans that respect them. */
class LearnedHolesTest {

    private static final PollPlanner BRIDGING = new PollPlanner(new PollLimits(125, 2000, 125, 2000));

    private static List<TagAddress> registers(int... offsets) {
        return IntStream.of(offsets).mapToObj(o -> TagAddress.of(1, RegisterArea.HOLDING_REGISTER, o, DataType.UINT16))
                .toList();
    }

    /** Reads {@code block} from a device without the addresses {@code missing}; returns what the isolation learned. */
    private static List<BlockIsolation.Leaf> isolate(RegisterBlock block, Set<Integer> missing) throws Exception {
        return BlockIsolation.read(block, b -> IntStream.rangeClosed(b.start(), b.end()).anyMatch(missing::contains)
                ? new BlockOutcome.Refused(2) : new BlockOutcome.Registers(new int[b.quantity()]));
    }

    @Test
    void theUnmappedGapARefusedBlockBridgedIsLearnedAndNeverBridgedAgain() throws Exception {
        List<TagAddress> map = registers(0, 1, 2, 30, 31, 32);
        RegisterBlock bridged = BRIDGING.plan(map).blocks().get(0);
        LearnedHoles holes = new LearnedHoles();

        assertTrue(holes.learn(isolate(bridged, Set.of(10, 11))));

        assertTrue(holes.overlaps(1, RegisterArea.HOLDING_REGISTER, 10, 10));
        assertFalse(holes.overlaps(1, RegisterArea.HOLDING_REGISTER, 0, 2), "answered addresses are not holes");
        assertFalse(holes.overlaps(1, RegisterArea.INPUT_REGISTER, 10, 10), "only that table");
        assertFalse(holes.overlaps(2, RegisterArea.HOLDING_REGISTER, 10, 10), "only that unit");
        PollPlan replanned = BRIDGING.plan(map, holes);
        assertEquals(2, replanned.requestCount());
        assertFalse(holes.learn(isolate(bridged, Set.of(10, 11))), "nothing new the second time");
    }

    @Test
    void aValueTheDeviceRefusesIsReadAloneAndItsNeighboursTogether() throws Exception {
        List<TagAddress> map = new ArrayList<>(registers(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        map.add(TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 5, DataType.bit(3))); // a second value in register 5
        RegisterBlock block = BRIDGING.plan(map).blocks().get(0);
        LearnedHoles holes = new LearnedHoles();
        holes.learn(isolate(block, Set.of(5)));

        List<RegisterBlock> blocks = BRIDGING.plan(map, holes).blocks();

        assertEquals(List.of("0+5", "5+1", "6+4"), blocks.stream().map(b -> b.start() + "+" + b.quantity()).toList());
        assertEquals(2, blocks.get(1).tags().size(), "both values of register 5 in its one request");
    }

    @Test
    void holesThatTouchAreKeptAsOneRange() {
        LearnedHoles holes = new LearnedHoles();
        RegisterBlock a = BRIDGING.plan(registers(10, 11)).blocks().get(0);
        RegisterBlock b = BRIDGING.plan(registers(12, 13)).blocks().get(0);
        RegisterBlock c = BRIDGING.plan(registers(20)).blocks().get(0);
        holes.learn(List.of(new BlockIsolation.Leaf(c, new BlockOutcome.Refused(2))));
        holes.learn(List.of(new BlockIsolation.Leaf(a, new BlockOutcome.Refused(2))));
        holes.learn(List.of(new BlockIsolation.Leaf(b, new BlockOutcome.Refused(2))));
        assertEquals(5, holes.addressCount());
        assertTrue(holes.overlaps(1, RegisterArea.HOLDING_REGISTER, 13, 19));
        assertFalse(holes.overlaps(1, RegisterArea.HOLDING_REGISTER, 14, 19));
        assertTrue(holes.overlaps(1, RegisterArea.HOLDING_REGISTER, 0, 100));
    }

    @Test
    void anotherExceptionThanIllegalDataAddressIsNoHole() {
        LearnedHoles holes = new LearnedHoles();
        RegisterBlock a = BRIDGING.plan(registers(10, 11)).blocks().get(0);
        assertFalse(holes.learn(List.of(new BlockIsolation.Leaf(a, new BlockOutcome.Refused(4)))),
                "04 Server Device Failure says nothing about addresses");
        assertTrue(holes.isEmpty());
    }
}
