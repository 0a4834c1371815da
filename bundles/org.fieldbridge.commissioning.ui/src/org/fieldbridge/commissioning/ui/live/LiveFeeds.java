/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.time.Clock;
import java.util.Map;
import java.util.WeakHashMap;

import org.fieldbridge.commissioning.ui.session.CommissioningSession;

/**
 * One {@link LiveFeed} per commissioning session: the Live Values view and the inline values of every open .twin
 * editor of a window share its polls, so a controller is read once per period however many show it.
 */
public final class LiveFeeds {

    private static final Map<CommissioningSession, LiveFeed> FEEDS = new WeakHashMap<>();

    private LiveFeeds() {
    }

    /**
     * @param session a window's session
     * @return its feed, reading the session's connected mappings ({@link CommissioningSession#readLive()})
     */
    public static synchronized LiveFeed of(CommissioningSession session) {
        return FEEDS.computeIfAbsent(session, s -> new LiveFeed("Reading live values", s::readLive,
                Clock.systemUTC()));
    }
}
