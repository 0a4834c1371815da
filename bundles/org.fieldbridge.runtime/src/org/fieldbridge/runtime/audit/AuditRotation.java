/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.audit;

/**
 * When the audit file is rotated and how many rotated files are kept.
 *
 * @param maxFileBytes the size at which {@code audit.log} is rotated: a record that would make it larger starts a
 *                     new file (a record is never split; a single record larger than this gets a file of its own)
 * @param keepFiles    how many rotated files ({@code audit.log.1} newest ... {@code audit.log.N} oldest) are kept
 *                     besides {@code audit.log}; the oldest is deleted when one more would exceed it
 */
public record AuditRotation(long maxFileBytes, int keepFiles) {

    /** 10 MiB per file, 10 rotated files: about 100,000 session records per file, 110 MiB in all. */
    public static final AuditRotation DEFAULT = new AuditRotation(10L * 1024 * 1024, 10);

    public AuditRotation {
        if (maxFileBytes < 1024) {
            throw new IllegalArgumentException("an audit file may grow to at least 1024 bytes, not " + maxFileBytes);
        }
        if (keepFiles < 1 || keepFiles > 1000) {
            throw new IllegalArgumentException("1 to 1000 rotated audit files are kept, not " + keepFiles);
        }
    }
}
