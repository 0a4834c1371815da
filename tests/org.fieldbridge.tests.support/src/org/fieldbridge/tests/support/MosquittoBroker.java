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
import java.util.List;
import java.util.stream.Stream;


/**
 * A real Mosquitto broker (Debian package {@code mosquitto}, installed by .ci/run) on a free loopback port
 * with its own configuration file, anonymous, without persistence.
 */
public final class MosquittoBroker implements AutoCloseable {

    private final Process process;
    private final int port;
    private final String scheme;

    private MosquittoBroker(Process process, int port, String scheme) {
        this.process = process;
        this.port = port;
        this.scheme = scheme;
    }

    /** Starts a broker whose configuration and log are in {@code dir}; returns when it accepts connections. */
    public static MosquittoBroker start(Path dir) throws IOException {
        return start(dir, "tcp", List.of());
    }

    /**
     * Starts a broker whose only listener is TLS (its {@link #url()} is {@code ssl://127.0.0.1:<port>}).
     *
     * @param certificate the broker's certificate (PEM), {@code key} its private key (PEM)
     * @param clientCas when not null, the broker demands a client certificate signed by a CA in this PEM file
     */
    public static MosquittoBroker startTls(Path dir, Path certificate, Path key, Path clientCas) throws IOException {
        List<String> tls = new java.util.ArrayList<>(List.of("certfile " + certificate, "keyfile " + key));
        if (clientCas != null) {
            tls.addAll(List.of("cafile " + clientCas, "require_certificate true"));
        }
        // started as root, mosquitto would become user mosquitto, who may not read the test's key file
        tls.add("user " + System.getProperty("user.name"));
        return start(dir, "ssl", tls);
    }

    private static MosquittoBroker start(Path dir, String scheme, List<String> listenerLines) throws IOException {
        int port = LoopbackPort.free();
        Path config = dir.resolve("mosquitto.conf");
        List<String> lines = new java.util.ArrayList<>(List.of("listener " + port + " " + LoopbackPort.ADDRESS));
        lines.addAll(listenerLines);
        lines.addAll(List.of("allow_anonymous true", "persistence false", "log_dest stderr", ""));
        Files.writeString(config, String.join("\n", lines));
        Process process = new ProcessBuilder(executable().toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        MosquittoBroker broker = new MosquittoBroker(process, port, scheme);
        Waiting.waitingFor("Mosquitto listening on " + port).atMost(Duration.ofSeconds(10))
                .until(broker::accepts);
        return broker;
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

    /** @return the broker's TCP port on 127.0.0.1 */
    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
