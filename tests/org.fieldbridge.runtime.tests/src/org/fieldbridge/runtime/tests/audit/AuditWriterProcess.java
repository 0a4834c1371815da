/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests.audit;

import java.nio.file.Path;

import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditRotation;
import org.fieldbridge.runtime.audit.AuditTrail;

/** A process that writes audit records until it is killed ({@link AuditTrailTest}): {@code main(folder)}. */
public final class AuditWriterProcess {

    private AuditWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (AuditTrail trail = AuditTrail.open(Path.of(args[0]), new AuditRotation(64 * 1024, 1000))) {
            for (long i = 0;; i++) {
                trail.record(AuditRecord.success("127.0.0.1", "anna", AuditCategory.SESSION, "opened")
                        .with("n", Long.toString(i)).with("padding", "x".repeat((int) (i % 500))));
            }
        }
    }
}
