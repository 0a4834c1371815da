/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.runtime.audit.AuditRotation;

/**
 * The {@code audit.*} keys of fieldbridge-runtime.properties (docs/runtime-app.md, "Audit trail"): where the
 * runtime's audit trail lives and how it rotates. The trail is always on.
 *
 * @param folder   the audit folder, default {@code audit} beside the configuration file
 * @param rotation file size limit and rotated files kept
 */
public record AuditSettings(Path folder, AuditRotation rotation) {

    /** The keys, all optional. */
    static final List<String> KEYS = List.of("audit.folder", "audit.maxFileSize", "audit.keepFiles");
}
