/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.LongStream;

import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.fieldbridge.tests.support.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edge node JVM killed with SIGKILL during a broker outage and started again: every sample it had queued
 * reaches the host, in order (docs/sparkplug.md: at most {@link QueueForwarder#WINDOW} samples twice).
 */
class KilledRuntimeTest {

    private static final long SECOND_RUN = 1_000_000;

    @TempDir
    Path dir;
    private MosquittoBroker broker;
    private DurableHost host;
    private Process process;

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
        if (host != null) {
            host.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static long lastQueued(Path output) throws Exception {
        List<String> lines = Files.readAllLines(output);
        long last = -1;
        for (String line : lines) {
            if (line.startsWith("queued ")) {
                last = Long.parseLong(line.substring(7).strip());
            }
        }
        return last;
    }

    @Test
    void aRuntimeKilledDuringAnOutageSendsEverythingItHadQueuedAfterItsRestart() throws Exception {
        broker = MosquittoBroker.startPersistent(Files.createDirectories(dir.resolve("broker")), LoopbackPort.free());
        host = new DurableHost(broker.url(), "scada-host");
        Path queue = dir.resolve("queue");
        Path firstOutput = dir.resolve("first.out");
        process = EdgeNodeProcess.start(broker.url(), queue, 0, firstOutput);
        host.await("the first run's data", m -> m.topic().equals(StoreAndForwardTest.DDATA), Duration.ofSeconds(30));
        Thread.sleep(500);

        broker.stop();
        Thread.sleep(2000);
        process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no NDEATH of its own, nothing flushed
        long lastQueued = lastQueued(firstOutput);
        assertTrue(lastQueued > 150, "it queued during the outage: " + lastQueued);
        broker.start();
        process = EdgeNodeProcess.start(broker.url(), queue, SECOND_RUN, dir.resolve("second.out"));

        Waiting.waitingFor("every sample of the killed run at the host").atMost(Duration.ofSeconds(40))
                .until(() -> StoreAndForwardTest.received(host.messages()).containsAll(
                        LongStream.rangeClosed(0, lastQueued).boxed().toList())
                        && StoreAndForwardTest.received(host.messages()).stream().anyMatch(v -> v > SECOND_RUN + 50));
        List<Long> received = StoreAndForwardTest.received(host.messages());
        List<Long> firstSeen = new ArrayList<>(new LinkedHashSet<>(received));
        List<Long> killedRun = firstSeen.stream().filter(v -> v < SECOND_RUN).toList();
        assertTrue(killedRun.size() == lastQueued + 1 || killedRun.size() == lastQueued + 2,
                "0.." + lastQueued + " (and perhaps the one queued as it was killed): " + killedRun.size());
        assertEquals(LongStream.range(0, killedRun.size()).boxed().toList(), killedRun, "in order, none lost");
        int firstOfSecondRun = firstSeen.indexOf(firstSeen.stream().filter(v -> v >= SECOND_RUN).findFirst().orElseThrow());
        assertEquals(killedRun.size(), firstOfSecondRun, "the killed run's samples come before the new ones");
        long duplicates = received.size() - firstSeen.size();
        assertTrue(duplicates <= QueueForwarder.WINDOW, duplicates + " duplicates");
        System.out.printf("SIGKILL during outage: killed run queued %d, host received all %d in order, %d duplicates%n",
                lastQueued + 1, killedRun.size(), duplicates);
    }
}
