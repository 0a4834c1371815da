/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.ContentFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.EventFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.SimpleAttributeOperand;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditReader;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditRotation;
import org.fieldbridge.runtime.audit.AuditTrail;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.PasswordCheck;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.PlantPermission;
import org.fieldbridge.runtime.server.RoleDescription;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.NodeOpcUa;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's audit trail (IEC 62443-4-2 CR 2.8, docs/opcua-server.md "Audit trail"): sessions opened and
 * refused, certificates trusted, removed and rejected, each in the file and, for a session with {@code administer}
 * (SecurityAdmin), as an OPC UA audit event; never a password.
 */
@Timeout(120)
@DisplayName("Audit trail of the OPC UA server")
class AuditTrailTest {

    private static final List<String> USERS = List.of("anna", "quinn", "ada");

    @TempDir
    Path temp;

    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Users users = new Users();
    private AuditTrail trail;
    private TwinOpcUaServer server;

    @BeforeEach
    void start() throws Exception {
        for (String user : USERS) {
            passwords.put(user, random());
        }
        trail = AuditTrail.open(temp.resolve("audit"), AuditRotation.DEFAULT);
        AddressSpaceDescription plant = RolePlant.description();
        List<RoleDescription> roles = new ArrayList<>(plant.roles());
        roles.add(RoleDescription.of("securityOfficer", PlantPermission.BROWSE, PlantPermission.ADMINISTER));
        TwinServerConfig config = TwinServerConfig.builder(TestServer.NAME, users)
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(temp.resolve("pki"))
                .userRoles("anna", List.of("anodizingOperator")).userRoles("quinn", List.of("qualityManager"))
                .userRoles("ada", List.of("securityOfficer"))
                .auditTrail(trail).build();
        server = TwinOpcUaServer.start(config, plant.withRoles(roles));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        trail.close();
    }

