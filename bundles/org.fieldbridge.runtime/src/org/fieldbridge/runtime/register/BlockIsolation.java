/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a block and, when the device refuses it with exception 02 (Illegal Data Address, §7), halves it and
 * reads the halves, recursively, until the refused addresses are isolated in blocks of their own. The other
 * values of the block are read normally; a block of n values costs at most 2n - 1 requests the first time,
 * and the caller can keep the returned leaves as its plan so later cycles cost one request per leaf.
 */
public final class BlockIsolation {

    /** Sends one read request. */
    @FunctionalInterface
    public interface BlockReader {

        /**
         * @return the data or the exception the device answered
         * @throws IOException when the device did not answer (timeout, closed connection): not isolated
         */
        BlockOutcome read(RegisterBlock block) throws IOException;
    }

    /**
     * @param block a block and what it returned (a leaf of the isolation)
     * @param outcome the answer to that block's request
     */
    public record Leaf(RegisterBlock block, BlockOutcome outcome) {
    }

    private BlockIsolation() {
    }

    /**
     * @return the blocks actually read and their outcomes, in address order; a refused leaf either cannot be
     *         split further or was refused with another code than 02
     * @throws IOException as soon as one request gets no answer
     */
    public static List<Leaf> read(RegisterBlock block, BlockReader reader) throws IOException {
        List<Leaf> leaves = new ArrayList<>();
        read(block, reader, leaves);
        return leaves;
    }

    /**
     * The blocks to read in later cycles: the leaves, with neighbouring answered leaves joined again where no
     * address lies between them (halving splits clusters of values the device answered; only the refused parts
     * need blocks of their own). Addresses between two leaves were never answered, so they stay unread: a hole
     * the device refused is learned once and never asked for again.
     */
    public static List<RegisterBlock> learnedBlocks(List<Leaf> leaves) {
        List<RegisterBlock> blocks = new ArrayList<>(leaves.size());
        RegisterBlock open = null;
        for (Leaf leaf : leaves) {
            boolean answered = !(leaf.outcome() instanceof BlockOutcome.Refused);
            if (open != null && answered && leaf.block().start() == open.end() + 1) {
                List<TagAddress> tags = new ArrayList<>(open.tags());
                tags.addAll(leaf.block().tags());
                open = RegisterBlock.covering(tags);
                continue;
            }
            if (open != null) {
                blocks.add(open);
            }
            if (answered) {
                open = leaf.block();
            } else {
                blocks.add(leaf.block());
                open = null;
            }
        }
        if (open != null) {
            blocks.add(open);
        }
        return blocks;
    }

    private static void read(RegisterBlock block, BlockReader reader, List<Leaf> leaves) throws IOException {
        BlockOutcome outcome = reader.read(block);
        if (outcome instanceof BlockOutcome.Refused refused && refused.exception() == ExceptionCode.ILLEGAL_DATA_ADDRESS
                && block.canSplit()) {
            for (RegisterBlock half : block.split()) {
                read(half, reader, leaves);
            }
            return;
        }
        leaves.add(new Leaf(block, outcome));
    }
}
