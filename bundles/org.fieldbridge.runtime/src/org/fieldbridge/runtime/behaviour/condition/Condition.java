/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour.condition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state machine of one alarm condition after OPC 10000-9 (Alarms and Conditions), without any OPC UA stack:
 * EnabledState (§5.5.2), AckedState and ConfirmedState (§5.7.2), ActiveState (§5.8.2), Retain, Severity, Message,
 * comments (§5.5.6) and branches (§5.5.2, Annex B.1.3).
 *
 * <ul>
 * <li>Activation: Active, not Acked, not Confirmed, Retain. A new activation that arrives while the previous one is
 * not yet acknowledged or confirmed moves the previous one to a <em>branch</em> (its own BranchId, its EventIds
 * stay valid), which is reported and kept until it is acknowledged and confirmed; the trunk starts over.</li>
 * <li>Retain is true while the condition (or branch) is enabled and active, unacknowledged or unconfirmed.</li>
 * <li>Acknowledge, Confirm and AddComment name the state they apply to by an EventId of it and answer with Part 9's
 * status codes ({@link ConditionResult}). A branch that is acknowledged and confirmed reports Retain False once and
 * is deleted.</li>
 * <li>Disabled (§5.5.4): no events but the Disable event itself (Retain False); methods other than Enable answer
 * Bad_ConditionDisabled; the activity is still tracked, and Enable reports the current state.</li>
 * </ul>
 * Every transition is one {@link ConditionEvent} with a new EventId, handed to the listener in order. Thread-safe.
 */
public final class Condition {

    private final String id;
    private final String sourceName;
    private final String sourceSignal;
    private final ConditionListener listener;
    private final State trunk = new State(null);
    private final Map<String, State> branches = new LinkedHashMap<>();
    private boolean enabled = true;
    private int branchCount;

