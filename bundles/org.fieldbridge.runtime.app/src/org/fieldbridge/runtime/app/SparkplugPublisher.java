/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.behaviour.condition.ConditionEvent;
import org.fieldbridge.runtime.opcua.TrustedServerCertificates;
import org.fieldbridge.runtime.sparkplug.BrokerTls;
import org.fieldbridge.runtime.sparkplug.EdgeNodeModel;
import org.fieldbridge.runtime.sparkplug.ForwardingConfig;
import org.fieldbridge.runtime.diagnostics.ForwardingSnapshot;
import org.fieldbridge.runtime.sparkplug.QueueStatus;
import org.fieldbridge.runtime.sparkplug.SparkplugConfig;
import org.fieldbridge.runtime.sparkplug.SparkplugEdgeNode;

/** The twin's Sparkplug B edge node, fed with every sample the runtime publishes. */
final class SparkplugPublisher implements RuntimeListener, AutoCloseable {

    private final SparkplugEdgeNode node;

    private SparkplugPublisher(SparkplugEdgeNode node) {
        this.node = node;
    }

    /** @return the running publisher, or null when the configuration has no {@code sparkplug.brokerUrl} */
    static SparkplugPublisher start(TwinRuntime runtime) throws Exception {
        SparkplugSettings settings = runtime.configuration().sparkplug().orElse(null);
        if (settings == null) {
            return null;
        }
        EdgeNodeModel model = SparkplugModel.of(runtime.twin(), settings);
        char[] password = settings.password() == null ? null
                : runtime.configuration().resolve(settings.password());
        try {
            String clientId = settings.clientId() != null ? settings.clientId() : "fieldbridge-" + model.edgeNodeId();
            SparkplugConfig config = new SparkplugConfig(settings.brokerUrl(), clientId, settings.username(), password,
                    settings.keepAlive(), tls(runtime.configuration(), settings.tls()));
            // the queue lives in the data folder (beside the configuration file), so a restart finds it
            ForwardingConfig forwarding = new ForwardingConfig(
                    runtime.configuration().baseDirectory().resolve("sparkplug"),
                    settings.queueMaxSamples() == null ? ForwardingConfig.DEFAULT_MAX_SAMPLES : settings.queueMaxSamples(),
                    settings.primaryHostId());
            SparkplugPublisher publisher = new SparkplugPublisher(SparkplugEdgeNode.start(config, model, forwarding));
            // the latest values first, so that the birth certificates carry them
            runtime.latestSamples().forEach(publisher::onSample);
            runtime.addListener(publisher);
            // and the alarms' acknowledgement state, which no sample carries (from now on: onCondition)
            runtime.alarmConditions().all().forEach(c -> AlarmStateMetrics.current(c).forEach(publisher::onSample));
            return publisher;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** @return the connection and the store-and-forward queue now (depth, oldest age, dropped) */
    ForwardingSnapshot snapshot() {
        QueueStatus queue = node.queueStatus();
        String state = !node.isConnected() ? "broker not connected"
                : node.isPrimaryHostOnline() ? "connected" : "connected, primary host offline";
        return new ForwardingSnapshot(node.groupId() + "/" + node.edgeNodeId(), state, queue.depth(), queue.oldestAge(),
                queue.dropped());
    }

    /**
     * @return the live view's line, e.g. {@code -- Sparkplug Acme.Riverside/riverside connected; queue 0 samples,
     *         oldest 0 s, 0 dropped}
     */
    String statusLine() {
        ForwardingSnapshot s = snapshot();
        return String.format(java.util.Locale.ROOT, "-- Sparkplug %s %s; queue %d samples, oldest %d s, %d dropped",
                s.edgeNode(), s.state(), s.queueDepth(), s.oldestAge().toSeconds(), s.dropped());
    }

    /** The trusted CA certificates and the client key store of an {@code ssl://} broker; null for tcp://. */
    private static BrokerTls tls(RuntimeConfiguration configuration, SparkplugTlsSettings settings) throws Exception {
        if (settings == null) {
            return null;
        }
        List<X509Certificate> trusted = TrustedServerCertificates.load(settings.trustedCertificates());
        if (settings.keyStore() == null) {
            return BrokerTls.trusting(settings.trustedCertificates().toString(), trusted);
        }
        char[] storePassword = configuration.resolve(settings.keyStorePassword());
        try (InputStream in = Files.newInputStream(settings.keyStore())) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, storePassword);
            return new BrokerTls(settings.trustedCertificates().toString(), trusted, keys, storePassword);
        } catch (IOException e) {
            throw new IOException("sparkplug.keyStore " + settings.keyStore() + " cannot be opened with the password "
                    + "of sparkplug.keyStorePassword (is it a PKCS#12 file?)", e);
        } finally {
            Arrays.fill(storePassword, '\0');
        }
    }

    @Override
    public void onSample(String id, Sample sample) {
        node.publish(id, sample);
    }

    /** Events become metric samples (docs/sparkplug.md, "Behaviour states and events"). */
    @Override
    public void onEvent(String sourceId, BehaviourEvent event) {
        BehaviourEventMetrics.samples(sourceId, event).forEach(node::publish);
    }

    /** An alarm's acknowledgement state becomes {@code <alarm>/Acked} and {@code <alarm>/Confirmed}. */
    @Override
    public void onCondition(ConditionEvent event) {
        AlarmStateMetrics.samples(event).forEach(node::publish);
    }

    @Override
    public void close() {
        node.close();
    }
}
