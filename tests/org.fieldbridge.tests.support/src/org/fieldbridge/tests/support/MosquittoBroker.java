/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Mosquitto broker (Debian package {@code mosquitto}, installed by .ci/run) on a free loopback port
 * with its own configuration file, anonymous, without persistence unless started {@link #startPersistent
 * persistent}, plain MQTT unless started {@link #startTls with TLS}. It can be stopped and started again on the
 * same port (a broker outage).
 */
public final class MosquittoBroker implements AutoCloseable {

    private final Path dir;
    private final Path config;
    private final int port;
    private final String scheme;
    private Process process;

    private MosquittoBroker(Path dir, Path config, int port, String scheme) {
        this.dir = dir;
        this.config = config;
        this.port = port;
        this.scheme = scheme;
    }

    /** Starts a broker whose configuration and log are in {@code dir}; returns when it accepts connections. */
    public static MosquittoBroker start(Path dir) throws IOException {
        return start(dir, LoopbackPort.free(), "tcp", List.of("persistence false"));
    }

    /**
     * Starts a broker that keeps its sessions and queued QoS 1 messages in {@code dir} across a {@link #stop()}
     * and {@link #start()} (Mosquitto saves them when it is stopped), with no limit on the messages queued for
     * a disconnected client: what a host application with a persistent session relies on.
     */
    public static MosquittoBroker startPersistent(Path dir, int port) throws IOException {
        // started as root, Mosquitto would switch to user mosquitto, who cannot write the test's folder
        return start(dir, port, "tcp", List.of("user " + System.getProperty("user.name"), "persistence true",
                "persistence_location " + dir.toAbsolutePath() + "/", "autosave_interval 1", "max_queued_messages 0",
                "queue_qos0_messages true"));
    }

    /**
     * Starts a broker whose only listener is TLS (its {@link #url()} is {@code ssl://127.0.0.1:<port>}).
     *
     * @param certificate the broker's certificate (PEM), {@code key} its private key (PEM)
     * @param clientCas when not null, the broker demands a client certificate signed by a CA in this PEM file
     */
    public static MosquittoBroker startTls(Path dir, Path certificate, Path key, Path clientCas) throws IOException {
        List<String> lines = new ArrayList<>(List.of("certfile " + certificate, "keyfile " + key));
        if (clientCas != null) {
            lines.addAll(List.of("cafile " + clientCas, "require_certificate true"));
        }
        // started as root, mosquitto would become user mosquitto, who may not read the test's key file
        lines.addAll(List.of("user " + System.getProperty("user.name"), "persistence false"));
        return start(dir, LoopbackPort.free(), "ssl", lines);
    }

    private static MosquittoBroker start(Path dir, int port, String scheme, List<String> lines) throws IOException {
        Path config = dir.resolve("mosquitto.conf");
        // the listener's own options (TLS files) must follow its line; the rest are global
        Files.writeString(config, "listener " + port + " " + LoopbackPort.ADDRESS + "\n" + String.join("\n", lines)
                + "\nallow_anonymous true\nlog_dest stderr\n");
        MosquittoBroker broker = new MosquittoBroker(dir, config, port, scheme);
        broker.start();
        return broker;
    }

    /** Starts the broker (again) on its port; returns when it accepts connections. */
    public void start() throws IOException {
        process = new ProcessBuilder(executable().toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mosquitto.log").toFile())).start();
        Waiting.waitingFor("Mosquitto listening on " + port).atMost(Duration.ofSeconds(10)).until(this::accepts);
    }

    /** Stops the broker (SIGTERM: it closes every connection and saves its state when persistent). */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    /** @return the broker's TCP port on 127.0.0.1 */
    public int port() {
        return port;
    }

    private static Path executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(":")), List.of("/usr/sbin", "/usr/local/sbin").stream())
                .map(d -> Path.of(d, "mosquitto")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "mosquitto is not installed: apt-get install mosquitto (.ci/run does)"));
    }

    private boolean accepts() {
        if (!process.isAlive()) {
            throw new IllegalStateException("mosquitto exited with " + process.exitValue());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LoopbackPort.ADDRESS, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the broker's URL for MQTT clients, {@code tcp://127.0.0.1:<port>} ({@code ssl://} for TLS) */
    public String url() {
        return scheme + "://" + LoopbackPort.ADDRESS + ":" + port;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
