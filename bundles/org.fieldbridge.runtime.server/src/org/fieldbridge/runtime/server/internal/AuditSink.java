/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.io.UncheckedIOException;

import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server's audit records go: the configured {@link AuditTrail}, or nowhere when none is configured. A
 * record that cannot be written is logged as an ERROR and the server goes on: refusing every session because the
 * disk is full would stop the plant's clients, which the audit is meant to watch, not to stop.
 */
final class AuditSink {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSink.class);

    private final AuditTrail trail;

    AuditSink(AuditTrail trail) {
        this.trail = trail;
    }

    void record(AuditRecord record) {
        if (trail == null) {
            return;
        }
        try {
            trail.record(record);
        } catch (UncheckedIOException | IllegalStateException e) {
            LOG.error("audit record lost ({} {}): {}", record.category().key(), record.action(), e.getMessage());
        }
    }
}
