/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The start banner's hint for reading the audit trail. */
class StartBannerTest {

    @Test
    @DisplayName("the default audit folder beside the configuration is written as a folder, not as the command word "
            + "repeated ('fieldbridge audit audit')")
    void theAuditCommandOfTheDefaultFolderDoesNotRepeatTheWord() {
        Path here = Path.of("").toAbsolutePath();
        assertEquals("fieldbridge audit ./audit/", StartBanner.auditCommand(here.resolve("audit")));
        assertEquals("fieldbridge audit ./line7-rt/audit/", StartBanner.auditCommand(Path.of("line7-rt", "audit")));
    }

    @Test
    @DisplayName("an audit folder outside the working directory is shown with its absolute path")
    void anAuditFolderElsewhereIsShownAbsolute() {
        Path elsewhere = Path.of("/var/lib/fieldbridge/line7/audit");
        assertEquals("fieldbridge audit /var/lib/fieldbridge/line7/audit/", StartBanner.auditCommand(elsewhere));
    }
}
