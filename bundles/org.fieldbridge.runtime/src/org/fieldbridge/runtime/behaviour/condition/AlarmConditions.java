/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fieldbridge.runtime.behaviour.BehaviourEvent;

/**
 * The alarm conditions of a twin by id, fed by the alarm behaviours' events, and the one place observers subscribe
 * to every condition's transitions (the OPC UA server, the audit trail, the Sparkplug publisher, the live view).
 */
public final class AlarmConditions {

    private final Map<String, Condition> byId = new ConcurrentHashMap<>();
    private final List<ConditionListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Makes the condition of an alarm behaviour (idempotent: the same id returns the existing one).
     *
     * @param id           the behaviour's id, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTooHot}
     * @param sourceName   the behaviour's name
     * @param sourceSignal the id of the signal it watches, or empty
     */
    public Condition register(String id, String sourceName, String sourceSignal) {
        return byId.computeIfAbsent(id, key -> new Condition(key, sourceName, sourceSignal, this::fanOut));
    }

    /** @return the condition with this id */
    public Optional<Condition> condition(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return every condition */
    public List<Condition> all() {
        return List.copyOf(byId.values());
    }

    /** Subscribes {@code listener} to the transitions of every condition. */
    public void addListener(ConditionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(ConditionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Drives the condition {@code conditionId} from its behaviour: RAISED activates it, CLEARED deactivates it;
     * other events (a batch completed) and unknown ids are ignored.
     *
     * @return true when a condition took the event
     */
    public boolean onBehaviourEvent(String conditionId, BehaviourEvent event) {
        Condition condition = byId.get(conditionId);
        if (condition == null) {
            return false;
        }
        switch (event.type()) {
            case RAISED -> condition.activate(event.time(), event.value(), event.severity(), event.message());
            case CLEARED -> condition.deactivate(event.time(), event.value(), event.message());
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells every listener of an operator's attempt to act on a condition, done or refused (called by whoever
     * received it: the OPC UA server's method handlers). A listener that fails does not stop the others.
     */
    public void reportOperatorAction(OperatorAction action) {
        Objects.requireNonNull(action, "action");
        for (ConditionListener listener : listeners) {
            try {
                listener.onOperatorAction(action);
            } catch (RuntimeException e) {
                // the answer to the client does not depend on an observer (the audit trail logs its own failures)
            }
        }
    }

    private void fanOut(ConditionEvent event) {
        for (ConditionListener listener : listeners) {
            listener.onTransition(event);
        }
    }
}
