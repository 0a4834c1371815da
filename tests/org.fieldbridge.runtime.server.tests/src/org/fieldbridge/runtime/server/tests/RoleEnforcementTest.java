/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.RolePermissionType;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionListener;
import org.fieldbridge.runtime.behaviour.condition.ConditionTransition;
import org.fieldbridge.runtime.behaviour.condition.OperatorAction;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plant roles enforced per scope (issue 13 items 1, 3 and 5), checked with a Milo client over Basic256Sha256
 * SignAndEncrypt: each user browses, reads, subscribes to and writes a signal of each line, acknowledges its alarm
 * and calls AddComment on it, and the result of
 * every cell is compared with the matrix of docs/opcua-server.md.
 */
@Timeout(120)
class RoleEnforcementTest {

    @TempDir
    static Path pki;

    private static RolePlant plant;
    private static TwinOpcUaServer server;

    @BeforeAll
    static void start() throws Exception {
        plant = new RolePlant();
        TwinServerConfig.Builder builder = TwinServerConfig.builder("roles-test", plant)
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(pki);
        server = TwinOpcUaServer.start(RolePlant.users(builder).build(), RolePlant.description());
        server.publish(RolePlant.ANODIZING_TEMP, Sample.good(21.5, Instant.now()));
        server.publish(RolePlant.POWDER_TEMP, Sample.good(180.0, Instant.now()));
        RolePlant.raiseAlarms(server);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The operations of each line: browse the line, read / subscribe to / write its signal, Acknowledge its alarm
     * (with the EventId of the alarm's current activation) and call another method of it (AddComment).
     */
    static final List<String> OPERATIONS = List.of("browse", "read", "subscribe", "write", "acknowledge", "call");

    /** The matrix: user -> "signal operation" -> expected status (documented in docs/opcua-server.md). */
    static Map<String, Map<String, String>> expected() {
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        String good = "Good";
        String denied = "Bad_UserAccessDenied";
        matrix.put("anna", row(good, good, good, denied, good, good,
                /* powder: */ "hidden", denied, denied, denied, denied, denied));
        matrix.put("paul", row("hidden", denied, denied, denied, denied, denied, good, good, good, denied, good, good));
        matrix.put("quinn", row(good, good, good, denied, denied, denied, good, good, good, denied, denied, denied));
        matrix.put("nobody", row("hidden", denied, denied, denied, denied, denied,
                "hidden", denied, denied, denied, denied, denied));
        return matrix;
    }

    private static Map<String, String> row(String... cells) {
        Map<String, String> row = new LinkedHashMap<>();
        int i = 0;
        for (String line : List.of("anodizing", "powder")) {
            for (String operation : OPERATIONS) {
                row.put(line + " " + operation, cells[i++]);
            }
        }
        return row;
    }

    @Test
    @DisplayName("every user x line x operation cell gives the documented status code")
    void theMatrixHolds() throws Exception {
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        for (String user : RolePlant.USERS) {
            OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, user, plant.password(user));
            try {
                Map<String, String> row = new LinkedHashMap<>();
                row.putAll(cells(client, "anodizing", "AnodizingLine", RolePlant.ANODIZING_TEMP,
                        RolePlant.BATH_TOO_HOT));
                row.putAll(cells(client, "powder", "PowderCoating", RolePlant.POWDER_TEMP, RolePlant.OVEN_OVERSHOOT));
                actual.put(user, row);
            } finally {
                TestClient.disconnect(client);
            }
        }
        System.out.println(MatrixTable.markdown(actual));
        assertEquals(expected(), actual);
    }

    @Test
    @DisplayName("docs/opcua-server.md shows exactly the matrix this test expects")
    void theDocumentedMatrixIsTheTestedOne() throws Exception {
        Path doc = InteropFolder.path().resolve("../../../docs/opcua-server.md").normalize();
        String text = java.nio.file.Files.readString(doc);
        String table = MatrixTable.markdown(expected());
        assertTrue(text.contains(table), () -> doc + " does not contain the tested matrix; put this table there:\n"
                + table);
    }

    @Test
    @DisplayName("an operator's UserAccessLevel, UserRolePermissions and RolePermissions say what it may do")
    void userAttributesTellTheClientWhatItMayDo() throws Exception {
        OpcUaClient client = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "anna", plant.password("anna"));
        try {
            NodeId temp = TestClient.nodeId(server, RolePlant.ANODIZING_TEMP);
            List<DataValue> values = Arrays.asList(client.readAsync(0.0, TimestampsToReturn.Neither, List.of(
                    new ReadValueId(temp, AttributeId.UserAccessLevel.uid(), null, null),
                    new ReadValueId(temp, AttributeId.UserRolePermissions.uid(), null, null)))
                    .get(10, SECONDS).getResults());
            assertEquals(UByte.valueOf(1), values.get(0).getValue().getValue(), "CurrentRead only");
            Object[] permissions = (Object[]) values.get(1).getValue().getValue();
            assertEquals(1, permissions.length, "only the anodizing operator role of the session");
            RolePermissionType permission = (RolePermissionType) ((ExtensionObject) permissions[0])
                    .decode(client.getStaticEncodingContext());
            assertEquals("Role:anodizingOperator", permission.getRoleId().getIdentifier());
            assertEquals(1L + 32 + 2048 + 4096, permission.getPermissions().getValue().longValue());
            NodeId roleNode = TestClient.nodeId(server, "Role:anodizingOperator");
            assertEquals("Anodizing line operator", ((LocalizedText) displayName(client, roleNode).getValue()
                    .getValue()).text(), "the role id of RolePermissions resolves to its RoleType object");
        } finally {
            TestClient.disconnect(client);
        }
    }

