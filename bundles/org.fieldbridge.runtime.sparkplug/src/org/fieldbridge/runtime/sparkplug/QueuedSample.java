/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * A sample waiting in the store-and-forward queue, and its record format: {@code byte version (1), UTF signal
 * id, int quality code, long+int source timestamp (epoch seconds, nanos), long+int server timestamp, byte value
 * tag (0 null, 1 Boolean, 2 Integer, 3 Long, 4 Float, 5 Double, 6 String, 7 Short), the value}. The quality's
 * detail text is not kept: Sparkplug carries the StatusCode only.
 *
 * @param position its position in the queue
 * @param signalId the signal (the metric is looked up by it when the sample is sent, so a queue survives a
 *        model change: samples of signals that are no longer metrics are skipped)
 * @param sample the sample
 */
record QueuedSample(long position, String signalId, Sample sample) {

    private static final byte VERSION = 1;

    static byte[] encode(String signalId, Sample sample) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(signalId);
            out.writeInt(sample.quality().code());
            writeInstant(out, sample.sourceTimestamp());
            writeInstant(out, sample.serverTimestamp());
            writeValue(out, sample.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static QueuedSample decode(long position, byte[] record) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(record))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IOException("queue record " + position + " has format " + version + ", not " + VERSION);
            }
            String signalId = in.readUTF();
            Quality quality = Quality.of(in.readInt());
            Instant source = readInstant(in);
            Instant server = readInstant(in);
            return new QueuedSample(position, signalId, new Sample(readValue(in), quality, source, server));
        }
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(0);
        } else if (value instanceof Boolean b) {
            out.writeByte(1);
            out.writeBoolean(b);
        } else if (value instanceof Integer i) {
            out.writeByte(2);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(3);
            out.writeLong(l);
        } else if (value instanceof Float f) {
            out.writeByte(4);
            out.writeFloat(f);
        } else if (value instanceof Short s) {
            out.writeByte(7);
            out.writeShort(s);
        } else if (value instanceof Number n) {
            out.writeByte(5);
            out.writeDouble(n.doubleValue());
        } else {
            out.writeByte(6);
            out.writeUTF(String.valueOf(value));
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case 0 -> null;
            case 1 -> in.readBoolean();
            case 2 -> in.readInt();
            case 3 -> in.readLong();
            case 4 -> in.readFloat();
            case 5 -> in.readDouble();
            case 6 -> in.readUTF();
            case 7 -> in.readShort();
            default -> throw new IOException("unknown value tag " + tag);
        };
    }
}
