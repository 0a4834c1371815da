/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A built runtime started as its own Java process ({@code java -jar target/<name>-runtime.jar}) in its
 * project folder, sharing this process's console. It is stopped when this JVM stops (Ctrl-C reaches both;
 * a shutdown hook stops it otherwise).
 */
final class RuntimeProcess implements AutoCloseable {

    private final Process process;
    private final Thread stopper;

    private RuntimeProcess(Process process) {
        this.process = process;
        this.stopper = new Thread(this::stop, "fieldbridge-runtime-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
    }

    /**
     * @param project a built runtime project folder
     * @param args options for the runtime's launcher
     * @param env extra environment variables (secrets the runtime resolves by reference)
     */
    static RuntimeProcess start(Path project, List<String> args, Map<String, String> env) throws IOException {
        return start(project, args, env, null);
    }

    /** As {@link #start(Path, List, Map)}, with standard output and error going to {@code log} (tests). */
    static RuntimeProcess start(Path project, List<String> args, Map<String, String> env, Path log)
            throws IOException {
        Path jar = jarOf(project);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow"); // Netty still uses sun.misc.Unsafe
        }
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        // but the controllers' connection changes (connected, back after N s) are INFO and belong in the output
        command.add("-Dorg.slf4j.simpleLogger.log.org.fieldbridge.runtime.app.ConnectionLog=info");
        command.add("-jar");
        command.add(project.relativize(jar).toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        builder.environment().putAll(env);
        return new RuntimeProcess(builder.start());
    }

    /** @return the runnable jar of a built project, named in its fieldbridge-generated.properties */
    static Path jarOf(Path project) throws IOException {
        Path generated = project.resolve("fieldbridge-generated.properties");
        if (!Files.isRegularFile(generated)) {
            throw new IOException(project + " is not a generated runtime project (no fieldbridge-generated.properties)");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(generated)) {
            p.load(in);
        }
        Path jar = project.resolve("target").resolve(p.getProperty("runtime.name", "runtime") + "-runtime.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no " + project.relativize(jar) + " in " + project + ": build it first "
                    + "(fieldbridge build ... -o " + project + ")");
        }
        return jar;
    }

    /** @return the runtime's exit code once it has stopped */
    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** @return whether it stopped within the time; its exit code is then {@link #exitValue()} */
    boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    long pid() {
        return process.pid();
    }

    int exitValue() {
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the runtime as a crash or the OOM killer would (SIGKILL: no shutdown hook runs); tests. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Asks the runtime to stop (SIGTERM: its shutdown hook closes it cleanly), then forces it after 15 s. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}
