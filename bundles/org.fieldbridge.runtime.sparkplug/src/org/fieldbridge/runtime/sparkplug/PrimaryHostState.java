/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The STATE of the primary host application (Sparkplug B 3.0, "Primary Host Application STATE"): the retained
 * message on {@code spBv1.0/STATE/<host id>} with the UTF-8 JSON payload {@code {"online": true|false,
 * "timestamp": <ms since the epoch>}}. A STATE older than the last one taken is ignored
 * (tck-id-host-topic-phid-birth-payload-timestamp: the timestamp orders a host's births and deaths).
 * Not thread-safe: the edge node's sender thread owns it.
 */
final class PrimaryHostState {

    private static final Pattern ONLINE = Pattern.compile("\"online\"\\s*:\\s*(true|false)");
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*(\\d+)");

    private final String hostId;
    private boolean online;
    private long timestamp = Long.MIN_VALUE;

    PrimaryHostState(String hostId) {
        this.hostId = SparkplugIds.requireValid("primary host id", hostId);
    }

    /** @return the STATE topic to subscribe to */
    String topic() {
        return SparkplugTopics.NAMESPACE + "/STATE/" + hostId;
    }

    /** @return the primary host id */
    String hostId() {
        return hostId;
    }

    /**
     * Takes a STATE message.
     *
     * @return true when it was taken (well-formed, not older than the last one)
     */
    boolean take(byte[] payload) {
        String json = new String(payload, StandardCharsets.UTF_8);
        Matcher online = ONLINE.matcher(json);
        Matcher stamp = TIMESTAMP.matcher(json);
        if (!online.find() || !stamp.find()) {
            return false;
        }
        long time = Long.parseLong(stamp.group(1));
        if (time < timestamp) {
            return false;
        }
        timestamp = time;
        this.online = Boolean.parseBoolean(online.group(1));
        return true;
    }

    /** @return whether the primary host's last STATE said online (false before any) */
    boolean isOnline() {
        return online;
    }
}
