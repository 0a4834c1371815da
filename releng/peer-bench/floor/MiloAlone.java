/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogUnitTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;

/**
 * "Milo alone" in releng/peer-bench.sh's gateway comparison (docs/performance.md, "Milo alone"): what the OPC UA
 * library the runtime is built on costs for the same job before Fieldbridge adds anything, as a yardstick, not a
 * product. An Eclipse Milo server with the bench's address space (N AnalogUnitType variables with EngineeringUnits,
 * 100 to an object, ns=2;s=E&lt;i/100&gt;.S&lt;i%100&gt;), the same None endpoint and anonymous access the bench gives
 * the runtime, values reported to the monitored items as they change (exception-based, the cheapest Milo allows: no
 * sampling) and changed in this process as PeerBenchGatewaySlave changes its registers (every 50..150 ms a tenth of
 * them, round robin, to the wall clock's milliseconds modulo 32,768, so client.js measures the latency the same
 * way). No Modbus, no decoding, no Fieldbridge code; Milo's own executors and timers. The script starts it with the
 * JVM options the generated runtime of the same model gets from its start script. With {@code sampled} as a fourth
 * argument the items are sampled by Milo's {@code SubscriptionModel} at the interval the client asks for instead, as
 * Milo's example namespace does it (not run by the script: docs/performance.md gives its figures).
 *
 * <p>Usage: {@code java -cp <runtime class path> MiloAlone <port> <tags> <folder> [sampled]} (writes
 * {@code endpoint} into the folder once the server listens).</p>
 */
public final class MiloAlone {

