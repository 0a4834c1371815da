/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionListener;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of every sample and event: the twin's OPC UA server (for the ids its address space has),
 * the table of latest values and the runtime listeners. Alarm events drive the twin's alarm conditions (through
 * the server, which reports them as OPC UA conditions, or directly while there is none), and every transition of
 * a condition goes on to the runtime listeners. Thread-safe.
 */
final class OutputPublisher implements ConditionListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutputPublisher.class);

    private final Set<String> serverIds = new HashSet<>();
    private final Map<String, Sample> latest = new ConcurrentHashMap<>();
    private final Map<String, java.time.Instant> confirmed = new ConcurrentHashMap<>();
    private final List<RuntimeListener> listeners = new CopyOnWriteArrayList<>();
    private final AlarmConditions conditions;
    private volatile TwinOpcUaServer server;

    /** @param conditions the twin's alarm conditions (registered by the caller); this publisher subscribes */
    OutputPublisher(AddressSpaceDescription addressSpace, AlarmConditions conditions) {
        serverIds.addAll(addressSpace.signals().keySet());
        serverIds.addAll(addressSpace.states().keySet());
        this.conditions = conditions;
        conditions.addListener(this);
    }

    void connect(TwinOpcUaServer twinServer) {
        server = twinServer;
    }

    void addListener(RuntimeListener listener) {
        listeners.add(listener);
    }

    void removeListener(RuntimeListener listener) {
        listeners.remove(listener);
    }

    Sample latest(String id) {
        return latest.get(id);
    }

    Map<String, Sample> latest() {
        return Map.copyOf(latest);
    }

    /** Records that the device confirmed the current sample of {@code id} at {@code at}. */
    void confirm(String id, java.time.Instant at) {
        confirmed.put(id, at);
    }

    /** @return when the device last confirmed the current sample of {@code id}, or null if it never did */
    java.time.Instant confirmedAt(String id) {
        return confirmed.get(id);
    }

    void publish(String id, Sample sample) {
        latest.put(id, sample);
        TwinOpcUaServer s = server;
        if (s != null && serverIds.contains(id)) {
            s.publish(id, sample);
        }
        for (RuntimeListener listener : listeners) {
            try {
                listener.onSample(id, sample);
            } catch (RuntimeException e) {
                LOG.warn("runtime listener {} failed on a sample of {}", listener, id, e);
            }
        }
    }

    /**
     * One answer of a controller has been published on this thread ({@code cycleDone}: the last of its poll cycle):
     * the server sends what changed together ({@link TwinOpcUaServer#batchDone}).
     */
    void batchDone(boolean cycleDone) {
        TwinOpcUaServer s = server;
        if (s != null) {
            s.batchDone(cycleDone);
        }
    }

    void event(String sourceId, BehaviourEvent event) {
        TwinOpcUaServer s = server;
        if (s != null) {
            s.fireEvent(sourceId, event); // drives the condition sourceId.<behaviour>, if it is one
        } else {
            conditions.onBehaviourEvent(sourceId + "." + event.source(), event);
        }
        for (RuntimeListener listener : listeners) {
            try {
                listener.onEvent(sourceId, event);
            } catch (RuntimeException e) {
                LOG.warn("runtime listener {} failed on an event of {}", listener, event.source(), e);
            }
        }
    }

    /** Hands a transition of an alarm condition to the runtime listeners. */
    @Override
    public void onTransition(ConditionEvent event) {
        for (RuntimeListener listener : listeners) {
            try {
                listener.onCondition(event);
            } catch (RuntimeException e) {
                LOG.warn("runtime listener {} failed on a transition of {}", listener, event.sourceName(), e);
            }
        }
    }
}
