/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.Arrays;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.sparkplug.EdgeNodeModel;
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
            SparkplugPublisher publisher = new SparkplugPublisher(SparkplugEdgeNode.start(config, model));
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

    @Override
    public void onSample(String id, Sample sample) {
        node.publish(id, sample);
    }

    @Override
    public void close() {
        node.close();
    }
}