    private MiloAlone() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int tags = Integer.parseInt(args[1]);
        Path folder = Path.of(args[2]);
        OpcUaServer server = new OpcUaServer(config(port), profile -> new OpcTcpServerTransport(
                OpcTcpServerTransportConfig.newBuilder().build()));
        Signals signals = new Signals(server, tags, args.length > 3 && args[3].equals("sampled"));
        signals.startup();
        server.startup().get();
        Path tmp = folder.resolve("endpoint.tmp");
        Files.writeString(tmp, "opc.tcp://127.0.0.1:" + port + "/milo");
        Files.move(tmp, folder.resolve("endpoint"), StandardCopyOption.ATOMIC_MOVE);
        change(signals, tags);
    }

    /** Changes a tenth of the values every 50..150 ms, as PeerBenchGatewaySlave changes its registers; never returns. */
    private static void change(Signals signals, int tags) throws InterruptedException {
        int perTick = Math.max(1, tags / 10);
        int next = 0;
        Random random = new Random(20261207);
        long tick = System.nanoTime();
        while (true) {
            tick += 50_000_000L + random.nextLong(100_000_001L);
            Thread.sleep(Math.max(0, (tick - System.nanoTime()) / 1_000_000));
            Variant stamp = new Variant((short) (System.currentTimeMillis() & 0x7FFF));
            DateTime now = DateTime.now();
            DataValue value = new DataValue(stamp, StatusCode.GOOD, now, now);
            for (int k = 0; k < perTick; k++) {
                signals.set(next, value);
                next = (next + 1) % tags;
            }
        }
    }

    private static OpcUaServerConfig config(int port) throws Exception {
        ApplicationCertificate certificate = ApplicationCertificate.create("Milo alone", "urn:fieldbridge:milo-alone");
        MemoryTrustListManager trustList = new MemoryTrustListManager();
        MemoryCertificateQuarantine quarantine = new MemoryCertificateQuarantine();
        RsaSha256CertificateFactory factory = new RsaSha256CertificateFactory() {
            @Override
            protected KeyPair createRsaSha256KeyPair() {
                return certificate.keyPair();
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                return certificate.chain();
            }
        };
        DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(trustList,
                new MemoryCertificateStore(), factory, new DefaultServerCertificateValidator(trustList, quarantine));
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1")
                .setHostname("127.0.0.1")
                .setBindPort(port)
                .setPath("/milo")
                .setCertificate(certificate::certificate)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .build();
        return OpcUaServerConfig.builder()
                .setApplicationUri("urn:fieldbridge:milo-alone")
                .setApplicationName(LocalizedText.english("Milo alone"))
                .setProductUri("urn:fieldbridge:milo-alone")
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(quarantine, group))
                .build();
    }

    /** The bench's variables, and the monitored items of each, to which a change is reported as it is made. */
    private static final class Signals extends ManagedNamespaceWithLifecycle {

        private static final String UNECE_UNITS = "http://www.opcfoundation.org/UA/units/un/cefact";
        private static final int DEGREE_CELSIUS = 4408652; // UNECE "CEL"

        private final int tags;
        private final List<UaVariableNode> variables = new ArrayList<>();
        private final Map<NodeId, List<DataItem>> items = new ConcurrentHashMap<>();
        private final SubscriptionModel sampling;

        Signals(OpcUaServer server, int tags, boolean sampled) {
            super(server, "urn:fieldbridge:milo-alone:signals");
            this.tags = tags;
            sampling = sampled ? new SubscriptionModel(server, this) : null;
            if (sampling != null) {
                getLifecycleManager().addLifecycle(sampling);
            }
            getLifecycleManager().addStartupTask(this::build);
        }

        private void build() {
            DataValue unit = new DataValue(new Variant(new EUInformation(UNECE_UNITS, DEGREE_CELSIUS,
                    LocalizedText.english("°C"), LocalizedText.english("degree Celsius"))));
            DataValue initial = new DataValue(new Variant((short) 0));
            UaObjectNode equipment = null;
            for (int i = 0; i < tags; i++) {
                if (i % 100 == 0) {
                    String name = "E" + i / 100;
                    equipment = new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                            .setNodeId(newNodeId(name))
                            .setBrowseName(newQualifiedName(name))
                            .setDisplayName(LocalizedText.english(name))
                            .setTypeDefinition(NodeIds.BaseObjectType)
                            .build();
                    getNodeManager().addNode(equipment);
                }
                String name = "S" + i % 100;
                AnalogUnitTypeNode variable = analogUnit("E" + i / 100 + "." + name);
                variable.setBrowseName(newQualifiedName(name));
                variable.setDisplayName(LocalizedText.english(name));
                variable.setDataType(NodeIds.Int16);
                variable.getEngineeringUnitsNode().setValue(unit);
                variable.setValue(initial);
                equipment.addComponent(variable);
                variables.add(variable);
            }
        }

        private AnalogUnitTypeNode analogUnit(String id) {
            try {
                return (AnalogUnitTypeNode) getNodeFactory().createNode(newNodeId(id), NodeIds.AnalogUnitType,
                        new NodeFactory.InstantiationCallback() {
                            @Override
                            public boolean includeOptionalNode(NodeId typeDefinitionId, QualifiedName browseName) {
                                return false;
                            }
                        });
            } catch (UaException e) {
                throw new IllegalStateException("cannot instantiate AnalogUnitType for " + id, e);
            }
        }

        void set(int index, DataValue value) {
            UaVariableNode variable = variables.get(index);
            variable.setValue(value);
            List<DataItem> subscribed = items.get(variable.getNodeId());
            if (subscribed != null) {
                for (DataItem item : subscribed) {
                    if (item.isSamplingEnabled()) {
                        item.setValue(value);
                    }
                }
            }
        }

        @Override
        public void onDataItemsCreated(List<DataItem> created) {
            if (sampling != null) {
                sampling.onDataItemsCreated(created);
                return;
            }
            for (DataItem item : created) {
                NodeId id = item.getReadValueId().getNodeId();
                if (getNodeManager().get(id) instanceof UaVariableNode variable) {
                    items.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(item);
                    item.setValue(variable.getValue());
                }
            }
        }

        @Override
        public void onDataItemsModified(List<DataItem> modified) {
            if (sampling != null) {
                sampling.onDataItemsModified(modified);
            }
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> deleted) {
            if (sampling != null) {
                sampling.onDataItemsDeleted(deleted);
                return;
            }
            for (DataItem item : deleted) {
                List<DataItem> subscribed = items.get(item.getReadValueId().getNodeId());
                if (subscribed != null) {
                    subscribed.remove(item);
                }
            }
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> changed) {
            if (sampling != null) {
                sampling.onMonitoringModeChanged(changed);
            }
        }
    }
}
