/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.tests.support.NodeOpcUa;

/**
 * The independent OPC UA client of the end-to-end tests: node-opcua running interop/twin-client.js, with
 * its settings (password included) in the environment, never on the command line.
 */
final class NodeOpcUaClient {

    private final Path folder;
    private final Map<String, String> settings;

    NodeOpcUaClient(Path folder, Map<String, String> settings) {
        this.folder = folder;
        this.settings = Map.copyOf(settings);
    }

    /** @return the JSON lines the client printed; fails the test when it failed */
    List<String> run(long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("fieldbridge.interop.dir", "interop")).resolve("twin-client.js");
        NodeOpcUa.Run run = NodeOpcUa.installed().run(script, folder, settings, Duration.ofSeconds(timeoutSeconds), args);
        assertEquals(0, run.exitCode(), () -> "node-opcua client " + String.join(" ", args) + " failed:\n" + run.output());
        return run.jsonLines();
    }

    /** @return the value of a top-level field of a JSON line printed by the client (strings unquoted) */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]+)").matcher(json);
        if (!m.find()) {
            fail("no field " + name + " in " + json);
        }
        String v = m.group(1);
        return v.startsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
