/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * node-opcua, the OPC UA client not written here that the interoperability tests run: Node.js
 * ({@code -Dfieldbridge.node}, default {@code node} on the PATH) with the modules that {@code npm ci} installs
 * in tests/org.fieldbridge.runtime.server.tests/interop ({@code -Dfieldbridge.node.modules} names another
 * node_modules folder). Settings, passwords included, go through the environment, never the command line.
 */
public final class NodeOpcUa {

    private static final String INTEROP = "tests/org.fieldbridge.runtime.server.tests/interop";

    private final String node;
    private final Path modules;

    private NodeOpcUa(String node, Path modules) {
        this.node = node;
        this.modules = modules;
    }

    /** @return node-opcua as installed here; fails the test, saying what to install, when it is not */
    public static NodeOpcUa installed() throws InterruptedException {
        String configured = System.getProperty("fieldbridge.node.modules");
        Path modules = configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath()
                : RepositoryRoot.find().resolve(INTEROP).resolve("node_modules");
        if (!Files.isDirectory(modules.resolve("node-opcua-client"))) {
            fail("node-opcua is not installed in " + modules + ": run `npm ci --prefix " + modules.getParent()
                    + "` (CI's .ci/run does this before the build)");
        }
        return new NodeOpcUa(nodeExecutable(), modules);
    }

    private static String nodeExecutable() throws InterruptedException {
        String node = System.getProperty("fieldbridge.node", "node");
        try {
            Process version = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            if (!version.waitFor(20, TimeUnit.SECONDS)) {
                version.destroyForcibly();
                fail("`" + node + " --version` did not answer within 20 s");
            }
            String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, version.exitValue(), "`" + node + " --version` failed: " + text);
            return node;
        } catch (IOException e) {
            return fail("Node.js is needed for the node-opcua interop tests but `" + node + "` cannot be run ("
                    + e.getMessage() + "); install Node.js >= 18 or set -Dfieldbridge.node=<path>");
        }
    }

    /**
     * Runs a node-opcua script in {@code folder}, which also becomes its HOME (node-opcua keeps default
     * configuration and PKI folders there) and receives its output as node.out and node.err.
     *
     * @param environment the script's settings (added to, and overriding, the defaults above)
     * @return what the script printed and how it ended; fails the test when it does not end in time
     */
    public Run run(Path script, Path folder, Map<String, String> environment, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node, script.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.put("NODE_PATH", modules.toString());
        env.put("HOME", folder.toString());
        env.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
        env.putAll(environment);
        Path stdout = folder.resolve("node.out");
        Path stderr = folder.resolve("node.err");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("node-opcua " + script.getFileName() + " " + String.join(" ", args) + " did not finish within "
                    + timeout.toSeconds() + " s:\n" + Run.output(read(stdout), read(stderr)));
        }
        return new Run(process.exitValue(), read(stdout), read(stderr));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * How a script ended.
     *
     * @param exitCode the process's exit code (0: it did its job)
     * @param stdout what it printed on standard output
     * @param stderr what it printed on standard error
     */
    public record Run(int exitCode, String stdout, String stderr) {

        /** @return the JSON lines the script printed on standard output, in order */
        public List<String> jsonLines() {
            return stdout.lines().filter(line -> line.startsWith("{")).toList();
        }

        /**
         * @param what who ran it, for the failure message (e.g. {@code as anna})
         * @return the last JSON line the script printed; fails the test with both outputs when it did not exit 0 or
         *         printed none
         */
        public String lastJsonLine(String what) {
            assertEquals(0, exitCode, () -> "node-opcua client failed " + what + ":\n" + output());
            return jsonLines().stream().reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no JSON line in the client's output " + what + ":\n"
                            + output()));
        }

        /** @return both outputs, labelled, for failure messages */
        public String output() {
            return output(stdout, stderr);
        }

        private static String output(String stdout, String stderr) {
            return "--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