    @Test
    @DisplayName("outside its scopes an operator reads no attribute and browses no reference of a node")
    void outsideTheScopeNothingOfANodeIsReadable() throws Exception {
        OpcUaClient anna = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "anna", plant.password("anna"));
        OpcUaClient quinn = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "quinn", plant.password("quinn"));
        try {
            NodeId powder = TestClient.nodeId(server, RolePlant.POWDER_TEMP);
            assertEquals("Bad_UserAccessDenied", name(displayName(anna, powder).getStatusCode()));
            assertEquals("Good", name(displayName(quinn, powder).getStatusCode()));
            assertEquals("Good", name(displayName(anna, TestClient.nodeId(server, RolePlant.ANODIZING_TEMP))
                    .getStatusCode()));
            BrowseResult line = anna.browse(new BrowseDescription(
                    TestClient.nodeId(server, "Acme.Riverside.Finishing.PowderCoating"), BrowseDirection.Forward,
                    NodeIds.HierarchicalReferences, true, uint(0), uint(BrowseResultMask.All.getValue())));
            assertTrue(line.getReferences() == null || line.getReferences().length == 0,
                    "the powder-coating line shows its children to an anodizing operator: " + line);
        } finally {
            TestClient.disconnect(anna);
            TestClient.disconnect(quinn);
        }
    }

    @Test
    @DisplayName("a refused acknowledgement reaches the condition listeners with user, client address, EventId,"
            + " comment and status, both when the method handler refuses it (the type's method id, outside the user's"
            + " scope) and when Milo's access controller does (the instance's own method, before any handler)")
    void refusedAcknowledgementsReachTheListeners() throws Exception {
        List<OperatorAction> actions = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConditionListener listener = new ConditionListener() {
            @Override
            public void onTransition(ConditionEvent event) {
            }

            @Override
            public void onOperatorAction(OperatorAction action) {
                actions.add(action);
            }
        };
        server.conditions().addListener(listener);
        OpcUaClient anna = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "anna", plant.password("anna"));
        OpcUaClient quinn = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "quinn", plant.password("quinn"));
        try {
            NodeId overshoot = TestClient.nodeId(server, RolePlant.OVEN_OVERSHOOT);
            ByteString powderEvent = ByteString.of(java.util.HexFormat.of().parseHex(
                    RolePlant.eventIdHex(server, RolePlant.OVEN_OVERSHOOT)));
            assertEquals("Bad_UserAccessDenied", name(anna.call(List.of(new CallMethodRequest(overshoot,
                    NodeIds.AcknowledgeableConditionType_Acknowledge, new Variant[] { new Variant(powderEvent),
                            new Variant(LocalizedText.english("not my line")) }))).getResults()[0].getStatusCode()));
            NodeId bath = TestClient.nodeId(server, RolePlant.BATH_TOO_HOT);
            String bathHex = RolePlant.eventIdHex(server, RolePlant.BATH_TOO_HOT);
            NodeId ownAcknowledge = ownMethod(quinn, bath, "Acknowledge");
            assertEquals("Bad_UserAccessDenied", name(quinn.call(List.of(new CallMethodRequest(bath, ownAcknowledge,
                    new Variant[] { new Variant(ByteString.of(java.util.HexFormat.of().parseHex(bathHex))),
                            new Variant(LocalizedText.english("quality says ok")) }))).getResults()[0]
                    .getStatusCode()));
            NodeId ownDisable = ownMethod(quinn, bath, "Disable");
            assertEquals("Bad_UserAccessDenied", name(quinn.call(List.of(new CallMethodRequest(bath, ownDisable,
                    new Variant[0]))).getResults()[0].getStatusCode()));

            assertEquals(3, actions.size(), actions::toString);
            OperatorAction byHandler = actions.get(0);
            assertEquals(RolePlant.OVEN_OVERSHOOT, byHandler.conditionId());
            assertEquals(ConditionTransition.ACKNOWLEDGED, byHandler.action());
            assertEquals("anna", byHandler.user());
            assertEquals("127.0.0.1", byHandler.clientAddress());
            assertEquals("not my line", byHandler.comment());
            assertEquals(false, byHandler.success());
            assertEquals("Bad_UserAccessDenied", byHandler.status());

            OperatorAction byAccessController = actions.get(1);
            assertEquals(RolePlant.BATH_TOO_HOT, byAccessController.conditionId());
            assertEquals(ConditionTransition.ACKNOWLEDGED, byAccessController.action());
            assertEquals("quinn", byAccessController.user());
            assertEquals("127.0.0.1", byAccessController.clientAddress());
            assertEquals(bathHex, byAccessController.eventId().hex());
            assertEquals("quality says ok", byAccessController.comment());
            assertEquals(false, byAccessController.success());
            assertEquals("Bad_UserAccessDenied", byAccessController.status());

            OperatorAction disable = actions.get(2);
            assertEquals(ConditionTransition.DISABLED, disable.action());
            assertEquals("quinn", disable.user());
            assertEquals(false, disable.success());
        } finally {
            server.conditions().removeListener(listener);
            TestClient.disconnect(anna);
            TestClient.disconnect(quinn);
        }
    }

    private static DataValue displayName(OpcUaClient client, NodeId node) throws Exception {
        return client.readAsync(0.0, TimestampsToReturn.Neither,
                List.of(new ReadValueId(node, AttributeId.DisplayName.uid(), null, null))).get(10, SECONDS)
                .getResults()[0];
    }

    private static Map<String, String> cells(OpcUaClient client, String line, String lineName, String signal,
            String alarm) throws Exception {
        Map<String, String> cells = new LinkedHashMap<>();
        NodeId node = TestClient.nodeId(server, signal);
        cells.put(line + " browse", browse(client, lineName));
        cells.put(line + " read", name(client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(node))
                .get(10, SECONDS).get(0).getStatusCode()));
        cells.put(line + " subscribe", subscribe(client, node));
        cells.put(line + " write", name(client.writeValues(List.of(node),
                List.of(DataValue.valueOnly(new Variant(20.0)))).get(0)));
        NodeId condition = TestClient.nodeId(server, alarm);
        ByteString eventId = ByteString.of(java.util.HexFormat.of().parseHex(RolePlant.eventIdHex(server, alarm)));
        cells.put(line + " acknowledge", name(call(client, condition, "Acknowledge",
                NodeIds.AcknowledgeableConditionType_Acknowledge, eventId)));
        cells.put(line + " call", name(call(client, condition, "AddComment", NodeIds.ConditionType_AddComment,
                eventId)));
        return cells;
    }

    /**
     * Calls a condition method with an EventId and a comment, by the instance's method when the session can browse
     * it, else by the type's method (as a client that cannot see the condition would try).
     */
    private static StatusCode call(OpcUaClient client, NodeId condition, String method, NodeId typeMethod,
            ByteString eventId) throws Exception {
        BrowseResult methods = client.browse(new BrowseDescription(condition, BrowseDirection.Forward,
                NodeIds.HasComponent, true, uint(0), uint(BrowseResultMask.All.getValue())));
        NodeId methodId = methods.getReferences() == null ? typeMethod : Arrays.stream(methods.getReferences())
                .filter(r -> method.equals(r.getBrowseName().getName())).findFirst()
                .flatMap(r -> r.getNodeId().toNodeId(client.getNamespaceTable())).orElse(typeMethod);
        return client.call(List.of(new CallMethodRequest(condition, methodId, new Variant[] { new Variant(eventId),
                new Variant(LocalizedText.english("role matrix")) }))).getResults()[0].getStatusCode();
    }

    /** @return the condition's own method node (not the type's) of that name, as a client browsing it finds it */
    private static NodeId ownMethod(OpcUaClient client, NodeId condition, String method) throws Exception {
        BrowseResult methods = client.browse(new BrowseDescription(condition, BrowseDirection.Forward,
                NodeIds.HasComponent, true, uint(0), uint(BrowseResultMask.All.getValue())));
        NodeId id = Arrays.stream(methods.getReferences()).filter(r -> method.equals(r.getBrowseName().getName()))
                .findFirst().flatMap(r -> r.getNodeId().toNodeId(client.getNamespaceTable())).orElseThrow();
        assertEquals(condition.getNamespaceIndex(), id.getNamespaceIndex(), "an instance method: " + id);
        return id;
    }

    /** @return "Good" when the line is listed below Finishing, "hidden" when it is not */
    private static String browse(OpcUaClient client, String lineName) throws Exception {
        BrowseResult result = client.browse(new BrowseDescription(TestClient.nodeId(server, RolePlant.FINISHING),
                BrowseDirection.Forward, NodeIds.HierarchicalReferences, true, uint(0),
                uint(BrowseResultMask.All.getValue())));
        if (!result.getStatusCode().isGood()) {
            return name(result.getStatusCode());
        }
        List<String> names = new ArrayList<>();
        if (result.getReferences() != null) {
            Arrays.stream(result.getReferences()).forEach(r -> names.add(r.getBrowseName().getName()));
        }
        return names.contains(lineName) ? "Good" : "hidden";
    }

    private static String subscribe(OpcUaClient client, NodeId node) throws Exception {
        var subscription = new OpcUaSubscription(client, 100.0);
        subscription.create();
        try {
            var item = OpcUaMonitoredItem.newDataItem(node);
            subscription.addMonitoredItem(item);
            try {
                subscription.synchronizeMonitoredItems();
            } catch (MonitoredItemSynchronizationException refused) {
                // the item's own result says why
            }
            return name(item.getCreateResult().orElseThrow());
        } finally {
            subscription.delete();
        }
    }

    private static String name(StatusCode code) {
        if (code.isGood()) {
            return "Good";
        }
        return StatusCodes.lookup(code.getValue()).map(s -> s[0]).orElse(code.toString());
    }
}
