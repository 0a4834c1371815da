/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;

/**
 * The monitored items of one published variable's Value, served exception-based: the runtime pushes each
 * DataValue it publishes to them instead of the server sampling the node at the client's interval. A
 * Modbus value changes at most once per poll period and an OPC UA source reports changes itself, so
 * sampling faster than the source only re-reads the same value (issue 15 item 4: that re-reading was most
 * of the runtime's CPU). The item's own filter (DataChangeTrigger, deadband) and queue still decide what
 * reaches the client, exactly as with sampled values.
 */
final class ReportedItems {

    private final List<DataItem> items = new CopyOnWriteArrayList<>();
    private final Runnable delivered;

    /** @param delivered told after a value was pushed to the items (the server's publishing ticks wait for it) */
    ReportedItems(Runnable delivered) {
        this.delivered = delivered;
    }

    /** Starts reporting to {@code item}, with the current value as its first sample (Part 4 §5.12.1.2: the initial value). */
    void add(DataItem item, DataValue current) {
        items.add(item);
        offer(item, current);
        delivered.run();
    }

    void remove(DataItem item) {
        items.remove(item);
    }

    /** A monitoring mode change: an item that samples again gets the current value (its filter drops a repeat). */
    void resume(DataItem item, DataValue current) {
        if (items.contains(item)) {
            offer(item, current);
            delivered.run();
        }
    }

    /** Called on the publishing thread (the poller's) for every value the runtime writes. */
    void report(DataValue value) {
        if (items.isEmpty()) {
            return;
        }
        for (DataItem item : items) {
            offer(item, value);
        }
        delivered.run();
    }

    private static void offer(DataItem item, DataValue value) {
        if (item.isSamplingEnabled()) {
            TimestampsToReturn timestamps = item.getTimestampsToReturn();
            item.setValue(timestamps == TimestampsToReturn.Both ? value : DataValue.derivedValue(value, timestamps));
        }
    }
}
