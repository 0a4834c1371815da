/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.ContentFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EventFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.SimpleAttributeOperand;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;
import org.fieldbridge.runtime.audit.AuditReader;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditRotation;
import org.fieldbridge.runtime.audit.AuditTrail;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.PlantPermission;
import org.fieldbridge.runtime.server.RoleDescription;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.runtime.server.WellKnownRole;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The well-known roles (OPC 10000-3 §4.9.2) a runtime lists plant roles for replace the default mapping for that
 * role only (issue 13 item 1, docs/opcua-server.md "Roles"). Here the quality manager is made the SecurityAdmin and
 * the anodizing operator a Supervisor; the plant role with {@code administer} (held by {@code nobody}) then is
 * ConfigureAdmin by default but no longer SecurityAdmin. Proven as a client sees it: only a SecurityAdmin session
 * receives the audit events; and in the roles the audit trail records for each session.
 */
@Timeout(120)
class WellKnownRolesTest {

    @TempDir
    Path temp;

    private final RolePlant plant = new RolePlant();
    private AuditTrail trail;
    private TwinOpcUaServer server;

    @BeforeEach
    void start() throws Exception {
        trail = AuditTrail.open(temp.resolve("audit"), AuditRotation.DEFAULT);
        AddressSpaceDescription description = RolePlant.description();
        List<RoleDescription> roles = new ArrayList<>(description.roles());
        roles.add(RoleDescription.of("securityOfficer", PlantPermission.BROWSE, PlantPermission.ADMINISTER));
        TwinServerConfig config = RolePlant.users(TwinServerConfig.builder(TestServer.NAME, plant))
                .userRoles("nobody", List.of("securityOfficer"))
                .wellKnownRole(WellKnownRole.SECURITY_ADMIN, List.of("qualityManager"))
                .wellKnownRole(WellKnownRole.SUPERVISOR, List.of("anodizingOperator"))
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(temp.resolve("pki"))
                .auditTrail(trail).build();
        server = TwinOpcUaServer.start(config, description.withRoles(roles));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        trail.close();
    }

    @Test
    @DisplayName("a plant role configured as SecurityAdmin receives the audit events; the administer role, no longer SecurityAdmin, does not")
    void theConfiguredSecurityAdminReceivesTheAuditEvents() throws Exception {
        OpcUaClient quality = login("quinn");
        OpcUaClient officer = login("nobody");
        try {
            BlockingQueue<Variant[]> qualityEvents = subscribeToEvents(quality);
            BlockingQueue<Variant[]> officerEvents = subscribeToEvents(officer);
            TestClient.disconnect(login("anna"));
            List<Variant[]> events = new ArrayList<>();
            waitingFor("anna's session as an audit event for the quality manager").atMost(Duration.ofSeconds(20))
                    .until(() -> {
                        qualityEvents.drainTo(events);
                        return events.stream().anyMatch(e -> "anna".equals(e[1].getValue()));
                    });
            assertNull(officerEvents.poll(1, SECONDS), "the administer role is not SecurityAdmin here");
        } finally {
            TestClient.disconnect(officer);
            TestClient.disconnect(quality);
        }
    }

    @Test
    @DisplayName("each session gets the configured well-known roles, and the default ones for the roles not configured")
    void sessionsGetTheConfiguredAndTheDefaultWellKnownRoles() throws Exception {
        for (String user : List.of("anna", "paul", "quinn", "nobody")) {
            TestClient.disconnect(login(user));
        }
        // Observer, Operator: default (read, acknowledgeAlarms); Supervisor: configured for anodizingOperator only
        assertEquals(Set.of("AuthenticatedUser", "anodizingOperator", "Observer", "Operator", "Supervisor"),
                rolesOf("anna"));
        assertEquals(Set.of("AuthenticatedUser", "powderOperator", "Observer", "Operator"), rolesOf("paul"));
        assertEquals(Set.of("AuthenticatedUser", "qualityManager", "Observer", "SecurityAdmin"), rolesOf("quinn"));
        // ConfigureAdmin stays the default for administer; SecurityAdmin went to the quality manager
        assertEquals(Set.of("AuthenticatedUser", "securityOfficer", "ConfigureAdmin"), rolesOf("nobody"));
    }

    private OpcUaClient login(String user) throws Exception {
        return TestClient.connect(server, SecurityPolicy.Basic256Sha256, user, plant.password(user));
    }

    private Set<String> rolesOf(String user) throws IOException {
        AuditRecord opened = AuditReader.read(temp.resolve("audit")).records().stream()
                .filter(r -> r.action().equals("opened") && r.user().equals(user)).findFirst()
                .orElseThrow(() -> new AssertionError("no session of " + user + " in the audit trail"));
        return new TreeSet<>(Arrays.asList(opened.details().get("roles").split(" ")));
    }

    private static BlockingQueue<Variant[]> subscribeToEvents(OpcUaClient client) throws Exception {
        BlockingQueue<Variant[]> events = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        var item = OpcUaMonitoredItem.newEventItem(NodeIds.Server, new EventFilter(new SimpleAttributeOperand[] {
                field(NodeIds.BaseEventType, "EventType"), field(NodeIds.AuditEventType, "ClientUserId") },
                new ContentFilter(null)));
        // the client's default queue of 1 keeps only the newest of the events between two publishes
        item.setQueueSize(Unsigned.uint(100));
        item.setEventValueListener((i, values) -> events.add(values));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        return events;
    }

    private static SimpleAttributeOperand field(org.eclipse.milo.opcua.stack.core.types.builtin.NodeId type,
            String name) {
        return new SimpleAttributeOperand(type, new QualifiedName[] { new QualifiedName(0, name) },
                AttributeId.Value.uid(), null);
    }
}