    @Test
    @DisplayName("a good login, a wrong password and a refused security mode are recorded, raised as audit events for"
            + " the security officer only, and no password is anywhere in the audit folder")
    void sessionsOpenedAndRefusedAreAudited() throws Exception {
        OpcUaClient officer = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "ada", passwords.get("ada"));
        OpcUaClient quality = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "quinn", passwords.get("quinn"));
        try {
            BlockingQueue<Variant[]> officerEvents = subscribeToEvents(officer);
            BlockingQueue<Variant[]> qualityEvents = subscribeToEvents(quality);

            OpcUaClient anna = TestClient.connect(server, SecurityPolicy.Aes256_Sha256_RsaPss, "anna",
                    passwords.get("anna"));
            TestClient.disconnect(anna);
            assertThrows(ExecutionException.class, () -> TestClient.connect(server, SecurityPolicy.Basic256Sha256,
                    "anna", passwords.get("quinn")));
            assertThrows(ExecutionException.class, () -> signOnlyClient().connectAsync().get(15, SECONDS));

            waitingFor("the refused security mode in the audit file").until(
                    () -> find(r -> r.details().getOrDefault("service", "").equals("OpenSecureChannel")).isPresent());
            AuditRecord opened = find(r -> r.action().equals("opened") && r.user().equals("anna")).orElseThrow();
            assertTrue(opened.success());
            assertEquals("127.0.0.1", opened.source());
            assertEquals(AuditCategory.SESSION, opened.category());
            assertEquals("Aes256_Sha256_RsaPss", opened.details().get("policy"));
            assertEquals("SignAndEncrypt", opened.details().get("mode"));
            assertEquals("user name", opened.details().get("identity"));
            assertEquals(TestClient.CLIENT_URI, opened.details().get("applicationUri"));
            assertTrue(opened.details().get("roles").contains("anodizingOperator"), opened.details().toString());
            waitingFor("anna's closed session in the audit file").until(
                    () -> find(r -> r.action().equals("closed") && r.user().equals("anna")).isPresent());

            AuditRecord wrongPassword = find(r -> r.action().equals("refused") && r.user().equals("anna")).orElseThrow();
            assertFalse(wrongPassword.success());
            assertEquals("Bad_UserAccessDenied", wrongPassword.status());
            assertEquals("user name or password not accepted", wrongPassword.details().get("reason"));
            assertEquals("127.0.0.1", wrongPassword.source());

            AuditRecord refusedMode = find(r -> r.details().getOrDefault("service", "").equals("OpenSecureChannel")
                    && r.details().get("reason").startsWith("the security policy and mode"))
                    .orElseThrow();
            assertFalse(refusedMode.success());
            assertEquals("Bad_SecurityChecksFailed", refusedMode.status());
            assertEquals("127.0.0.1", refusedMode.source());
            assertEquals("Basic256Sha256", refusedMode.details().get("policy"));
            assertTrue(refusedMode.details().get("reason").startsWith("the security policy and mode the client asked"
                    + " for are not offered"), refusedMode.details().get("reason"));

            List<Variant[]> events = new ArrayList<>();
            // the events come with the officer's publishing, not necessarily in the order of the records
            waitingFor("the security officer's audit events").until(() -> {
                officerEvents.drainTo(events);
                return events.stream().anyMatch(e -> NodeIds.AuditOpenSecureChannelEventType.equals(e[0].getValue()))
                        && events.stream().filter(e -> NodeIds.AuditActivateSessionEventType.equals(e[0].getValue())
                                && "anna".equals(e[3].getValue())).count() >= 2;
            });
            Variant[] annaOpened = events.stream()
                    .filter(e -> NodeIds.AuditActivateSessionEventType.equals(e[0].getValue())
                            && "anna".equals(e[3].getValue()) && Boolean.TRUE.equals(e[4].getValue()))
                    .findFirst().orElse(null);
            assertNotNull(annaOpened, "no event of anna's session among " + events.stream()
                    .map(e -> e[0].getValue() + "/" + e[3].getValue() + "/" + e[4].getValue()).toList());
            assertEquals("Session/ActivateSession", annaOpened[1].getValue());
            assertTrue(((LocalizedText) annaOpened[2].getValue()).text().startsWith("session opened by anna from 127.0.0.1"));
            assertTrue(events.stream().anyMatch(e -> NodeIds.AuditActivateSessionEventType.equals(e[0].getValue())
                    && "anna".equals(e[3].getValue()) && Boolean.FALSE.equals(e[4].getValue())),
                    "the wrong password is an event too");
            Variant[] modeRefused = events.stream()
                    .filter(e -> NodeIds.AuditOpenSecureChannelEventType.equals(e[0].getValue())).findFirst().orElseThrow();
            assertEquals(Boolean.FALSE, modeRefused[4].getValue());
            assertEquals("SecureChannel/OpenSecureChannel", modeRefused[1].getValue());

            assertNull(qualityEvents.poll(1, SECONDS), "the quality manager sees no audit event");
        } finally {
            TestClient.disconnect(quality);
            TestClient.disconnect(officer);
        }
        assertNoPasswordIn(temp.resolve("audit"));
    }

    @Test
    @DisplayName("a session asked for over SecurityPolicy None, which Milo refuses before any session service, is in"
            + " the audit file with the client's address, policy None and Bad_SecurityPolicyRejected, and reaches the"
            + " security officer as an AuditCreateSessionEvent")
    void aSessionOverSecurityPolicyNoneRefusedByMiloIsAudited() throws Exception {
        OpcUaClient officer = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "ada", passwords.get("ada"));
        try {
            BlockingQueue<Variant[]> officerEvents = subscribeToEvents(officer);
            OpcUaClient none = OpcUaClient.create(TestClient.noneEndpointConfig(server));
            assertThrows(ExecutionException.class, () -> none.connectAsync().get(15, SECONDS));

            waitingFor("the refused None session in the audit file").until(
                    () -> find(r -> "None".equals(r.details().get("policy"))).isPresent());
            AuditRecord refused = find(r -> "None".equals(r.details().get("policy"))).orElseThrow();
            assertEquals(AuditCategory.SESSION, refused.category());
            assertEquals("refused", refused.action());
            assertFalse(refused.success());
            assertEquals("Bad_SecurityPolicyRejected", refused.status());
            assertEquals("127.0.0.1", refused.source());
            assertEquals("", refused.user(), "no user is known before ActivateSession");
            assertEquals("CreateSession", refused.details().get("service"));
            assertEquals("None", refused.details().get("mode"));
            assertTrue(refused.details().get("reason").contains("SignAndEncrypt"), refused.details().toString());
            assertEquals(1, AuditReader.read(temp.resolve("audit")).records().stream()
                    .filter(r -> "None".equals(r.details().get("policy"))).count(), "recorded once");

            List<Variant[]> events = new ArrayList<>();
            waitingFor("the security officer's AuditCreateSessionEvent").until(() -> {
                officerEvents.drainTo(events);
                return events.stream().anyMatch(e -> NodeIds.AuditCreateSessionEventType.equals(e[0].getValue()));
            });
            Variant[] event = events.stream()
                    .filter(e -> NodeIds.AuditCreateSessionEventType.equals(e[0].getValue())).findFirst().orElseThrow();
            assertEquals("Session/CreateSession", event[1].getValue());
            assertEquals(Boolean.FALSE, event[4].getValue());
        } finally {
            TestClient.disconnect(officer);
        }
    }

    @Test
    @DisplayName("node-opcua insisting on SecurityPolicy None is refused at CreateSession and the audit file says so")
    void aNodeOpcUaSessionOverSecurityPolicyNoneIsAudited() throws Exception {
        NodeOpcUa nodeOpcUa = NodeOpcUa.installed();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FB_ENDPOINT", server.endpointUrls().get(0));
        env.put("FB_PKI", temp.resolve("node-pki").toString());
        env.put("FB_APPLICATION_URI", "urn:fieldbridge:tests:node-opcua-none");
        NodeOpcUa.Run run = nodeOpcUa.run(InteropFolder.script("none-session.js"), temp, env, Duration.ofSeconds(90));
        String json = run.lastJsonLine("over None");
        System.out.println("node-opcua over None: " + json);
        Map<String, String> row = FlatJson.parse(json);
        assertEquals("Good", row.get("connect"), "the None channel itself opens (discovery answers there)");
        assertFalse("Good".equals(row.get("session")) || "Good".equals(row.get("createSession")),
                "node-opcua got a session over None: " + json);

        waitingFor("node-opcua's refused None session in the audit file").until(
                () -> find(r -> "None".equals(r.details().get("policy"))).isPresent());
        AuditRecord refused = find(r -> "None".equals(r.details().get("policy"))).orElseThrow();
        assertEquals("refused", refused.action());
        assertEquals("Bad_SecurityPolicyRejected", refused.status());
        assertEquals("CreateSession", refused.details().get("service"));
        assertEquals("127.0.0.1", refused.source());
    }

    @Test
    @DisplayName("a write of a plant signal refused by the access controller is recorded with user, node, attribute,"
            + " value and status; a write outside the plant's namespace is not")
    void aRefusedWriteIsAudited() throws Exception {
        OpcUaClient anna = TestClient.connect(server, SecurityPolicy.Basic256Sha256, "anna", passwords.get("anna"));
        try {
            NodeId bathTemp = TestClient.nodeId(server, RolePlant.ANODIZING_TEMP);
            StatusCode result = anna.writeValues(List.of(bathTemp, NodeIds.Server_ServerStatus_State),
                    List.of(DataValue.valueOnly(new Variant(99.5)), DataValue.valueOnly(new Variant(1)))).get(0);
            assertEquals(StatusCodes.Bad_UserAccessDenied, result.getValue());

            waitingFor("the refused write in the audit file").until(
                    () -> find(r -> r.category() == AuditCategory.WRITE).isPresent());
            AuditRecord refused = find(r -> r.category() == AuditCategory.WRITE).orElseThrow();
            assertEquals("refused", refused.action());
            assertFalse(refused.success());
            assertEquals("Bad_UserAccessDenied", refused.status());
            assertEquals("anna", refused.user());
            assertEquals("127.0.0.1", refused.source());
            assertEquals(RolePlant.ANODIZING_TEMP, refused.details().get("node"));
            assertEquals("Value", refused.details().get("attribute"));
            assertEquals("99.5", refused.details().get("value"));
            assertEquals(1, AuditReader.read(temp.resolve("audit")).records().stream()
                    .filter(r -> r.category() == AuditCategory.WRITE).count(), "only the plant node's write");
        } finally {
            TestClient.disconnect(anna);
        }
    }

    @Test
    @DisplayName("a client certificate trusted, removed from the trust list and rejected is recorded")
    void certificateTrustChangesAreAudited() throws Exception {
        ApplicationCertificate friend = ApplicationCertificate.create("friend", "urn:fieldbridge:tests:friend");
        server.trustClient(friend.certificate());
        waitingFor("the trusted certificate in the audit file").until(
                () -> find(r -> r.category() == AuditCategory.CERTIFICATE && r.action().equals("trusted")).isPresent());
        AuditRecord trusted = find(r -> r.action().equals("trusted")).orElseThrow();
        assertEquals("urn:fieldbridge:tests:friend", trusted.source());
        assertTrue(trusted.details().get("file").startsWith("trusted/certs/"), trusted.details().toString());

        try (Stream<Path> files = Files.list(server.pkiDirectory().resolve("trusted").resolve("certs"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        waitingFor("the removed certificate in the audit file").until(
                () -> find(r -> r.category() == AuditCategory.CERTIFICATE && r.action().equals("removed")).isPresent());
        assertEquals(trusted.details().get("thumbprint"),
                find(r -> r.action().equals("removed")).orElseThrow().details().get("thumbprint"));

        assertThrows(ExecutionException.class, () -> client(friend, MessageSecurityMode.SignAndEncrypt, false)
                .connectAsync().get(15, SECONDS));
        waitingFor("the rejected certificate in the audit file").until(
                () -> find(r -> r.category() == AuditCategory.CERTIFICATE && r.action().equals("rejected")).isPresent());
        AuditRecord rejected = find(r -> r.action().equals("rejected")).orElseThrow();
        assertFalse(rejected.success());
        assertEquals(trusted.details().get("thumbprint"), rejected.details().get("thumbprint"));
    }

    private Optional<AuditRecord> find(Predicate<AuditRecord> which) throws IOException {
        return AuditReader.read(temp.resolve("audit")).records().stream().filter(which).findFirst();
    }

    private void assertNoPasswordIn(Path folder) throws IOException {
        List<String> secrets = new ArrayList<>(passwords.values());
        secrets.add(new String(users.keyStorePassword()));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(text.length() > 0, file + " is empty");
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), "a password in " + file);
                }
            }
        }
    }

    private static BlockingQueue<Variant[]> subscribeToEvents(OpcUaClient client) throws Exception {
        BlockingQueue<Variant[]> events = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        var item = OpcUaMonitoredItem.newEventItem(NodeIds.Server, new EventFilter(new SimpleAttributeOperand[] {
                field(NodeIds.BaseEventType, "EventType"), field(NodeIds.BaseEventType, "SourceName"),
                field(NodeIds.BaseEventType, "Message"), field(NodeIds.AuditEventType, "ClientUserId"),
                field(NodeIds.AuditEventType, "Status") }, new ContentFilter(null)));
        // the client's default queue of 1 keeps only the newest of the events between two publishes
        item.setQueueSize(Unsigned.uint(100));
        item.setEventValueListener((i, values) -> events.add(values));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        return events;
    }

    private static SimpleAttributeOperand field(NodeId type, String name) {
        return new SimpleAttributeOperand(type, new QualifiedName[] { new QualifiedName(0, name) },
                AttributeId.Value.uid(), null);
    }

    /** A trusted client that insists on Basic256Sha256 with mode Sign, which the server does not offer. */
    private OpcUaClient signOnlyClient() throws Exception {
        ApplicationCertificate certificate = ApplicationCertificate.create("Fieldbridge test client", TestClient.CLIENT_URI);
        return client(certificate, MessageSecurityMode.Sign, true);
    }

    private OpcUaClient client(ApplicationCertificate certificate, MessageSecurityMode mode, boolean trust)
            throws Exception {
        if (trust) {
            server.trustClient(certificate.certificate());
        }
        EndpointDescription secure = DiscoveryClient.getEndpoints(server.endpointUrls().get(0)).get(10, SECONDS)
                .stream().filter(e -> SecurityPolicy.Basic256Sha256.getUri().equals(e.getSecurityPolicyUri()))
                .findFirst().orElseThrow();
        EndpointDescription endpoint = new EndpointDescription(secure.getEndpointUrl(), secure.getServer(),
                secure.getServerCertificate(), mode, secure.getSecurityPolicyUri(), secure.getUserIdentityTokens(),
                secure.getTransportProfileUri(), secure.getSecurityLevel());
        var trustList = new MemoryTrustListManager();
        trustList.addTrustedCertificate(server.certificate());
        return OpcUaClient.create(OpcUaClientConfig.builder()
                .setEndpoint(endpoint)
                .setApplicationUri(certificate.applicationUri())
                .setApplicationName(LocalizedText.english("Fieldbridge test client"))
                .setKeyPair(certificate.keyPair())
                .setCertificate(certificate.certificate())
                .setCertificateChain(certificate.chain())
                .setCertificateValidator(new DefaultClientCertificateValidator(trustList,
                        new MemoryCertificateQuarantine()))
                .setIdentityProvider(new UsernameProvider("anna", passwords.get("anna")))
                .build());
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "pw-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The users' passwords as the server keeps them: PBKDF2 hashes. */
    private final class Users implements SecretResolver {
        private final Map<String, PasswordCheck> hashes = new LinkedHashMap<>();
        private final char[] keyStorePassword = random().toCharArray();

        @Override
        public Optional<PasswordCheck> passwordCheck(String userName) {
            return Optional.ofNullable(hashes.computeIfAbsent(userName, u -> passwords.containsKey(u)
                    ? PasswordHash.of(passwords.get(u).toCharArray(), 1_000) : null));
        }

        @Override
        public char[] keyStorePassword() {
            return keyStorePassword.clone();
        }
    }
}
