/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditReader;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.Condition;
import org.fieldbridge.runtime.sparkplug.MetricDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's alarm conditions wired to the audit trail, the live view and Sparkplug (issue 13 items 3 and 4): an
 * OPC UA client acknowledges BathTooHot as the anodizing operator, and each of them shows it.
 */
@Timeout(180)
@DisplayName("Alarm acknowledgements in the audit trail, the live view and Sparkplug")
class AlarmWiringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final String BATH_TOO_HOT = RiversideSlice.TANK3 + ".BathTooHot";
    private static final String TANK3_TOPIC = "spBv1.0/Acme.Riverside/%s/" + RiversideSlice.NAME
            + "/Finishing.AnodizingLine.Tank3";

    @TempDir
    Path dir;
    @RegisterExtension
    final SparkplugRig rig = new SparkplugRig();
    private TwinRuntime runtime;

    @Test
    @DisplayName("the operator's acknowledgement of BathTooHot is in the audit file with user, address, condition, "
            + "comment and status, refused attempts too, and the live view prints who acknowledged and why")
    void anAcknowledgementIsAuditedAndShownInTheLiveView() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        runtime = rig.start(fixture, "");
        Condition bathTooHot = runtime.alarmConditions().condition(BATH_TOO_HOT).orElseThrow();
        assertSame(bathTooHot, runtime.server().conditions().condition(BATH_TOO_HOT).orElseThrow(),
                "the server serves the runtime's conditions, not its own");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (LiveView live = new LiveView(runtime, out, Duration.ofMinutes(10), false, Clock.systemDefaultZone());
                TwinClient operator = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                        fixture.operatorPassword)) {
            live.start();
            raise();
            ByteString eventId = ByteString.of(bathTooHot.current().orElseThrow().eventId().bytes());

            assertEquals(StatusCode.GOOD, acknowledge(operator, eventId, "checked heater"));
            assertEquals(new StatusCode(StatusCodes.Bad_ConditionBranchAlreadyAcked),
                    acknowledge(operator, eventId, "again"));
            assertEquals(new StatusCode(StatusCodes.Bad_EventIdUnknown),
                    acknowledge(operator, ByteString.of(new byte[16]), ""));
            assertEquals(StatusCode.GOOD, operator.call(BATH_TOO_HOT, NodeIds.AcknowledgeableConditionType_Confirm,
                    new Variant(eventId), new Variant(LocalizedText.english(""))));

            String text = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d  ALARM ACKNOWLEDGED  BathTooHot  Tank3  by operator: "
                    + "\"checked heater\"$").matcher(text).find(), text);
            assertTrue(Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d  ALARM CONFIRMED  BathTooHot  Tank3  by operator")
                    .matcher(text).find(), text);
        }

        List<AuditRecord> alarms = AuditReader.read(dir.resolve("audit")).records().stream()
                .filter(r -> r.category() == AuditCategory.ALARM).toList();
        assertEquals(List.of("acknowledged", "acknowledge refused", "acknowledge refused", "confirmed"),
                alarms.stream().map(AuditRecord::action).toList(), alarms::toString);
        AuditRecord acknowledged = alarms.get(0);
        assertEquals("operator", acknowledged.user());
        assertEquals("127.0.0.1", acknowledged.source());
        assertTrue(acknowledged.success());
        assertEquals("Good", acknowledged.status());
        assertEquals(BATH_TOO_HOT, acknowledged.details().get("condition"));
        assertEquals("BathTooHot", acknowledged.details().get("alarm"));
        assertEquals("checked heater", acknowledged.details().get("comment"));
        assertFalse(alarms.get(1).success());
        assertEquals("Bad_ConditionBranchAlreadyAcked", alarms.get(1).status());
        assertEquals("again", alarms.get(1).details().get("comment"));
        assertEquals("Bad_EventIdUnknown", alarms.get(2).status());
        assertEquals("127.0.0.1", alarms.get(2).source());
    }

    @Test
    @DisplayName("BathTooHot/Acked and /Confirmed are in Tank3's DBIRTH and change in DDATA when the alarm raises and "
            + "the operator acknowledges")
    void theAcknowledgementStateReachesSparkplug() throws Exception {
        rig.startBroker(dir);
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        runtime = rig.start(fixture, "");

        waitingFor("a DBIRTH of Tank3").atMost(PATIENCE).until(() -> rig.arrived(TANK3_TOPIC.formatted("DBIRTH")));
        SparkplugBPayload birth = rig.first(TANK3_TOPIC.formatted("DBIRTH")).payload();
        Metric acked = metric(birth, "BathTooHot/Acked");
        Metric confirmed = metric(birth, "BathTooHot/Confirmed");
        assertEquals(Boolean.TRUE, acked.getValue(), "normal and acknowledged before the first activation");
        assertEquals(Boolean.TRUE, confirmed.getValue());

        raise();
        waitingFor("BathTooHot/Acked false in a DDATA").atMost(PATIENCE).until(() -> dataIndex(acked, false, 0) >= 0);
        int raised = dataIndex(acked, false, 0);
        assertTrue(dataIndex(confirmed, false, 0) >= 0);
        try (TwinClient operator = TwinClient.connect(runtime, dir.resolve("client"), "operator",
                fixture.operatorPassword)) {
            ByteString eventId = ByteString.of(runtime.alarmConditions().condition(BATH_TOO_HOT).orElseThrow()
                    .current().orElseThrow().eventId().bytes());
            assertEquals(StatusCode.GOOD, acknowledge(operator, eventId, "checked heater"));
        }
        // (the DDATA before the raise may repeat the birth's true values: only what came after the raise counts)
        waitingFor("BathTooHot/Acked true in a DDATA after the raise").atMost(PATIENCE)
                .until(() -> dataIndex(acked, true, raised + 1) > raised);
        assertEquals(-1, dataIndex(confirmed, true, raised + 1), "acknowledged, not confirmed");
    }

    @Test
    @DisplayName("Sparkplug's model has BathTooHot/Acked and /Confirmed as Boolean states of Tank3, the grid has none")
    void alarmsHaveAcknowledgementMetrics() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
        Path file = fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\n");
        SparkplugSettings settings = RuntimeConfiguration.load(file, twin, fixture.env).sparkplug().orElseThrow();
        List<MetricDefinition> metrics = SparkplugModel.of(twin, settings).devices().stream()
                .filter(d -> d.deviceId().equals("Finishing.AnodizingLine.Tank3")).findFirst().orElseThrow().metrics();
        MetricDefinition acked = metrics.stream().filter(m -> m.name().equals("BathTooHot/Acked")).findFirst()
                .orElseThrow();
        assertEquals(BATH_TOO_HOT + ".Acked", acked.signalId());
        assertEquals(org.fieldbridge.runtime.sparkplug.MetricKind.STATE, acked.kind());
        assertEquals(org.fieldbridge.runtime.sparkplug.MetricType.BOOLEAN, acked.type());
        assertTrue(metrics.stream().anyMatch(m -> m.name().equals("BathTooHot/Confirmed")));
        assertFalse(metrics.stream().anyMatch(m -> m.name().startsWith("BathGrid/Acked")));
    }

    /** What the threshold behaviour reports when the bath gets too hot, through the server as the runtime does. */
    private void raise() {
        runtime.server().fireEvent(RiversideSlice.TANK3, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.RAISED,
                Instant.now(), 25.3, 700, "BathTooHot active: 25.30 > 24.5 for PT5S"));
    }

    private static StatusCode acknowledge(TwinClient client, ByteString eventId, String comment) throws Exception {
        return client.call(BATH_TOO_HOT, NodeIds.AcknowledgeableConditionType_Acknowledge, new Variant(eventId),
                new Variant(LocalizedText.english(comment)));
    }

    /** @return the index in the rig's received messages, from {@code from} on, of Tank3's first DDATA with that value, or -1 */
    private int dataIndex(Metric birthMetric, boolean value, int from) {
        List<SparkplugRig.Message> messages = List.copyOf(rig.received());
        for (int i = from; i < messages.size(); i++) {
            if (messages.get(i).topic().equals(TANK3_TOPIC.formatted("DDATA")) && messages.get(i).payload().getMetrics()
                    .stream().anyMatch(m -> Objects.equals(birthMetric.getAlias(), m.getAlias())
                            && Boolean.valueOf(value).equals(m.getValue()))) {
                return i;
            }
        }
        return -1;
    }

    private static Metric metric(SparkplugBPayload payload, String name) {
        return payload.getMetrics().stream().filter(m -> name.equals(m.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in " + payload.getMetrics()));
    }
}
