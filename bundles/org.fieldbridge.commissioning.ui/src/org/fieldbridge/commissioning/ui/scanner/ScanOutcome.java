/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.scanner;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.scan.ScanResult;

/**
 * What a scan found, or why it found nothing.
 *
 * @param result the registers and ranked decodings; null when the scan failed
 * @param mapping the mapping the decodings were ranked for; null when none
 * @param summary one line: where, the raw words, the round trip and what was expected; or the problem
 */
public record ScanOutcome(ScanResult result, MappedValue mapping, String summary) {

    /** @return whether there is a result */
    public boolean ok() {
        return result != null;
    }
}
