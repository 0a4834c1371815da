/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.behaviour.condition.Condition;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionResult;
import org.fieldbridge.runtime.behaviour.condition.ConditionTransition;
import org.fieldbridge.runtime.behaviour.condition.EventId;
import org.junit.jupiter.api.Test;

/** The condition state machine against OPC 10000-9 (Alarms and Conditions), clause by clause. */
class ConditionTest {

    static final String ID = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTooHot";
    static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    final List<ConditionEvent> events = new ArrayList<>();
    final Condition condition = new Condition(ID, "BathTooHot", "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp",
            events::add);

    ConditionEvent last() {
        return events.get(events.size() - 1);
    }

    Instant at(int seconds) {
        return T0.plus(Duration.ofSeconds(seconds));
    }

    void raise(int seconds, double value) {
        condition.activate(at(seconds), value, 700, "BathTooHot active: " + value + " > 24.5");
    }

    @Test
    void part9_5_8_2_activationIsActiveUnackedUnconfirmedAndRetained() {
        raise(0, 25.1);
        ConditionEvent raised = last();
        assertEquals(ConditionTransition.ACTIVATED, raised.transition());
        assertTrue(raised.enabled());
        assertTrue(raised.active());
        assertFalse(raised.acked());
        assertFalse(raised.confirmed());
        assertTrue(raised.retain());
        assertEquals(700, raised.severity());
        assertEquals(25.1, raised.value());
        assertEquals("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp", raised.sourceSignal());
        assertEquals("BathTooHot", raised.sourceName());
        assertEquals(at(0), raised.time());
        assertNull(raised.branchId());
    }

    @Test
    void part5_6_4_2_everyEventHasItsOwnEventId() {
        raise(0, 25.1);
        condition.acknowledge(last().eventId(), "", "anna", at(1));
        condition.deactivate(at(2), 23.9, "cleared");
        var ids = new HashSet<EventId>();
        events.forEach(e -> ids.add(e.eventId()));
        assertEquals(3, ids.size());
    }

    @Test
    void part9_5_7_3_acknowledgeSetsAckedStateWithCommentAndUser() {
        raise(0, 25.1);
        assertEquals(ConditionResult.GOOD, condition.acknowledge(last().eventId(), "cooling valve opened", "anna", at(5)));
        ConditionEvent acked = last();
        assertEquals(ConditionTransition.ACKNOWLEDGED, acked.transition());
        assertTrue(acked.acked());
        assertTrue(acked.active());
        assertTrue(acked.retain(), "still active and unconfirmed");
        assertEquals("cooling valve opened", acked.comment());
        assertEquals("anna", acked.user());
    }

    @Test
    void part9_5_7_3_acknowledgingTwiceIsBadConditionBranchAlreadyAcked() {
        raise(0, 25.1);
        EventId seen = last().eventId();
        condition.acknowledge(seen, "", "anna", at(1));
        assertEquals(ConditionResult.BAD_CONDITION_BRANCH_ALREADY_ACKED,
                condition.acknowledge(last().eventId(), "", "anna", at(2)));
        assertEquals(0x80CF0000L, ConditionResult.BAD_CONDITION_BRANCH_ALREADY_ACKED.statusCode());
        assertEquals("Bad_ConditionBranchAlreadyAcked", ConditionResult.BAD_CONDITION_BRANCH_ALREADY_ACKED.symbol());
    }

    @Test
    void part9_5_7_3_anUnknownEventIdIsBadEventIdUnknown() {
        raise(0, 25.1);
        int before = events.size();
        assertEquals(ConditionResult.BAD_EVENT_ID_UNKNOWN,
                condition.acknowledge(EventId.of(new byte[] { 1, 2, 3 }), "", "anna", at(1)));
        assertEquals(0x809A0000L, ConditionResult.BAD_EVENT_ID_UNKNOWN.statusCode());
        assertEquals(before, events.size(), "a refused call reports nothing");
    }

    @Test
    void part9_5_7_3_anEarlierEventIdOfTheSameActivationIsAccepted() {
        raise(0, 25.1);
        EventId raised = last().eventId();
        condition.addComment(raised, "looking at it", "anna", at(1));
        assertEquals(ConditionResult.GOOD, condition.acknowledge(raised, "", "anna", at(2)));
    }

    @Test
    void part9_5_7_4_confirmSetsConfirmedStateAndTwiceIsBadConditionBranchAlreadyConfirmed() {
        raise(0, 25.1);
        condition.acknowledge(last().eventId(), "", "anna", at(1));
        assertEquals(ConditionResult.GOOD, condition.confirm(last().eventId(), "checked", "anna", at(2)));
        assertTrue(last().confirmed());
        assertEquals(ConditionResult.BAD_CONDITION_BRANCH_ALREADY_CONFIRMED,
                condition.confirm(last().eventId(), "", "anna", at(3)));
    }

    @Test
    void part9_5_5_2_retainStaysUntilInactiveAckedAndConfirmed() {
        raise(0, 25.1);
        condition.deactivate(at(10), 23.9, "BathTooHot cleared");
        assertFalse(last().active());
        assertTrue(last().retain(), "inactive but not acknowledged");
        condition.acknowledge(last().eventId(), "", "anna", at(11));
        assertTrue(last().retain(), "acknowledged but not confirmed");
        condition.confirm(last().eventId(), "", "anna", at(12));
        assertFalse(last().retain());
        assertTrue(condition.retained().isEmpty());
    }

