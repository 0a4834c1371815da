/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Path interop = Path.of(System.getProperty("fieldbridge.interop.dir", "interop")).toAbsolutePath();
        Path modules = Path.of(System.getProperty("fieldbridge.node.modules",
                "../org.fieldbridge.runtime.server.tests/interop/node_modules")).toAbsolutePath();
        if (!Files.isDirectory(modules.resolve("node-opcua-client"))) {
            fail("node-opcua is not installed in " + modules + ": run `npm ci --prefix " + modules.getParent() + "`");
        }
        List<String> command = new ArrayList<>(List.of(System.getProperty("fieldbridge.node", "node"),
                interop.resolve("twin-client.js").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().putAll(settings);
        builder.environment().put("NODE_PATH", modules.toString());
        // node-opcua keeps default configuration and PKI folders under HOME: keep them in the test folder
        builder.environment().put("HOME", folder.toString());
        Path stdout = folder.resolve("node.out");
        Path stderr = folder.resolve("node.err");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node-opcua client " + String.join(" ", args) + " did not finish within " + timeoutSeconds + " s:\n"
                    + output(stdout, stderr));
        }
        String output = output(stdout, stderr);
        assertEquals(0, process.exitValue(), () -> "node-opcua client " + String.join(" ", args) + " failed:\n" + output);
        return Files.readAllLines(stdout, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("{")).toList();
    }

    private static String output(Path stdout, Path stderr) throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8) + Files.readString(stderr, StandardCharsets.UTF_8);
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
