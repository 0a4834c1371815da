/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.fieldbridge.runtime.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store-and-forward queue of the edge node: every sample the runtime hands over, on disk
 * ({@link SegmentLog}) until the broker acknowledged it, bounded: at {@code maxSamples} the oldest sample is
 * dropped, counted and logged (a WARN when dropping starts, then a reminder at most once a minute).
 * Thread-safe.
 */
final class SampleQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SampleQueue.class);
    private static final Duration REMINDER = Duration.ofMinutes(1);

    private final SegmentLog log;
    private final long maxSamples;
    private final String edgeNodeId;
    private final Clock clock;
    private final long droppedBefore;
    private final boolean temporary;
    // guarded by this
    private long droppedSinceReminder;
    private Instant lastReminder;
    private long oldestPosition = -1;
    private Instant oldestQueuedAt;

    private SampleQueue(SegmentLog log, long maxSamples, String edgeNodeId, Clock clock, boolean temporary) {
        this.temporary = temporary;
        this.log = log;
        this.maxSamples = maxSamples;
        this.edgeNodeId = edgeNodeId;
        this.clock = clock;
        this.droppedBefore = log.dropped();
    }

    /**
     * Opens the queue in {@code folder}, with what a previous run left there.
     *
     * @param maxSamples the bound (at least 1)
     */
    static SampleQueue open(Path folder, long maxSamples, String edgeNodeId, Clock clock) throws IOException {
        return open(folder, maxSamples, edgeNodeId, clock, false);
    }

    /** @param temporary whether {@link #close()} deletes the folder (an edge node started without a data folder) */
    static SampleQueue open(Path folder, long maxSamples, String edgeNodeId, Clock clock, boolean temporary)
            throws IOException {
        if (maxSamples < 1) {
            throw new IllegalArgumentException("the queue holds at least 1 sample, not " + maxSamples);
        }
        SampleQueue queue = new SampleQueue(SegmentLog.open(folder), maxSamples, edgeNodeId, clock, temporary);
        long depth = queue.log.tail() - queue.log.head();
        if (depth > 0) {
            LOG.info("Sparkplug edge node {}: {} samples queued in {} from before the restart; they are sent first",
                    edgeNodeId, depth, folder);
        }
        return queue;
    }

    /**
     * Appends a sample; when the queue is full the oldest one is dropped first.
     *
     * @return its position
     * @throws UncheckedIOException when the disk refuses the write (full, read-only)
     */
    synchronized long append(String signalId, Sample sample) {
        try {
            long depth = log.tail() - log.head();
            if (depth >= maxSamples) {
                long drop = depth - maxSamples + 1;
                log.advanceHead(log.head() + drop, drop);
                dropped(drop);
            }
            long position = log.append(QueuedSample.encode(signalId, sample));
            if (position == log.head()) {
                oldestPosition = position;
                oldestQueuedAt = sample.serverTimestamp();
            }
            return position;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropped(long count) {
        Instant now = clock.instant();
        droppedSinceReminder += count;
        if (lastReminder == null || Duration.between(lastReminder, now).compareTo(REMINDER) >= 0) {
            LOG.warn("Sparkplug edge node {}: store-and-forward queue full ({} samples): dropped the oldest {} "
                    + "({} in all); raise sparkplug.queue.maxSamples or bring the broker back", edgeNodeId, maxSamples,
                    droppedSinceReminder, log.dropped());
            lastReminder = now;
            droppedSinceReminder = 0;
        }
    }

    /**
     * @return up to {@code max} samples from {@code from} on, in order (samples below the head are gone); a record
     *         that cannot be read comes back with a null signal and sample, to be skipped
     */
    List<QueuedSample> read(long from, int max) {
        try {
            List<QueuedSample> samples = new ArrayList<>();
            for (SegmentLog.Entry entry : log.read(from, max)) {
                try {
                    samples.add(QueuedSample.decode(entry.position(), entry.bytes()));
                } catch (IOException e) {
                    LOG.warn("Sparkplug edge node {}: queued sample {} unreadable, skipped: {}", edgeNodeId,
                            entry.position(), e.getMessage());
                    samples.add(new QueuedSample(entry.position(), null, null));
                }
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every sample below {@code position}: the broker acknowledged them. */
    void acknowledge(long position) {
        try {
            log.advanceHead(position, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the position of the oldest sample still queued */
    long head() {
        return log.head();
    }

    /** @return the position the next sample gets */
    long tail() {
        return log.tail();
    }

    /** Forces the queue to the disk (the edge node calls it about once a second while samples come). */
    void sync() {
        log.sync();
    }

    /** @return depth, oldest age and dropped count now */
    QueueStatus status() {
        long head;
        long tail;
        synchronized (this) {
            head = log.head();
            tail = log.tail();
        }
        Instant now = clock.instant();
        if (tail == head) {
            return new QueueStatus(0, Duration.ZERO, log.dropped() - droppedBefore);
        }
        Instant oldest = oldestQueuedAt(head);
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
        return new QueueStatus(tail - head, age.isNegative() ? Duration.ZERO : age, log.dropped() - droppedBefore);
    }

    private synchronized Instant oldestQueuedAt(long head) {
        if (oldestPosition != head) {
            List<QueuedSample> first = read(head, 1);
            oldestPosition = head;
            oldestQueuedAt = first.isEmpty() ? null : first.get(0).sample().serverTimestamp();
        }
        return oldestQueuedAt;
    }

    /** @return the folder the queue is kept in */
    Path folder() {
        return log.folder();
    }

    @Override
    public void close() {
        log.close();
        if (temporary) {
            try (Stream<Path> files = Files.walk(log.folder())) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                LOG.debug("temporary Sparkplug queue {} not deleted: {}", log.folder(), e.getMessage());
            }
        }
    }
}
