/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.tahu.SparkplugException;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.PropertyDataType;
import org.eclipse.tahu.message.model.PropertySet;
import org.eclipse.tahu.message.model.PropertyValue;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.runtime.Sample;

/**
 * Builds and encodes the Sparkplug B payloads of the edge node with Eclipse Tahu.
 *
 * <p>Metric properties (the names Ignition and most hosts read): {@code engUnit} (String), {@code engLow} and
 * {@code engHigh} (Double) in the birth certificates; {@code Quality} (Int32, the OPC UA StatusCode of the
 * sample, e.g. 0 for Good, 0x80050000 for Bad_CommunicationError) on every metric that carries a value.</p>
 */
final class SparkplugPayloads {

    /** The node metric a host writes true to, in an NCMD, to ask for new birth certificates. */
    static final String REBIRTH = "Node Control/Rebirth";
    /** The node metric carrying the birth/death sequence number. */
    static final String BD_SEQ = "bdSeq";
    /** The node metric carrying the twin's model version. */
    static final String MODEL_VERSION = "Properties/Model Version";
    static final String QUALITY = "Quality";

    private SparkplugPayloads() {
    }

    static byte[] nodeBirth(long bdSeq, long seq, String modelVersion) throws SparkplugException, IOException {
        Date now = new Date();
        return encode(new SparkplugBPayload.SparkplugBPayloadBuilder(seq).setTimestamp(now)
                .addMetric(new Metric.MetricBuilder(BD_SEQ, MetricDataType.Int64, bdSeq).timestamp(now).createMetric())
                .addMetric(new Metric.MetricBuilder(REBIRTH, MetricDataType.Boolean, false).timestamp(now).createMetric())
                .addMetric(new Metric.MetricBuilder(MODEL_VERSION, MetricDataType.String, modelVersion).timestamp(now)
                        .createMetric())
                .createPayload());
    }

    /** The NDEATH: only the bdSeq, no seq (Sparkplug B 3.0, tck-id-topics-ndeath-seq). */
    static byte[] nodeDeath(long bdSeq) throws SparkplugException, IOException {
        Date now = new Date();
        return encode(new SparkplugBPayload.SparkplugBPayloadBuilder().setTimestamp(now)
                .addMetric(new Metric.MetricBuilder(BD_SEQ, MetricDataType.Int64, bdSeq).timestamp(now).createMetric())
                .createPayload());
    }

    /** A DBIRTH: every metric with name, alias, type, properties and its latest sample (null before one). */
    static byte[] deviceBirth(long seq, List<EdgeNodeModel.Binding> metrics, Function<String, Sample> latest)
            throws SparkplugException, IOException {
        SparkplugBPayload.SparkplugBPayloadBuilder payload = new SparkplugBPayload.SparkplugBPayloadBuilder(seq)
                .setTimestamp(new Date());
        for (EdgeNodeModel.Binding binding : metrics) {
            MetricDefinition definition = binding.metric();
            Sample sample = latest.apply(definition.signalId());
            PropertySet.PropertySetBuilder properties = new PropertySet.PropertySetBuilder();
            if (definition.unit() != null) {
                properties.addProperty("engUnit", new PropertyValue<>(PropertyDataType.String, definition.unit()));
            }
            if (definition.low() != null && definition.high() != null) {
                properties.addProperty("engLow", new PropertyValue<>(PropertyDataType.Double, definition.low()));
                properties.addProperty("engHigh", new PropertyValue<>(PropertyDataType.Double, definition.high()));
            }
            if (sample != null) {
                properties.addProperty(QUALITY, new PropertyValue<>(PropertyDataType.Int32, sample.quality().code()));
            }
            payload.addMetric(new Metric.MetricBuilder(definition.name(), definition.type().sparkplugType(),
                    sample == null ? null : definition.type().convert(sample.value())).alias(binding.alias())
                    .timestamp(sample == null ? new Date() : Date.from(sample.sourceTimestamp()))
                    .properties(properties.createPropertySet()).createMetric());
        }
        return encode(payload.createPayload());
    }

    /** A DDATA of one sample: alias only (no name), source timestamp, value and quality. */
    static byte[] deviceData(long seq, EdgeNodeModel.Binding binding, Sample sample)
            throws SparkplugException, IOException {
        return deviceData(seq, binding, sample, false);
    }

    /**
     * A DDATA of one sample; {@code historical} sets the metric's {@code is_historical} (Sparkplug B 3.0: the
     * value is not the current one, a host stores it but does not show it as live).
     */
    static byte[] deviceData(long seq, EdgeNodeModel.Binding binding, Sample sample, boolean historical)
            throws SparkplugException, IOException {
        return deviceData(seq, List.of(Map.entry(binding, sample)), historical);
    }

    /**
     * A DDATA of several samples of one device, in order: one metric per sample (a metric may come more than
     * once, each with its own source timestamp), each with {@code is_historical} when {@code historical}.
     */
    static byte[] deviceData(long seq, List<Map.Entry<EdgeNodeModel.Binding, Sample>> samples, boolean historical)
            throws SparkplugException, IOException {
        SparkplugBPayload.SparkplugBPayloadBuilder payload = new SparkplugBPayload.SparkplugBPayloadBuilder(seq)
                .setTimestamp(new Date());
        for (Map.Entry<EdgeNodeModel.Binding, Sample> entry : samples) {
            EdgeNodeModel.Binding binding = entry.getKey();
            Sample sample = entry.getValue();
            MetricDefinition definition = binding.metric();
            PropertySet quality = new PropertySet.PropertySetBuilder()
                    .addProperty(QUALITY, new PropertyValue<>(PropertyDataType.Int32, sample.quality().code()))
                    .createPropertySet();
            payload.addMetric(new Metric.MetricBuilder(binding.alias(), definition.type().sparkplugType(),
                    definition.type().convert(sample.value())).timestamp(Date.from(sample.sourceTimestamp()))
                    .isHistorical(historical ? Boolean.TRUE : null).properties(quality).createMetric());
        }
        return encode(payload.createPayload());
    }

    static byte[] deviceDeath(long seq) throws IOException {
        return encode(new SparkplugBPayload.SparkplugBPayloadBuilder(seq).setTimestamp(Date.from(Instant.now()))
                .createPayload());
    }

    private static byte[] encode(SparkplugBPayload payload) throws IOException {
        return new SparkplugBPayloadEncoder().getBytes(new Unprinted(payload), false);
    }

    /**
     * The payload as Tahu's encoder gets it: Tahu 1.0.14 builds {@code payload.toString()} (every metric with its
     * properties) for a debug line on every encode, logged or not; that was about a quarter of the sender
     * thread's time at 100,000 samples/s (SparkplugBench, JFR). This one names only the seq and metric count.
     */
    private static final class Unprinted extends SparkplugBPayload {
        Unprinted(SparkplugBPayload payload) {
            super(payload.getTimestamp(), payload.getMetrics(), payload.getSeq(), payload.getUuid(), payload.getBody());
        }

        @Override
        public String toString() {
            return "Sparkplug payload seq " + getSeq() + ", " + getMetrics().size() + " metrics";
        }
    }
}
