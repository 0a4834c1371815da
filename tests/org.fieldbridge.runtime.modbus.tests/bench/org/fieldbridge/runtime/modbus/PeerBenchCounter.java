/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the request counters the {@link PeerBenchSlave} writes: {requests served, requests refused}. */
final class PeerBenchCounter {

    private PeerBenchCounter() {
    }

    static long[] read(Path folder) throws IOException {
        String[] parts = Files.readString(folder.resolve("requests")).trim().split(" ");
        return Arrays.stream(parts).mapToLong(Long::parseLong).toArray();
    }

    /** @return the counters once the slave has written them twice without change (the last requests counted) */
    static long[] settled(Path folder) throws IOException, InterruptedException {
        long[] last = read(folder);
        while (true) {
            Thread.sleep(150);
            long[] now = read(folder);
            if (Arrays.equals(now, last)) {
                return now;
            }
            last = now;
        }
    }
}
