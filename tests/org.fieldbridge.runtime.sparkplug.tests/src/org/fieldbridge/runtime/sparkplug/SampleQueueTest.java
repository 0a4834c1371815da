/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.tests.support.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store-and-forward queue on disk: order, acknowledgement, the bound, and what a crash leaves. */
class SampleQueueTest {

    private static final Instant T0 = Instant.parse("2026-12-07T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0.plusSeconds(90), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Sample sample(long i) {
        return new Sample((double) i, Quality.GOOD, T0.plusMillis(i), T0.plusMillis(i));
    }

    private SampleQueue open(long max) throws Exception {
        return SampleQueue.open(dir, max, "test", CLOCK);
    }

    private static List<Double> values(List<QueuedSample> samples) {
        return samples.stream().map(s -> (Double) s.sample().value()).toList();
    }

    @Test
    void everyValueTypeQualityAndTimestampComesBackAsItWasQueued() throws Exception {
        Instant source = Instant.parse("2026-03-02T08:15:30.123456789Z");
        List<Object> values = java.util.Arrays.asList(true, 42, 1L << 40, 1.5f, 72.25, "open", (short) -3, null);
        try (SampleQueue queue = open(100)) {
            for (Object value : values) {
                queue.append("Tank3.BathTemp", new Sample(value, Quality.UNCERTAIN_LAST_USABLE_VALUE, source, T0));
            }
            List<QueuedSample> read = queue.read(0, 100);
            assertEquals(values, read.stream().map(s -> s.sample().value()).toList());
            QueuedSample first = read.get(0);
            assertEquals("Tank3.BathTemp", first.signalId());
            assertEquals(Quality.UNCERTAIN_LAST_USABLE_VALUE.code(), first.sample().quality().code());
            assertEquals(source, first.sample().sourceTimestamp());
            assertEquals(T0, first.sample().serverTimestamp());
        }
    }

    @Test
    void whatWasNotAcknowledgedIsThereAfterAReopenAndWhatWasIsNot() throws Exception {
        try (SampleQueue queue = open(1000)) {
            LongStream.range(0, 10).forEach(i -> queue.append("s", sample(i)));
            queue.acknowledge(4);
        }
        try (SampleQueue queue = open(1000)) {
            assertEquals(4, queue.head());
            assertEquals(10, queue.tail());
            assertEquals(List.of(4.0, 5.0, 6.0, 7.0, 8.0, 9.0), values(queue.read(0, 100)));
            assertEquals(10, queue.append("s", sample(10)), "positions go on where they stopped");
        }
    }

    @Test
    void atTheBoundTheOldestAreDroppedCountedAndLoggedOnce() throws Exception {
        try (LogCapture log = new LogCapture(); SampleQueue queue = open(100)) {
            LongStream.range(0, 250).forEach(i -> queue.append("s", sample(i)));
            assertEquals(1, log.text().split("store-and-forward queue full", -1).length - 1,
                    "one line when dropping starts, a reminder at most once a minute: " + log.text());
            assertTrue(log.text().contains("store-and-forward queue full (100 samples): dropped the oldest 1 (1 in all); "
                    + "raise sparkplug.queue.maxSamples or bring the broker back"), log.text());
            QueueStatus status = queue.status();
            assertEquals(100, status.depth());
            assertEquals(150, status.dropped());
            assertEquals(150.0, values(queue.read(0, 1)).get(0), "the oldest kept is the 151st");
            assertEquals(Duration.ofSeconds(90).minusMillis(150), status.oldestAge(),
                    "since the runtime received the oldest sample kept");
        }
    }

    @Test
    void acknowledgedSegmentsAreDeleted() throws Exception {
        try (SegmentLog log = SegmentLog.open(dir, 100)) {
            for (int i = 0; i < 350; i++) {
                log.append(new byte[] { (byte) i });
            }
            assertEquals(4, segments());
            log.advanceHead(250, 0);
            assertEquals(2, segments(), "segments 0 and 100 are wholly acknowledged");
            assertEquals(250, log.read(0, 1).get(0).position());
        }
    }

    @Test
    void aRecordTornByACrashIsCutAndEverythingBeforeItKept() throws Exception {
        try (SampleQueue queue = open(1000)) {
            LongStream.range(0, 5).forEach(i -> queue.append("s", sample(i)));
        }
        Path segment = dir.resolve(String.format("%020d.seg", 0));
        long whole = Files.size(segment);
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            // the start of a sixth record: its length and CRC, then power went
            channel.write(ByteBuffer.allocate(12).putInt(60).putInt(12345).putInt(7).flip(), whole);
        }
        try (SampleQueue queue = open(1000)) {
            assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), values(queue.read(0, 100)));
            assertEquals(whole, Files.size(segment), "the torn record is cut off");
            assertEquals(5, queue.append("s", sample(5)));
        }
    }

    @Test
    void aHeadSlotTornByACrashFallsBackToTheOtherSlot() throws Exception {
        try (SampleQueue queue = open(1000)) {
            LongStream.range(0, 10).forEach(i -> queue.append("s", sample(i)));
            queue.acknowledge(3); // generation 1: slot 1
            queue.acknowledge(6); // generation 2: slot 0
        }
        try (FileChannel channel = FileChannel.open(dir.resolve("head"), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] { 1, 2, 3 }), 2); // slot 0 torn
        }
        try (SampleQueue queue = open(1000)) {
            assertEquals(3, queue.head(), "the older head: samples 3 to 5 come again, none is lost");
        }
    }

    @Test
    void aQueueEmptiedByAcknowledgementsHasNoSegmentLeftAfterAReopen() throws Exception {
        try (SampleQueue queue = open(1000)) {
            LongStream.range(0, 10).forEach(i -> queue.append("s", sample(i)));
            queue.acknowledge(10);
            assertEquals(QueueStatus.class, queue.status().getClass());
            assertEquals(0, queue.status().depth());
            assertEquals(Duration.ZERO, queue.status().oldestAge());
        }
        try (SampleQueue queue = open(1000)) {
            assertEquals(0, segments());
            assertEquals(10, queue.append("s", sample(10)));
        }
    }

    private long segments() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg")).count();
        }
    }

    @Test
    void readsFarBehindTheLastReadFindTheirRecords() throws Exception {
        try (SegmentLog log = SegmentLog.open(dir, 10_000)) {
            for (int i = 0; i < 5000; i++) {
                log.append(ByteBuffer.allocate(4).putInt(i).array());
            }
            log.read(4000, 500);
            for (long position : new long[] { 3, 1500, 4999, 2048 }) {
                SegmentLog.Entry entry = log.read(position, 1).get(0);
                assertEquals(position, entry.position());
                assertEquals(position, ByteBuffer.wrap(entry.bytes()).getInt());
            }
            assertTrue(log.read(5000, 1).isEmpty());
        }
    }
}
