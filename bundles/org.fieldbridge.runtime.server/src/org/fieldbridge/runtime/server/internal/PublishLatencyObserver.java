/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.eclipse.milo.opcua.stack.core.encoding.EncodingContext;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeNotification;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoredItemNotification;
import org.eclipse.milo.opcua.stack.core.types.structured.NotificationMessage;
import org.eclipse.milo.opcua.stack.core.types.structured.PublishResponse;
import org.eclipse.milo.opcua.stack.transport.server.ServiceResponse;
import org.eclipse.milo.opcua.stack.transport.server.uasc.UascServerSymmetricHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;

/**
 * Measures the server's added latency where it ends (diagnostics switch {@code measurePublishLatency}): sits in a
 * connection's pipeline just before Milo's UASC encoder, where responses are still objects, and for a
 * PublishResponse with data changes takes, once the encoded (signed, encrypted) message has been written to the
 * socket, now minus every notification's ServerTimestamp into the server's histograms (and the two parts, split at
 * the NotificationMessage's PublishTime, which Milo stamps when it collects the notifications: PublishLatencies).
 * The response is passed on unchanged; the notifications are decoded after the write, so the measurement does not
 * delay what it measures.
 * Not installed at all when the switch is off.
 */
final class PublishLatencyObserver extends ChannelOutboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(PublishLatencyObserver.class);
    private static final String NAME = "fieldbridge-publish-latency";
    /** DataChangeNotification_Encoding_DefaultBinary (OPC 10000-6): the other notifications are events, status. */
    private static final NodeId DATA_CHANGE = new NodeId(0, 811);

    private final PublishLatencies latencies;
    private final Supplier<EncodingContext> encoding;

    private PublishLatencyObserver(PublishLatencies latencies, Supplier<EncodingContext> encoding) {
        this.latencies = latencies;
        this.encoding = encoding;
    }

    /**
     * Adds to a new connection's pipeline what puts the observer in place: Milo adds its UASC encoder only when the
     * secure channel opens, and the observer must come after it (outbound messages pass it first).
     */
    static void installOn(ChannelPipeline pipeline, PublishLatencies latencies, Supplier<EncodingContext> encoding) {
        pipeline.addLast(new Installer(latencies, encoding));
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof ServiceResponse response && response.getResponseMessage() instanceof PublishResponse publish
                && carriesData(publish.getNotificationMessage())) {
            if (promise.isVoid()) {
                super.write(ctx, msg, promise);
                record(publish.getNotificationMessage(), Instant.now());
            } else {
                promise.addListener(written -> {
                    if (written.isSuccess()) {
                        record(publish.getNotificationMessage(), Instant.now());
                    }
                });
                super.write(ctx, msg, promise);
            }
        } else {
            super.write(ctx, msg, promise);
        }
    }

    private static boolean carriesData(NotificationMessage message) {
        ExtensionObject[] data = message == null ? null : message.getNotificationData();
        return data != null && data.length > 0;
    }

    private void record(NotificationMessage message, Instant written) {
        Instant published = message.getPublishTime() == null ? null : message.getPublishTime().getJavaInstant();
        try {
            for (ExtensionObject data : message.getNotificationData()) {
                if (DATA_CHANGE.equals(data.getEncodingOrTypeId())
                        && data.decode(encoding.get()) instanceof DataChangeNotification change
                        && change.getMonitoredItems() != null) {
                    if (published != null) {
                        latencies.send.record(micros(published, written));
                    }
                    for (MonitoredItemNotification item : change.getMonitoredItems()) {
                        record(item.getValue(), published, written);
                    }
                }
            }
        } catch (RuntimeException e) {
            // a diagnostic must never disturb serving: a notification it cannot read is not counted
            LOG.debug("publish latency: a notification message was not counted", e);
        }
    }

    private void record(DataValue value, Instant published, Instant written) {
        DateTime stamped = value == null ? null : value.getServerTime();
        if (stamped != null && stamped.isNotNull()) {
            Instant arrived = stamped.getJavaInstant();
            latencies.total.record(micros(arrived, written));
            if (published != null) {
                latencies.collect.record(micros(arrived, published));
            }
        }
    }

    private static long micros(Instant from, Instant to) {
        return ChronoUnit.MICROS.between(from, to); // no overflow for any timestamp a client may have written
    }

    /** Waits in the pipeline until Milo has added its UASC encoder, puts the observer after it and leaves. */
    private static final class Installer extends ChannelInboundHandlerAdapter {
        private final PublishLatencies latencies;
        private final Supplier<EncodingContext> encoding;

        Installer(PublishLatencies latencies, Supplier<EncodingContext> encoding) {
            this.latencies = latencies;
            this.encoding = encoding;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            super.channelRead(ctx, msg);
            ChannelHandlerContext encoder = ctx.pipeline().context(UascServerSymmetricHandler.class);
            if (encoder != null && !ctx.isRemoved()) {
                ctx.pipeline().addAfter(encoder.name(), NAME, new PublishLatencyObserver(latencies, encoding));
                ctx.pipeline().remove(this);
            }
        }
    }
}
