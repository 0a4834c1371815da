/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ContentFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EventFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.SimpleAttributeOperand;
import org.fieldbridge.runtime.opcua.ClientCertificateStore;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.ClientCertificate;

/**
 * An independent OPC UA client (Milo) of the twin's server: Basic256Sha256 SignAndEncrypt, a user name and
 * password, its own certificate (which the twin's server is told to trust, as an administrator would).
 */
final class TwinClient implements AutoCloseable {

    private static final String URI = "urn:fieldbridge:tests:twin-client";

    private final OpcUaClient client;
    private final TwinRuntime runtime;

    private TwinClient(OpcUaClient client, TwinRuntime runtime) {
        this.client = client;
        this.runtime = runtime;
    }

    static TwinClient connect(TwinRuntime runtime, Path certificateDir, String user, String password)
            throws Exception {
        return connect(runtime, certificateDir, new UsernameProvider(user, password));
    }

    /** Connects with another user identity (a user certificate); a refused client is disconnected. */
    static TwinClient connect(TwinRuntime runtime, Path certificateDir, IdentityProvider identity) throws Exception {
        ClientCertificate certificate = new ClientCertificateStore(certificateDir).openOrCreate(URI,
                "Fieldbridge test client", List.of("127.0.0.1"), "test-only"::toCharArray);
        runtime.server().trustClient(certificate.chain()[0]);
        var trust = new MemoryTrustListManager();
        trust.addTrustedCertificate(runtime.server().certificate());
        OpcUaClient client = OpcUaClient.create(runtime.endpointUrls().get(0),
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.Basic256Sha256.getUri().equals(e.getSecurityPolicyUri())
                                && e.getSecurityMode() == MessageSecurityMode.SignAndEncrypt)
                        .findFirst(),
                transport -> {
                },
                config -> config.setApplicationUri(URI)
                        .setApplicationName(LocalizedText.english("Fieldbridge test client"))
                        .setRequestTimeout(uint(10_000))
                        .setKeyPair(certificate.keyPair())
                        .setCertificate(certificate.chain()[0])
                        .setCertificateChain(certificate.chain())
                        .setCertificateValidator(new DefaultClientCertificateValidator(trust,
                                new MemoryCertificateQuarantine()))
                        .setIdentityProvider(identity));
        try {
            client.connectAsync().get(20, SECONDS);
        } catch (Exception e) {
            client.disconnectAsync().exceptionally(x -> client).get(10, SECONDS); // no reconnect attempts
            throw e;
        }
        return new TwinClient(client, runtime);
    }

    NodeId nodeId(String id) {
        return NodeId.parse(runtime.server().nodeId(id));
    }

    DataValue read(String id) throws Exception {
        return client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(nodeId(id))).get(10, SECONDS).get(0);
    }

    Object attribute(String id, AttributeId attribute) throws Exception {
        return client.readAsync(0.0, TimestampsToReturn.Neither,
                List.of(new ReadValueId(nodeId(id), attribute.uid(), null, null))).get(10, SECONDS).getResults()[0]
                .getValue().getValue();
    }

    /** @return the decoded value of a property (EngineeringUnits, EURange) of a node */
    Object property(String id, String name) throws Exception {
        BrowseResult result = client.browse(new BrowseDescription(nodeId(id), BrowseDirection.Forward,
                NodeIds.HasProperty, true, uint(0), uint(BrowseResultMask.All.getValue())));
        ReferenceDescription property = Arrays.stream(result.getReferences())
                .filter(r -> name.equals(r.getBrowseName().getName())).findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no property " + name));
        NodeId propertyId = property.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
        Object raw = client.readValuesAsync(0.0, TimestampsToReturn.Neither, List.of(propertyId)).get(10, SECONDS)
                .get(0).getValue().getValue();
        return raw instanceof ExtensionObject xo ? xo.decode(client.getStaticEncodingContext()) : raw;
    }

    /** Calls {@code methodId} on the object with the twin id {@code objectId}; @return the call's status */
    StatusCode call(String objectId, NodeId methodId, Variant... arguments) throws Exception {
        return client.call(List.of(new CallMethodRequest(nodeId(objectId), methodId, arguments))).getResults()[0]
                .getStatusCode();
    }

    /** @return the values of the signal {@code id} the server reports from now on (publishing 50 ms) */
    BlockingQueue<DataValue> values(String id) throws Exception {
        BlockingQueue<DataValue> values = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        var item = OpcUaMonitoredItem.newDataItem(nodeId(id));
        item.setDataValueListener((i, value) -> values.add(value));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        return values;
    }

    /** @return the events (SourceName, Message, Severity) fired by the server from now on */
    BlockingQueue<Variant[]> events() throws Exception {
        BlockingQueue<Variant[]> events = new LinkedBlockingQueue<>();
        var subscription = new OpcUaSubscription(client, 50.0);
        subscription.create();
        var item = OpcUaMonitoredItem.newEventItem(NodeIds.Server, new EventFilter(new SimpleAttributeOperand[] {
                field("SourceName"), field("Message"), field("Severity") }, new ContentFilter(null)));
        item.setQueueSize(uint(100));
        item.setEventValueListener((i, values) -> {
            if (!"Server".equals(values[0].getValue())) { // not RefreshStart/RefreshEnd
                events.add(values);
            }
        });
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        // as an alarm client does (OPC 10000-9 §5.5.7): an alarm already active before the subscription is replayed
        client.call(List.of(new CallMethodRequest(NodeIds.ConditionType, NodeIds.ConditionType_ConditionRefresh,
                new Variant[] { new Variant(subscription.getSubscriptionId().orElseThrow()) })));
        return events;
    }

    private static SimpleAttributeOperand field(String name) {
        return new SimpleAttributeOperand(NodeIds.BaseEventType, new QualifiedName[] { new QualifiedName(0, name) },
                AttributeId.Value.uid(), null);
    }

    @Override
    public void close() throws Exception {
        client.disconnectAsync().get(10, SECONDS);
    }
}