    @Test
    void part9_5_5_6_addCommentReportsTheCommentAndItsAuthor() {
        raise(0, 25.1);
        assertEquals(ConditionResult.GOOD, condition.addComment(last().eventId(), "sensor checked", "quinn", at(3)));
        assertEquals(ConditionTransition.COMMENTED, last().transition());
        assertEquals("sensor checked", last().comment());
        assertEquals("quinn", last().user());
        assertFalse(last().acked(), "a comment is no acknowledgement");
    }

    @Test
    void part9_5_5_4_disableReportsRetainFalseThenSilence() {
        raise(0, 25.1);
        EventId seen = last().eventId();
        assertEquals(ConditionResult.GOOD, condition.disable("admin", at(1)));
        assertFalse(last().enabled());
        assertFalse(last().retain());
        int before = events.size();
        condition.deactivate(at(2), 23.0, "cleared");
        raise(3, 26.0);
        assertEquals(before, events.size(), "a disabled condition reports nothing");
        assertEquals(ConditionResult.BAD_CONDITION_DISABLED, condition.acknowledge(seen, "", "anna", at(4)));
        assertEquals(ConditionResult.BAD_CONDITION_DISABLED, condition.addComment(seen, "x", "anna", at(4)));
        assertEquals(ConditionResult.BAD_CONDITION_ALREADY_DISABLED, condition.disable("admin", at(4)));
        assertTrue(condition.retained().isEmpty(), "ConditionRefresh sends nothing of a disabled condition");
    }

    @Test
    void part9_5_5_5_enableReportsTheCurrentState() {
        condition.disable("admin", at(0));
        raise(1, 25.5);
        assertEquals(ConditionResult.GOOD, condition.enable("admin", at(2)));
        assertEquals(ConditionTransition.ENABLED, last().transition());
        assertTrue(last().enabled());
        assertTrue(last().active(), "activity tracked while disabled");
        assertEquals(ConditionResult.BAD_CONDITION_ALREADY_ENABLED, condition.enable("admin", at(3)));
    }

    @Test
    void part9_5_5_2_aNewActivationBeforeAcknowledgementMovesThePreviousOneToABranch() {
        raise(0, 25.1);
        EventId first = last().eventId();
        condition.deactivate(at(10), 23.9, "cleared");
        raise(20, 25.8);
        ConditionEvent branched = events.get(events.size() - 2);
        assertEquals(ConditionTransition.BRANCHED, branched.transition());
        assertTrue(branched.isBranch());
        assertFalse(branched.active());
        assertFalse(branched.acked());
        assertTrue(branched.retain());
        assertEquals(23.9, branched.value());
        ConditionEvent again = last();
        assertEquals(ConditionTransition.ACTIVATED, again.transition());
        assertNull(again.branchId());
        assertEquals(1, condition.branchCount());
        assertEquals(2, condition.retained().size(), "ConditionRefresh replays the branch and the trunk");

        // the EventId seen for the first activation now acknowledges the branch, not the new activation
        assertEquals(ConditionResult.GOOD, condition.acknowledge(first, "first one", "anna", at(21)));
        assertEquals(branched.branchId(), last().branchId());
        assertTrue(last().acked());
        assertEquals(ConditionResult.GOOD, condition.confirm(last().eventId(), "", "anna", at(22)));
        assertFalse(last().retain(), "an acknowledged and confirmed branch reports Retain False once");
        assertEquals(0, condition.branchCount(), "and is deleted");
        assertEquals(ConditionResult.BAD_EVENT_ID_UNKNOWN, condition.acknowledge(first, "", "anna", at(23)));
        assertFalse(condition.current().orElseThrow().acked(), "the trunk's new activation still awaits acknowledgement");
    }

    @Test
    void part9_5_5_2_anAcknowledgedAndConfirmedConditionActivatesWithoutBranch() {
        raise(0, 25.1);
        condition.acknowledge(last().eventId(), "", "anna", at(1));
        condition.confirm(last().eventId(), "", "anna", at(2));
        condition.deactivate(at(3), 23.0, "cleared");
        raise(4, 25.2);
        assertEquals(0, condition.branchCount());
        assertNotEquals(ConditionTransition.BRANCHED, events.get(events.size() - 2).transition());
    }

    @Test
    void part9_5_8_2_aRepeatedActivationWhileActiveReportsNothing() {
        raise(0, 25.1);
        int before = events.size();
        raise(1, 25.3);
        assertEquals(before, events.size());
    }

    @Test
    void alarmConditionsDriveConditionsFromBehaviourEventsAndTellEveryListener() {
        AlarmConditions conditions = new AlarmConditions();
        List<ConditionEvent> seen = new ArrayList<>();
        conditions.addListener(seen::add);
        conditions.register(ID, "BathTooHot", "");
        assertTrue(conditions.onBehaviourEvent(ID, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.RAISED, at(0),
                25.1, 700, "BathTooHot active")));
        assertFalse(conditions.onBehaviourEvent("Other", new BehaviourEvent("X", BehaviourEvent.Type.RAISED, at(0),
                1, 1, "x")));
        assertEquals(1, seen.size());
        assertEquals("BathTooHot active", seen.get(0).message());
        conditions.condition(ID).orElseThrow().acknowledge(seen.get(0).eventId(), "ok", "anna", at(1));
        assertEquals("anna", seen.get(1).user());
    }
}
