/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file atomically: the content goes to a temporary file in the same directory, is flushed to
 * disk, and is then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}. Readers see the
 * old or the new file, never a half-written one, and a failure while writing leaves the old file as it was.
 */
public final class AtomicFileWriter {

    /** Writes content to a stream; may fail with an IOException. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream to write to; do not close it
         * @throws IOException if writing fails; the target is then left unchanged
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFileWriter() {
    }

    /**
     * Atomically replaces (or creates) a file.
     *
     * @param target  the file to write
     * @param content what to write
     * @throws IOException if writing or moving fails; the target is unchanged and no temporary file remains
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Temporary files are created owner-only; give the result the old file's (or the usual) permissions. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : NEW_FILE_PERMISSIONS;
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
