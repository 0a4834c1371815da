/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The MQTT broker of {@code fieldbridge demo --mqtt}: a Mosquitto (Debian package {@code mosquitto}) on a free
 * port of 127.0.0.1, anonymous, without persistence, with its configuration and log in the demo folder; the
 * demo runtime's Sparkplug B edge node publishes to it. Closing stops it.
 */
final class DemoBroker implements AutoCloseable {

    /** What to run when Mosquitto is missing. */
    static final String INSTALL = "apt-get install mosquitto mosquitto-clients";

    private final Process process;
    private final int port;

    private DemoBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** @return the mosquitto executable on the PATH or in /usr/sbin, where Debian puts it */
    static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/sbin", "/usr/local/sbin"))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "mosquitto")).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts Mosquitto on a free loopback port; returns when it accepts connections.
     *
     * @param mosquitto the executable ({@link #executable()})
     * @param folder where its configuration and log go
     * @throws IOException when it does not start within 10 s (its log says why)
     */
    static DemoBroker start(Path mosquitto, Path folder) throws IOException {
        Files.createDirectories(folder);
        int port = DemoPorts.free();
        Path config = folder.resolve("mosquitto.conf");
        Files.write(config, List.of("# SPDX-License-Identifier: EPL-2.0", "# fieldbridge demo --mqtt: loopback only",
                "listener " + port + " 127.0.0.1", "allow_anonymous true", "persistence false", "log_dest stderr"),
                StandardCharsets.UTF_8);
        Path log = folder.resolve("mosquitto.log");
        Process process = new ProcessBuilder(mosquitto.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        DemoBroker broker = new DemoBroker(process, port);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!broker.accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                broker.close();
                throw new IOException("Mosquitto did not start on 127.0.0.1:" + port + "; its log: " + log);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                broker.close();
                throw new IOException("interrupted while Mosquitto started", e);
            }
        }
        return broker;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the URL the runtime's edge node publishes to, {@code tcp://127.0.0.1:<port>} */
    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** @return the mosquitto_sub command that shows every Sparkplug message */
    String subscribeCommand() {
        return "mosquitto_sub -h 127.0.0.1 -p " + port + " -t 'spBv1.0/#' -v";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
