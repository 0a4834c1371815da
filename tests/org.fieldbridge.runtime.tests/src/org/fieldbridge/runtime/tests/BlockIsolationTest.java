/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.register.BlockIsolation;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.ExceptionCode;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Isolating refused addresses inside coalesced blocks (exception responses: Modbus V1.1b3 §7). */
class BlockIsolationTest {

    /** A device whose register map has holes: any request touching one is answered with exception 02. */
    private static final class DeviceWithHoles implements BlockIsolation.BlockReader {
        private final Set<Integer> holes;
        final List<RegisterBlock> requests = new ArrayList<>();

        DeviceWithHoles(Integer... holes) {
            this.holes = Set.of(holes);
        }

        @Override
        public BlockOutcome read(RegisterBlock block) {
            requests.add(block);
            boolean refused = IntStream.rangeClosed(block.start(), block.end()).anyMatch(holes::contains);
            return refused ? new BlockOutcome.Refused(2)
                    : new BlockOutcome.Registers(IntStream.rangeClosed(block.start(), block.end()).toArray());
        }
    }

    private static RegisterBlock blockOf(int count) {
        List<TagAddress> tags = IntStream.range(0, count)
                .mapToObj(i -> TagAddress.of(1, RegisterArea.HOLDING_REGISTER, i, DataType.UINT16)).toList();
        List<RegisterBlock> blocks = new PollPlanner(PollLimits.PROTOCOL).plan(tags).blocks();
        assertEquals(1, blocks.size());
        return blocks.get(0);
    }

    @Test
    @DisplayName("exception 02 in a coalesced block makes only the refused address Bad (§7, code 02)")
    void anIllegalAddressIsIsolated() throws IOException {
        DeviceWithHoles device = new DeviceWithHoles(5);
        List<BlockIsolation.Leaf> leaves = BlockIsolation.read(blockOf(16), device);
        int good = 0;
        for (BlockIsolation.Leaf leaf : leaves) {
            if (leaf.outcome() instanceof BlockOutcome.Refused refused) {
                assertEquals(List.of(5), leaf.block().tags().stream().map(TagAddress::offset).toList());
                assertEquals(ExceptionCode.ILLEGAL_DATA_ADDRESS, refused.exception());
            } else {
                BlockOutcome.Data data = (BlockOutcome.Data) leaf.outcome();
                for (TagAddress tag : leaf.block().tags()) {
                    assertEquals(tag.offset(), leaf.block().decode(tag, data));
                    good++;
                }
            }
        }
        assertEquals(15, good);
        assertTrue(device.requests.size() <= 2 * 16 - 1, "at most 2n - 1 requests for n values");
    }

    @Test
    @DisplayName("two refused addresses are both isolated and every other value is read")
    void twoIllegalAddressesAreIsolated() throws IOException {
        List<BlockIsolation.Leaf> leaves = BlockIsolation.read(blockOf(40), new DeviceWithHoles(0, 33));
        List<Integer> refused = leaves.stream().filter(l -> l.outcome() instanceof BlockOutcome.Refused)
                .flatMap(l -> l.block().tags().stream()).map(TagAddress::offset).toList();
        assertEquals(List.of(0, 33), refused);
        assertEquals(40, leaves.stream().mapToInt(l -> l.block().tags().size()).sum());
    }

    @Test
    @DisplayName("a block that is answered normally costs exactly one request")
    void aGoodBlockCostsOneRequest() throws IOException {
        DeviceWithHoles device = new DeviceWithHoles();
        assertEquals(1, BlockIsolation.read(blockOf(125), device).size());
        assertEquals(1, device.requests.size());
    }

    @Test
    @DisplayName("other exception codes are not split: the whole block gets their quality (§7, code 04)")
    void otherExceptionsAreNotSplit() throws IOException {
        List<BlockIsolation.Leaf> leaves = BlockIsolation.read(blockOf(8), block -> new BlockOutcome.Refused(4));
        assertEquals(1, leaves.size());
        BlockOutcome.Refused refused = assertInstanceOf(BlockOutcome.Refused.class, leaves.get(0).outcome());
        assertTrue(refused.quality().is(Quality.BAD_DEVICE_FAILURE));
        assertTrue(refused.quality().detail().contains("04"), refused.quality().detail());
    }

    @Test
    @DisplayName("a request without answer ends the isolation: a timeout is not a bad address")
    void aTimeoutIsNotIsolated() {
        assertThrows(SocketTimeoutException.class, () -> BlockIsolation.read(blockOf(8), block -> {
            throw new SocketTimeoutException("no answer");
        }));
    }

    @Test
    @DisplayName("the learned blocks join the answered halves again and read the refused address alone")
    void learnedBlocksJoinAnsweredHalves() throws IOException {
        List<BlockIsolation.Leaf> leaves = BlockIsolation.read(blockOf(16), new DeviceWithHoles(5));
        assertTrue(leaves.size() > 3, leaves.size() + " leaves");
        List<String> learned = BlockIsolation.learnedBlocks(leaves).stream().map(b -> b.start() + "+" + b.quantity()).toList();
        assertEquals(List.of("0+5", "5+1", "6+10"), learned);
    }
}
