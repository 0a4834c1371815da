/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.inline;

import java.time.Instant;

import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.ui.live.LiveRow;

/** The text of an inline value: {@code = 21.2 °C  Good  130 ms  verified: pass}. */
final class InlineLabel {

    private InlineLabel() {
    }

    /**
     * @param row the mapping's value and verification
     * @param now the time its age is shown for
     * @return the label
     */
    static String of(LiveRow row, Instant now) {
        LiveValue value = row.value();
        StringBuilder text = new StringBuilder("   = ").append(value.valueText());
        if (!value.mapping().unit().isEmpty()) {
            text.append(' ').append(value.mapping().unit());
        }
        text.append("  ").append(value.quality().isGood() ? "Good" : value.quality().toString());
        long age = row.ageAt(now).toMillis();
        text.append("  ").append(age < 1000 ? age + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", age / 1000.0));
        MappingStatus status = row.status();
        if (status != null) {
            text.append("  ").append(switch (status.state()) {
                case PASS -> "verified: pass";
                case FAIL -> "verified: FAIL";
                case NOT_CHECKED -> "not verified";
                case INVALIDATED -> "verification invalidated";
            });
        }
        value.fix().ifPresent(fix -> text.append("  ").append(fix.describe()));
        return text.toString();
    }
}