    /**
     * @param id           the condition's id (the alarm behaviour's id)
     * @param sourceName   the behaviour's name (SourceName of its events)
     * @param sourceSignal the id of the signal the alarm watches, or empty
     * @param listener     told every event
     */
    public Condition(String id, String sourceName, String sourceSignal, ConditionListener listener) {
        this.id = Objects.requireNonNull(id, "id");
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.sourceSignal = sourceSignal == null ? "" : sourceSignal;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The alarm's input crossed into the abnormal region (ActiveState True). */
    public synchronized void activate(Instant time, double value, int severity, String message) {
        if (trunk.active) {
            trunk.value = value;
            return;
        }
        if (enabled && retain(trunk)) {
            State branch = trunk.copyAs("branch-" + ++branchCount);
            branches.put(branch.branchId, branch);
            report(branch, ConditionTransition.BRANCHED, time, "");
        }
        trunk.eventIds.clear();
        trunk.active = true;
        trunk.acked = false;
        trunk.confirmed = false;
        trunk.value = value;
        trunk.setSeverity(severity);
        trunk.message = message;
        if (enabled) {
            report(trunk, ConditionTransition.ACTIVATED, time, "");
        }
    }

    /** The alarm's input returned to normal (ActiveState False). */
    public synchronized void deactivate(Instant time, double value, String message) {
        if (!trunk.active) {
            return;
        }
        trunk.active = false;
        trunk.value = value;
        trunk.message = message;
        if (enabled) {
            report(trunk, ConditionTransition.DEACTIVATED, time, "");
        }
    }

    /** Acknowledge (§5.7.3) the state {@code eventId} names, with an optional comment, by {@code user}. */
    public synchronized ConditionResult acknowledge(EventId eventId, String comment, String user, Instant time) {
        return act(eventId, comment, user, time, ConditionTransition.ACKNOWLEDGED);
    }

    /** Confirm (§5.7.4) the state {@code eventId} names, with an optional comment, by {@code user}. */
    public synchronized ConditionResult confirm(EventId eventId, String comment, String user, Instant time) {
        return act(eventId, comment, user, time, ConditionTransition.CONFIRMED);
    }

    /** AddComment (§5.5.6) to the state {@code eventId} names. */
    public synchronized ConditionResult addComment(EventId eventId, String comment, String user, Instant time) {
        return act(eventId, comment, user, time, ConditionTransition.COMMENTED);
    }

    /** Enable (§5.5.5): the condition reports its current state, and that of its branches, again. */
    public synchronized ConditionResult enable(String user, Instant time) {
        if (enabled) {
            return ConditionResult.BAD_CONDITION_ALREADY_ENABLED;
        }
        enabled = true;
        report(trunk, ConditionTransition.ENABLED, time, user);
        for (State branch : branches.values()) {
            report(branch, ConditionTransition.ENABLED, time, user);
        }
        return ConditionResult.GOOD;
    }

    /** Disable (§5.5.4): one event with EnabledState and Retain False, then silence until enabled. */
    public synchronized ConditionResult disable(String user, Instant time) {
        if (!enabled) {
            return ConditionResult.BAD_CONDITION_ALREADY_DISABLED;
        }
        enabled = false;
        report(trunk, ConditionTransition.DISABLED, time, user);
        for (State branch : branches.values()) {
            report(branch, ConditionTransition.DISABLED, time, user);
        }
        return ConditionResult.GOOD;
    }

    /**
     * The last event of the trunk and of every branch whose Retain is true, as ConditionRefresh (§5.5.7) replays
     * them; empty while disabled.
     */
    public synchronized List<ConditionEvent> retained() {
        List<ConditionEvent> events = new ArrayList<>();
        if (!enabled) {
            return events;
        }
        for (State branch : branches.values()) {
            if (branch.last != null && branch.last.retain()) {
                events.add(branch.last);
            }
        }
        if (trunk.last != null && trunk.last.retain()) {
            events.add(trunk.last);
        }
        return events;
    }

    /** @return the last event of the trunk, if it reported one */
    public synchronized Optional<ConditionEvent> current() {
        return Optional.ofNullable(trunk.last);
    }

    public String id() {
        return id;
    }

    public String sourceName() {
        return sourceName;
    }

    public String sourceSignal() {
        return sourceSignal;
    }

    public synchronized boolean isEnabled() {
        return enabled;
    }

    /** @return the number of live branches (previous activations awaiting acknowledgement or confirmation) */
    public synchronized int branchCount() {
        return branches.size();
    }

    private ConditionResult act(EventId eventId, String comment, String user, Instant time,
            ConditionTransition transition) {
        if (!enabled) {
            return ConditionResult.BAD_CONDITION_DISABLED;
        }
        State state = stateOf(eventId);
        if (state == null) {
            return ConditionResult.BAD_EVENT_ID_UNKNOWN;
        }
        if (transition == ConditionTransition.ACKNOWLEDGED) {
            if (state.acked) {
                return ConditionResult.BAD_CONDITION_BRANCH_ALREADY_ACKED;
            }
            state.acked = true;
        } else if (transition == ConditionTransition.CONFIRMED) {
            if (state.confirmed) {
                return ConditionResult.BAD_CONDITION_BRANCH_ALREADY_CONFIRMED;
            }
            state.confirmed = true;
        }
        if (comment != null && !comment.isEmpty() || transition == ConditionTransition.COMMENTED) {
            state.comment = comment == null ? "" : comment;
        }
        report(state, transition, time, user);
        if (state.branchId != null && !retain(state)) {
            branches.remove(state.branchId);
        }
        return ConditionResult.GOOD;
    }

    private State stateOf(EventId eventId) {
        if (trunk.eventIds.contains(eventId)) {
            return trunk;
        }
        return branches.values().stream().filter(b -> b.eventIds.contains(eventId)).findFirst().orElse(null);
    }

    private boolean retain(State state) {
        return enabled && (state.active || !state.acked || !state.confirmed);
    }

    private void report(State state, ConditionTransition transition, Instant time, String user) {
        EventId eventId = EventId.next();
        state.eventIds.add(eventId);
        if (user != null && !user.isEmpty()) {
            state.user = user;
        }
        state.last = new ConditionEvent(id, state.branchId, eventId, transition, time, sourceName, sourceSignal,
                state.value, enabled, state.active, state.acked, state.confirmed, retain(state), state.severity,
                state.lastSeverity, state.message, state.comment, state.user);
        listener.onTransition(state.last);
    }

    /** The state of the trunk or of one branch. */
    private static final class State {
        final String branchId;
        final List<EventId> eventIds = new ArrayList<>();
        boolean active;
        boolean acked = true;
        boolean confirmed = true;
        double value = Double.NaN;
        int severity = 1;
        int lastSeverity = 1;
        String message = "";
        String comment = "";
        String user = "";
        ConditionEvent last;

        State(String branchId) {
            this.branchId = branchId;
        }

        void setSeverity(int newSeverity) {
            lastSeverity = severity;
            severity = newSeverity;
        }

        State copyAs(String newBranchId) {
            State copy = new State(newBranchId);
            copy.eventIds.addAll(eventIds);
            copy.active = active;
            copy.acked = acked;
            copy.confirmed = confirmed;
            copy.value = value;
            copy.severity = severity;
            copy.lastSeverity = lastSeverity;
            copy.message = message;
            copy.comment = comment;
            copy.user = user;
            return copy;
        }
    }
}
