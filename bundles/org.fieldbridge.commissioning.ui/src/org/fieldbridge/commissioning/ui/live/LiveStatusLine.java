/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.fieldbridge.commissioning.connect.LinkState;
import org.fieldbridge.commissioning.evidence.MappingLookup;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;

/** The line above the Live Values table: what is loaded, what was read when, and what to do when nothing is. */
final class LiveStatusLine {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private LiveStatusLine() {
    }

    static String of(CommissioningSession session, LiveSnapshot shown, LiveFeed feed, int rowsShown, String message) {
        if (session.inputs().isEmpty()) {
            return "Nothing to read: open a .twin file for commissioning (Connections view) and connect.";
        }
        if (session.loading()) {
            return "Loading " + session.describeInputs() + "...";
        }
        if (session.problem() != null) {
            return session.problem();
        }
        int mappings = session.model().map(m -> m.mappings().size()).orElse(0);
        String links = session.statuses().stream()
                .map(s -> s.connection() + " " + (s.state() == LinkState.CONNECTED
                        ? "connected (" + s.roundTrip().toMillis() + " ms)"
                        : s.state().name().toLowerCase(Locale.ROOT) + (s.lastError() == null ? "" : ": " + s.lastError())))
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(session.describeInputs()).append(": ").append(mappings)
                .append(" mappings");
        if (shown.values().isEmpty()) {
            text.append("; nothing connected, nothing read (connect in the Connections view)");
        } else {
            text.append(", ").append(shown.values().size()).append(" read at ").append(CLOCK.format(shown.readAt()))
                    .append(feed.paused() ? " (paused)" : " every " + feed.rate().label());
            if (rowsShown != shown.values().size()) {
                text.append(", ").append(rowsShown).append(" shown");
            }
        }
        List<LiveValue> wrongOrder = shown.values().stream().filter(v -> v.fix().isPresent()).toList();
        if (!wrongOrder.isEmpty()) { // the finding that matters most, where it is seen without scrolling
            LiveValue first = wrongOrder.get(0);
            text.append(" | wrong order: ").append(MappingLookup.shortName(first.mapping().signal())).append(' ')
                    .append(first.fix().get().describe())
                    .append(wrongOrder.size() > 1 ? " (and " + (wrongOrder.size() - 1) + " more)" : "");
        }
        if (!links.isEmpty()) {
            text.append(" | ").append(links);
        }
        if (!message.isEmpty()) {
            text.append(" | ").append(message);
        }
        return text.toString();
    }
}
