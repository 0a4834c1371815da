/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * An append-only log of records on disk, numbered by position (0, 1, 2 ... for ever, across restarts), with a
 * persisted <em>head</em>: the first position still wanted. Records below the head are gone (acknowledged or
 * dropped); whole segment files below it are deleted.
 *
 * <p>Files (docs/sparkplug.md, "Store-and-forward"): segments {@code <first position, 20 digits>.seg} of at
 * most {@link #SEGMENT_RECORDS} records, each record {@code int length, int CRC-32 of the bytes, bytes}; and
 * {@code head} with two 32-byte slots written alternately, each {@code long head, long generation, long dropped,
 * int CRC-32 of the 24 bytes before it}, so a torn write leaves the other slot readable.</p>
 *
 * <p>Why it survives a SIGKILL: every append and every head change is a {@code write(2)} before the call returns,
 * so it is in the kernel's page cache, which outlives the process. {@link #sync()} forces the files to the disk
 * for power loss. On open, each segment is read to its first record whose length or CRC does not check (a
 * write torn by a power loss) and cut there.</p>
 *
 * <p>Thread-safe: every method holds the log's lock; reads are positional and do not move any shared state.</p>
 */
final class SegmentLog implements AutoCloseable {

    /** Records per segment file: 65,536 small samples are 4 to 6 MB. */
    static final int SEGMENT_RECORDS = 65_536;
    private static final int HEADER = 8;
    private static final int SLOT = 32;
    private static final int MAX_RECORD = 1 << 20;
    private static final int INDEX_STEP = 1024;

    private final Path folder;
    private final int segmentRecords;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private final FileChannel headFile;
    private long head;
    private long tail;
    private long dropped;
    private long generation;
    private boolean dirty;

    /** One segment file: its first position, its record count and its length in bytes. */
    private static final class Segment {
        final long first;
        final Path path;
        final FileChannel channel;
        int count;
        long size;
        boolean unsynced;
        // where the last read ended: readers go forward, so the next read starts here instead of at offset 0
        long readPosition;
        long readOffset;
        // the offset of every INDEX_STEP-th record, so that a read far behind the cursor skips few records
        final List<Long> index = new ArrayList<>();

        Segment(long first, Path path, FileChannel channel) {
            this.first = first;
            this.readPosition = first;
            this.path = path;
            this.channel = channel;
        }

        long end() {
            return first + count;
        }
    }

    /** A record read back: its position and bytes. */
    record Entry(long position, byte[] bytes) {
    }

    private SegmentLog(Path folder, int segmentRecords, FileChannel headFile) {
        this.folder = folder;
        this.segmentRecords = segmentRecords;
        this.headFile = headFile;
    }

    /** Opens (or creates) the log in {@code folder}, recovering from a crash as described above. */
    static SegmentLog open(Path folder) throws IOException {
        return open(folder, SEGMENT_RECORDS);
    }

    static SegmentLog open(Path folder, int segmentRecords) throws IOException {
        Files.createDirectories(folder);
        FileChannel headFile = FileChannel.open(folder.resolve("head"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        SegmentLog log = new SegmentLog(folder, segmentRecords, headFile);
        try {
            log.recover();
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
        return log;
    }

    private void recover() throws IOException {
        readHead();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches("\\d{20}\\.seg")).sorted().toList();
        }
        for (Path file : files) {
            long first = Long.parseLong(file.getFileName().toString().substring(0, 20));
            Segment segment = new Segment(first, file, FileChannel.open(file, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
            scan(segment);
            if (segment.count == 0 || segment.end() <= head) {
                segment.channel.close();
                Files.delete(file);
            } else {
                segments.put(first, segment);
            }
        }
        tail = segments.isEmpty() ? head : Math.max(head, segments.lastEntry().getValue().end());
        if (!segments.isEmpty() && segments.firstKey() > head) {
            head = segments.firstKey(); // the head file was lost or older than the segments: keep what is there
        }
    }

    /** Counts a segment's valid records and cuts it after the last one. */
    private static void scan(Segment segment) throws IOException {
        long size = segment.channel.size();
        long offset = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (offset + HEADER <= size) {
            header.clear();
            segment.channel.read(header, offset);
            int length = header.getInt(0);
            if (length <= 0 || length > MAX_RECORD || offset + HEADER + length > size) {
                break;
            }
            ByteBuffer bytes = ByteBuffer.allocate(length);
            segment.channel.read(bytes, offset + HEADER);
            if (crc(bytes.array()) != header.getInt(4)) {
                break;
            }
            if (segment.count % INDEX_STEP == 0) {
                segment.index.add(offset);
            }
            offset += HEADER + length;
            segment.count++;
        }
        if (offset < size) {
            segment.channel.truncate(offset);
        }
        segment.size = offset;
    }

    private void readHead() throws IOException {
        ByteBuffer slots = ByteBuffer.allocate(2 * SLOT);
        headFile.read(slots, 0);
        long bestGeneration = -1;
        for (int slot = 0; slot < 2; slot++) {
            int at = slot * SLOT;
            byte[] body = new byte[24];
            slots.get(at, body);
            if (slots.getInt(at + 24) == crc(body) && slots.getLong(at + 8) > bestGeneration) {
                bestGeneration = slots.getLong(at + 8);
                head = slots.getLong(at);
                dropped = slots.getLong(at + 16);
            }
        }
        generation = Math.max(0, bestGeneration);
    }

    /** Appends a record; @return its position */
    synchronized long append(byte[] bytes) throws IOException {
        if (bytes.length == 0 || bytes.length > MAX_RECORD) {
            throw new IllegalArgumentException("a record has 1 byte to 1 MiB, not " + bytes.length);
        }
        Segment segment = segments.isEmpty() ? null : segments.lastEntry().getValue();
        if (segment == null || segment.count >= segmentRecords) {
            Path path = folder.resolve(String.format("%020d.seg", tail));
            segment = new Segment(tail, path, FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ, StandardOpenOption.WRITE));
            segments.put(tail, segment);
        }
        ByteBuffer record = ByteBuffer.allocate(HEADER + bytes.length);
        record.putInt(bytes.length).putInt(crc(bytes)).put(bytes).flip();
        long offset = segment.size;
        if (segment.count % INDEX_STEP == 0) {
            segment.index.add(offset);
        }
        while (record.hasRemaining()) {
            offset += segment.channel.write(record, offset);
        }
        segment.size = offset;
        segment.count++;
        segment.unsynced = true;
        dirty = true;
        return tail++;
    }

    /**
     * Moves the head to {@code position} (never back), persists it and deletes the segments wholly below it.
     *
     * @param droppedNow how many of the records passed were dropped rather than acknowledged (counted)
     */
    synchronized void advanceHead(long position, long droppedNow) throws IOException {
        if (position <= head) {
            return;
        }
        head = Math.min(position, tail);
        dropped += droppedNow;
        writeHead();
        while (!segments.isEmpty() && segments.firstEntry().getValue().end() <= head
                && segments.size() > 1) {
            Segment gone = segments.pollFirstEntry().getValue();
            gone.channel.close();
            Files.deleteIfExists(gone.path);
        }
    }

    private void writeHead() throws IOException {
        generation++;
        ByteBuffer slot = ByteBuffer.allocate(SLOT);
        slot.putLong(head).putLong(generation).putLong(dropped);
        byte[] body = new byte[24];
        slot.get(0, body);
        slot.putInt(crc(body)).position(0).limit(SLOT);
        long at = (generation % 2) * SLOT;
        while (slot.hasRemaining()) {
            at += headFile.write(slot, at);
        }
        dirty = true;
    }

    /**
     * Reads up to {@code max} records from {@code from} on (records below the head are skipped).
     *
     * @return the records, in order; empty when {@code from} is at the tail
     */
    synchronized List<Entry> read(long from, int max) throws IOException {
        List<Entry> entries = new ArrayList<>();
        long position = Math.max(from, head);
        while (entries.size() < max && position < tail) {
            Map.Entry<Long, Segment> floor = segments.floorEntry(position);
            if (floor == null || position >= floor.getValue().end()) {
                Map.Entry<Long, Segment> next = segments.higherEntry(position);
                if (next == null) {
                    break;
                }
                position = next.getKey(); // a gap left by a cut segment
                continue;
            }
            position = readSegment(floor.getValue(), position, max - entries.size(), entries);
        }
        return entries;
    }

    /** Reads records of one segment from {@code position}; @return the position after the last one read */
    private static long readSegment(Segment segment, long position, int max, List<Entry> into) throws IOException {
        int step = (int) ((position - segment.first) / INDEX_STEP);
        long indexed = segment.first + (long) step * INDEX_STEP;
        // start from the last read's end or the index entry, whichever is nearer below the position
        boolean fromCursor = position >= segment.readPosition && segment.readPosition >= indexed;
        long offset = fromCursor ? segment.readOffset : segment.index.get(step);
        long at = fromCursor ? segment.readPosition : indexed;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        // skip to the position: the lengths only (the CRCs were checked when the log was opened or written)
        while (at < position) {
            header.clear();
            segment.channel.read(header, offset);
            offset += HEADER + header.getInt(0);
            at++;
        }
        int read = 0;
        while (read < max && at < segment.end()) {
            header.clear();
            segment.channel.read(header, offset);
            int length = header.getInt(0);
            ByteBuffer bytes = ByteBuffer.allocate(length);
            while (bytes.hasRemaining()) {
                if (segment.channel.read(bytes, offset + HEADER + bytes.position()) < 0) {
                    throw new IOException("segment " + segment.path + " ends inside record " + at);
                }
            }
            into.add(new Entry(at, bytes.array()));
            offset += HEADER + length;
            at++;
            read++;
        }
        segment.readPosition = at;
        segment.readOffset = offset;
        return at;
    }

    /** Forces the segments and the head file to the disk (for power loss; a process kill needs nothing). */
    synchronized void sync() {
        if (!dirty) {
            return;
        }
        try {
            for (Segment segment : segments.values()) {
                if (segment.unsynced) {
                    segment.channel.force(false);
                    segment.unsynced = false;
                }
            }
            headFile.force(false);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the first position still wanted */
    synchronized long head() {
        return head;
    }

    /** @return the position the next record gets */
    synchronized long tail() {
        return tail;
    }

    /** @return records dropped at the bound, over the life of the log (persisted) */
    synchronized long dropped() {
        return dropped;
    }

    /** @return the folder of the log */
    Path folder() {
        return folder;
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    @Override
    public synchronized void close() {
        try {
            sync();
        } catch (UncheckedIOException e) {
            // closing anyway: what was written is in the page cache
        }
        for (Segment segment : segments.values()) {
            try {
                segment.channel.close();
            } catch (IOException e) {
                // nothing more to do with it
            }
        }
        segments.clear();
        try {
            headFile.close();
        } catch (IOException e) {
            // nothing more to do with it
        }
    }
}
