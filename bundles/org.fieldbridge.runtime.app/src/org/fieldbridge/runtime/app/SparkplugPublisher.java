/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.Arrays;

import org.fieldbridge.runtime.Sample;
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
                    settings.keepAlive());
            // the queue lives in the data folder (beside the configuration file), so a restart finds it
            ForwardingConfig forwarding = new ForwardingConfig(
                    runtime.configuration().baseDirectory().resolve("sparkplug"),
                    settings.queueMaxSamples() == null ? ForwardingConfig.DEFAULT_MAX_SAMPLES : settings.queueMaxSamples(),
                    settings.primaryHostId());
            SparkplugPublisher publisher = new SparkplugPublisher(SparkplugEdgeNode.start(config, model, forwarding));
            // the latest values first, so that the birth certificates carry them
            runtime.latestSamples().forEach(publisher::onSample);
            runtime.addListener(publisher);
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

    @Override
    public void onSample(String id, Sample sample) {
        node.publish(id, sample);
    }

    @Override
    public void close() {
        node.close();
    }
}
