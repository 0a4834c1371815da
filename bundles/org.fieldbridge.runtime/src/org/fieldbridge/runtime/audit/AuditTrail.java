/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The runtime's audit trail (IEC 62443-4-2 CR 2.8): records of who did what, from where, when and how it ended,
 * appended to {@code <folder>/audit.log}, one JSON object per line ({@link AuditJson}).
 *
 * <ul>
 * <li><b>Append-only</b>: the file is opened for appending only; nothing in the runtime rewrites a line.</li>
 * <li><b>Durability</b>: each record is one {@code write} of its whole line (on the disk cache before
 * {@link #record} returns, so a killed process loses nothing), then forced to the disk ({@code fsync}), so a
 * power loss loses at most the record being written. Audited actions are rare (sessions, acknowledgements,
 * configuration), so the fsync per record costs nothing that matters.</li>
 * <li><b>Rotation</b> ({@link AuditRotation}): before a record that would make {@code audit.log} larger than the
 * limit, the files move up by renaming ({@code audit.log.1} becomes {@code audit.log.2}, ..., {@code audit.log}
 * becomes {@code audit.log.1}) and a new {@code audit.log} is started; a record is never split across files.</li>
 * <li><b>Permissions</b>: on POSIX file systems each file is created {@code rw-r-----} (the runtime's account
 * writes, its group reads).</li>
 * <li><b>Crash</b>: a crash while writing leaves at most the last line incomplete; the next start begins a new
 * line after it and goes on numbering from the last complete record, and {@link AuditReader} reports the
 * incomplete line.</li>
 * </ul>
 * Thread-safe. Listeners (the OPC UA server raising AuditEvents) see each record after it is written.
 */
public final class AuditTrail implements AutoCloseable {

    /** The name of the current file in the audit folder. */
    public static final String FILE_NAME = "audit.log";

    private final Path folder;
    private final AuditRotation rotation;
    private final List<Consumer<AuditRecord>> listeners = new CopyOnWriteArrayList<>();
    private FileChannel channel;
    private long size;
    private long lastSequence;
    private boolean closed;

    private AuditTrail(Path folder, AuditRotation rotation, long lastSequence) {
        this.folder = folder;
        this.rotation = rotation;
        this.lastSequence = lastSequence;
    }

    /**
     * Opens (creates) the trail in {@code folder}, continuing its numbering.
     *
     * @throws IOException when the folder or file cannot be created or written
     */
    public static AuditTrail open(Path folder, AuditRotation rotation) throws IOException {
        Files.createDirectories(folder);
        AuditTrail trail = new AuditTrail(folder.toAbsolutePath(), Objects.requireNonNull(rotation, "rotation"),
                AuditReader.lastSequence(folder));
        trail.openFile();
        return trail;
    }

    /** @return the folder of the trail */
    public Path folder() {
        return folder;
    }

    /** @return the current file, {@code <folder>/audit.log} */
    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * Appends a record (numbered here) and forces it to disk, then tells the listeners.
     *
     * @return the record as written, with its sequence number
     * @throws UncheckedIOException when it cannot be written; the caller decides whether the action may go on
     *         unaudited (the OPC UA server logs it and goes on)
     * @throws IllegalStateException after {@link #close()}
     */
    public AuditRecord record(AuditRecord record) {
        AuditRecord written;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the audit trail in " + folder + " is closed");
            }
            written = record.numbered(lastSequence + 1);
            byte[] line = (AuditJson.line(written) + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                if (size > 0 && size + line.length > rotation.maxFileBytes()) {
                    rotate();
                }
                write(line);
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("audit record not written to " + file() + ": " + e.getMessage(), e);
            }
            lastSequence++;
        }
        for (Consumer<AuditRecord> listener : listeners) {
            try {
                listener.accept(written);
            } catch (RuntimeException e) {
                // a listener (an OPC UA event) must not undo or block the record, which is already on disk
            }
        }
        return written;
    }

    /** Tells {@code listener} every record written from now on (on the thread that records it). */
    public void addListener(Consumer<AuditRecord> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<AuditRecord> listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            channel.close();
        }
    }

    private void openFile() throws IOException {
        if (!Files.exists(file()) && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // the runtime's account writes, its group (auditors) reads, nobody else sees who logged in from where
            Files.createFile(file(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
        }
        channel = FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        size = channel.size();
        if (size > 0 && !endsWithLineBreak()) {
            // A crash left half a line: end it, so the next record starts on a line of its own.
            write(new byte[] { '\n' });
            channel.force(false);
        }
    }

    private boolean endsWithLineBreak() throws IOException {
        try (FileChannel reader = FileChannel.open(file(), StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            reader.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        size += bytes.length;
    }

    /** Renames the files one up (oldest deleted) and starts a new audit.log; only renames, so nothing is lost. */
    private void rotate() throws IOException {
        channel.force(true);
        channel.close();
        Files.deleteIfExists(rotated(rotation.keepFiles()));
        for (int n = rotation.keepFiles() - 1; n >= 1; n--) {
            if (Files.exists(rotated(n))) {
                Files.move(rotated(n), rotated(n + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(file(), rotated(1), StandardCopyOption.ATOMIC_MOVE);
        openFile();
    }

    private Path rotated(int n) {
        return folder.resolve(FILE_NAME + "." + n);
    }
}
