/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.model.objects.BaseEventTypeNode;
import org.eclipse.milo.opcua.sdk.server.servicesets.Service;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.OpcServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.ServerApplicationContext;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.AlarmConditions;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.ControllerNode;
import org.fieldbridge.runtime.server.PublishLatency;
import org.fieldbridge.runtime.server.RoleDescription;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Milo server behind {@code TwinOpcUaServer}. Only this package sees Milo types.
 */
public final class MiloTwinServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MiloTwinServer.class);

    /** Secure policies offered, both with SignAndEncrypt only (OPC 10000-7 profiles). */
    private static final List<SecurityPolicy> SECURE_POLICIES = List.of(SecurityPolicy.Basic256Sha256,
            SecurityPolicy.Aes256_Sha256_RsaPss);

    private final TwinServerConfig config;
    private final ServerPki pki;
    private final ServerTimers timers;
    private final WrappableServer server;
    private final TwinNamespace namespace;
    private final Map<String, ControllerNamespace> controllerNamespaces = new LinkedHashMap<>();
    private final DiagnosticsNodes diagnostics;
    private final NodePermissions permissions = new NodePermissions();
    private final AtomicReference<TwinNamespace> twinNamespace = new AtomicReference<>();
    private final AuditSink audit;
    private AuditEvents auditEvents;
    private final AlarmConditions conditions;
    private final ConditionNodes conditionNodes;
    private EventDelivery delivery;
    /** The server's added latency (diagnostics switch measurePublishLatency); null, and nothing installed, when off. */
    private final PublishLatencies publishLatency;

    private MiloTwinServer(TwinServerConfig config, AddressSpaceDescription description, AlarmConditions conditions,
            List<ControllerNode> controllerNodes) throws Exception {
        this.config = config;
        this.conditions = conditions;
        this.publishLatency = config.measuresPublishLatency() ? new PublishLatencies() : null;
        this.conditionNodes = new ConditionNodes(conditions, permissions);
        if (config.insecure()) {
            LOG.warn("OPC UA server '{}': SecurityPolicy None and anonymous access are ENABLED (allowInsecure); "
                    + "anyone who reaches {}:{} can read the plant's data", config.name(), config.bindAddress(),
                    config.port());
        }
        SecurityProviders.requireBouncyCastle();
        audit = new AuditSink(config.auditTrail().orElse(null));
        pki = ServerPki.open(config, audit);
        timers = new ServerTimers(config.name());
        try {
            MiloLimits limits = new MiloLimits(config.limits());
            PlantRoleMapper roleMapper = roleMapper(description);
            OpcUaServerConfig serverConfig = OpcUaServerConfig.builder()
                    .setApplicationUri(config.applicationUri())
                    .setApplicationName(LocalizedText.english("Fieldbridge runtime " + config.name()))
                    .setProductUri("urn:fieldbridge:runtime")
                    .setEndpoints(endpoints())
                    .setCertificateManager(pki.certificateManager())
                    .setIdentityValidator(identityValidator(roleMapper))
                    .setLimits(limits)
                    .setEncodingLimits(limits.encodingLimits())
                    .setRoleMapper(roleMapper)
                    .setExecutor(timers.executor())
                    .setScheduledExecutor(timers.scheduler())
                    .build();
            server = new WrappableServer(serverConfig, this::tcpTransport);
            timers.bind(server);
            server.wrap(config.path(), Service.METHOD_CALL, calls -> new AuditedCalls(server, calls, conditionNodes));
            delivery = new EventDelivery(server, permissions, timers::changed);
            conditionNodes.bind(new ConditionSnapshots(server), delivery);
            namespace = new TwinNamespace(server, config.namespaceUri(), description, permissions, conditionNodes,
                    timers::changed);
            twinNamespace.set(namespace);
            addControllerNamespaces(controllerNodes);
            diagnostics = new DiagnosticsNodes(namespace);
            config.auditTrail().ifPresent(this::auditSessions);
        } catch (Exception | Error e) {
            timers.close();
            pki.close();
            throw e;
        }
    }

    /** Builds the address space, opens the PKI and starts listening. */
    public static MiloTwinServer start(TwinServerConfig config, AddressSpaceDescription description,
            AlarmConditions conditions) throws Exception {
        return start(config, description, conditions, List.of());
    }

    /** Builds the address space with the namespaces of a simulated controller, opens the PKI and starts listening. */
    public static MiloTwinServer start(TwinServerConfig config, AddressSpaceDescription description,
            AlarmConditions conditions, List<ControllerNode> controllerNodes) throws Exception {
        MiloTwinServer twin = new MiloTwinServer(config, description, conditions, controllerNodes);
        try {
            twin.namespace.startup();
            twin.controllerNamespaces.values().forEach(ControllerNamespace::startup);
            twin.server.startup().get(30, SECONDS);
            new ConditionRefresh(twin.server, twin.conditionNodes).install();
        } catch (Exception e) {
            twin.close();
            throw e;
        }
        LOG.info("OPC UA server '{}' listening on {} (certificate SHA-1 {})", config.name(), twin.endpointUrls(),
                twin.certificateThumbprint());
        return twin;
    }

    /**
     * Drives the alarm condition {@code sourceId.<behaviour>} (which reports an AlarmConditionType event), or fires
     * a BaseEventType event (OPC UA Part 5 §6.4.2) whose SourceNode is the element {@code sourceId} (an equipment),
     * with the behaviour's message, severity and time; either reaches only sessions that may receive events there.
     */
    public void fireEvent(String sourceId, BehaviourEvent event) {
        if (conditions.onBehaviourEvent(sourceId + "." + event.source(), event)) {
            return;
        }
        try {
            BaseEventTypeNode node = server.getEventFactory().createEvent(
                    new NodeId(1, UUID.randomUUID()), NodeIds.BaseEventType);
            node.setBrowseName(new QualifiedName(1, event.source()));
            node.setDisplayName(LocalizedText.english(event.source()));
            node.setEventId(ByteString.of(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)));
            node.setEventType(NodeIds.BaseEventType);
            node.setSourceNode(namespace.nodeId(sourceId));
            node.setSourceName(event.source());
            node.setTime(new DateTime(event.time()));
            node.setReceiveTime(DateTime.now());
            node.setMessage(LocalizedText.english(event.message()));
            node.setSeverity(ushort(event.severity()));
            delivery.deliver(node, namespace.nodeId(sourceId));
            node.delete();
        } catch (UaException e) {
            LOG.warn("OPC UA server '{}': event of {} not fired: {}", config.name(), event.source(), e.getMessage());
        }
    }

    /** Sets the {@code _Diagnostics} variables of a controller (made on its first call). */
    public void publishDiagnostics(org.fieldbridge.runtime.diagnostics.HealthSnapshot snapshot) {
        diagnostics.publish(snapshot);
    }

    /** @see org.fieldbridge.runtime.server.TwinOpcUaServer#publishForwardingDiagnostics */
    public void publishForwardingDiagnostics(org.fieldbridge.runtime.diagnostics.ForwardingSnapshot snapshot) {
        diagnostics.publish(snapshot);
    }

    /** @return false when {@code id} names no published variable (see {@code TwinOpcUaServer.acceptWrites}) */
    public boolean acceptWrites(String id, java.util.function.Consumer<Sample> written) {
        TwinNamespace.PublishedVariable variable = namespace.variable(id);
        if (variable == null) {
            return false;
        }
        variable.acceptWrites(written);
        return true;
    }

    /** @return false when the server has no such controller node */
    public boolean publish(ControllerNode node, Sample sample) {
        TwinNamespace.PublishedVariable variable = controllerVariable(node);
        if (variable == null) {
            return false;
        }
        variable.publish(sample);
        return true;
    }

    /** @return false when the server has no such controller node */
    public boolean acceptWrites(ControllerNode node, java.util.function.Consumer<Sample> written) {
        TwinNamespace.PublishedVariable variable = controllerVariable(node);
        if (variable == null) {
            return false;
        }
        variable.acceptWrites(written);
        return true;
    }

    /** @return the NodeId of a controller node with its namespace's index, or null when the server has none */
    public String nodeId(ControllerNode node) {
        ControllerNamespace ns = controllerNamespaces.get(node.namespaceUri());
        return ns == null || ns.variable(node.identifier()) == null ? null
                : ns.nodeId(node.identifier()).toParseableString();
    }

    private TwinNamespace.PublishedVariable controllerVariable(ControllerNode node) {
        ControllerNamespace ns = controllerNamespaces.get(node.namespaceUri());
        return ns == null ? null : ns.variable(node.identifier());
    }

    /** One namespace per URI, registered in the order the nodes name them (after the twin's namespace). */
    private void addControllerNamespaces(List<ControllerNode> nodes) {
        Map<String, List<ControllerNode>> byUri = new LinkedHashMap<>();
        for (ControllerNode node : nodes) {
            if (node.namespaceUri().equals(config.namespaceUri())
                    || server.getNamespaceTable().getIndex(node.namespaceUri()) != null) {
                throw new IllegalArgumentException("the namespace " + node.namespaceUri() + " of " + node
                        + " is already the server's own (its twin's or OPC UA's): give controller nodes another URI");
            }
            byUri.computeIfAbsent(node.namespaceUri(), uri -> new ArrayList<>()).add(node);
        }
        byUri.forEach((uri, list) -> controllerNamespaces.put(uri,
                new ControllerNamespace(server, uri, config.name(), list)));
    }

    /** The calling thread has published a batch of values ({@link ServerTimers#batchDone(boolean)}). */
    public void batchDone(boolean cycleDone) {
        timers.batchDone(cycleDone);
    }

    /** @return false when {@code id} names no published variable */
    public boolean publish(String id, Sample sample) {
        TwinNamespace.PublishedVariable variable = namespace.variable(id);
        if (variable == null) {
            return false;
        }
        variable.publish(sample);
        return true;
    }

    public List<String> endpointUrls() {
        List<String> urls = new ArrayList<>();
        for (String host : config.hostnames()) {
            urls.add("opc.tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + config.port()
                    + config.path());
        }
        return urls;
    }

    /** @return the alarm conditions of the twin's alarm behaviours */
    public AlarmConditions conditions() {
        return conditions;
    }

    public int namespaceIndex() {
        return namespace.getNamespaceIndex().intValue();
    }

    public String nodeId(String id) {
        return namespace.nodeId(id).toParseableString();
    }

    public X509Certificate certificate() {
        return pki.certificate();
    }

    public String certificateThumbprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(pki.certificate().getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot compute the certificate thumbprint", e);
        }
    }

    public Path pkiDirectory() {
        return pki.directory();
    }

    public void trust(X509Certificate clientCertificate) {
        pki.trust(clientCertificate);
    }

    /** @return the server's added latency so far, when {@code measurePublishLatency} is on (see PublishLatencies) */
    public Optional<PublishLatency> publishLatency() {
        if (publishLatency == null) {
            return Optional.empty();
        }
        return Optional.of(publishLatency.snapshot(latePublishCycles()));
    }

    /** Starts the publish latency over (e.g. after clients subscribed: initial values carry old timestamps). */
    public void resetPublishLatency() {
        if (publishLatency != null) {
            publishLatency.reset(latePublishCycles());
        }
    }

    private long latePublishCycles() {
        return server.getSubscriptions().values().stream()
                .mapToLong(s -> s.getSubscriptionDiagnostics().getLatePublishRequestCount().sum()).sum();
    }

    @Override
    public void close() throws Exception {
        try {
            namespace.shutdown();
            controllerNamespaces.values().forEach(ControllerNamespace::shutdown);
            server.shutdown().get(30, SECONDS);
        } finally {
            if (auditEvents != null) {
                config.auditTrail().ifPresent(trail -> trail.removeListener(auditEvents));
            }
            timers.close();
            pki.close();
        }
    }

    /** Watches the session services and raises the trail's records as audit events (docs: "Audit trail"). */
    private void auditSessions(org.fieldbridge.runtime.audit.AuditTrail trail) {
        AuditedSessions sessions = new AuditedSessions(server, audit);
        server.addServiceSet(config.path(), sessions);
        server.getSessionManager().addSessionListener(sessions);
        server.wrap(config.path(), Service.ATTRIBUTE_WRITE,
                writes -> new AuditedWrites(server, writes, audit, namespace.getNamespaceIndex()));
        auditEvents = new AuditEvents(server, config.applicationUri(), timers::changed);
        trail.addListener(auditEvents);
    }

    private Set<EndpointConfig> endpoints() {
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        for (String host : config.endpointHosts()) {
            EndpointConfig.Builder base = EndpointConfig.newBuilder()
                    .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                    .setBindAddress(config.bindAddress())
                    .setBindPort(config.port())
                    .setHostname(host)
                    .setPath(config.path())
                    .setCertificate(pki::certificate);
            for (SecurityPolicy policy : SECURE_POLICIES) {
                EndpointConfig.Builder secure = base.copy()
                        .setSecurityPolicy(policy)
                        .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                        .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME);
                if (config.acceptsUserCertificates()) {
                    secure.addTokenPolicy(OpcUaServerConfig.USER_TOKEN_POLICY_X509);
                }
                config.issuedTokens().ifPresent(t -> secure.addTokenPolicy(IssuedTokenIdentityValidator.policy(t)));
                endpoints.add(secure.build());
            }
            if (config.insecure()) {
                // Anonymous only: a user name over SecurityPolicy None would expose the password.
                endpoints.add(base.copy()
                        .setSecurityPolicy(SecurityPolicy.None)
                        .setSecurityMode(MessageSecurityMode.None)
                        .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                        .build());
            }
        }
        return endpoints;
    }

    private PlantRoleMapper roleMapper(AddressSpaceDescription description) {
        Map<String, RoleDescription> roles = description.roles().stream()
                .collect(Collectors.toMap(RoleDescription::name, Function.identity()));
        return new PlantRoleMapper(config, roles,
                name -> twinNamespace.get().nodeId(RoleScopes.roleNodeIdentifier(name)));
    }

    private IdentityValidator identityValidator(PlantRoleMapper roleMapper) throws java.io.IOException {
        List<IdentityValidator> validators = new ArrayList<>();
        validators.add(new PasswordIdentityValidator(config.secrets()));
        if (config.acceptsUserCertificates()) {
            validators.add(IdentityValidators.certificates(config));
        }
        config.issuedTokens().ifPresent(trust -> validators.add(IdentityValidators.issuedTokens(trust)));
        if (config.insecure()) {
            validators.add(AnonymousIdentityValidator.INSTANCE);
        }
        return new ReportingIdentityValidator(new CompositeValidator(validators), config.identityListener(),
                roleMapper::plantRoles);
    }

    private OpcServerTransport tcpTransport(TransportProfile profile) {
        if (profile != TransportProfile.TCP_UASC_UABINARY) {
            throw new IllegalArgumentException("only opc.tcp is configured, not " + profile);
        }
        var transport = OpcTcpServerTransportConfig.newBuilder().setEventLoop(timers.network());
        boolean audited = config.auditTrail().isPresent();
        boolean measured = publishLatency != null;
        if (audited || measured) {
            transport.setChannelPipelineCustomizer(pipeline -> {
                if (audited) {
                    // connections refused before a session (policy, mode) are seen only on the wire
                    pipeline.addFirst(new SecureChannelAudit(audit));
                }
                if (measured) {
                    PublishLatencyObserver.installOn(pipeline, publishLatency, server::getStaticEncodingContext);
                }
            });
        }
        OpcServerTransport tcp = new OpcTcpServerTransport(transport.build());
        return new OpcServerTransport() {
            @Override
            public void bind(ServerApplicationContext server, InetSocketAddress bindAddress) throws Exception {
                tcp.bind(new InlinePublishRequests(server, timers), bindAddress);
            }

            @Override
            public void unbind() throws Exception {
                tcp.unbind();
            }
        };
    }
}
