/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.fieldbridge.tests.support.LogCapture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code RuntimeLauncher.run}: options, exit codes, what it prints, and that it prints no secret. */
@Timeout(120)
class RuntimeLauncherTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(RuntimeFixture fixture, String... args) {
        return RuntimeLauncher.run(args, () -> fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)),
                fixture.env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("--help prints the usage and exits 0; an unknown option or a bad number exits 2 with one line")
    void usage() {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        assertEquals(0, run(fixture, "--help"));
        for (String option : new String[] { "--config=FILE", "--duration=SECONDS", "--live[=SECONDS]", "--help" }) {
            assertTrue(out().contains(option), out());
        }
        assertTrue(out().contains("Exit codes: 0 stopped cleanly, 1 failed while running, 2 usage or configuration"),
                out());
        assertEquals("", err());
        assertEquals(2, run(fixture, "--verbose"));
        assertEquals("error: unknown option --verbose (try --help)", err().strip());
        err.reset();
        assertEquals(2, run(fixture, "--duration", "soon"));
        assertEquals("error: --duration takes a positive number of seconds, not 'soon' (try --help)", err().strip());
        err.reset();
        assertEquals(2, run(fixture, "--config"));
        assertEquals("error: --config needs a value (FILE) (try --help)", err().strip());
        err.reset();
        assertEquals(2, run(fixture, "plant.properties"));
        assertEquals("error: unexpected argument 'plant.properties' (try --help)", err().strip());
    }

    @Test
    @DisplayName("a configuration error exits 2 with the file and line; a missing file too")
    void configurationErrorsExit2() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        Path file = fixture.writeConfiguration("connection.Oven3.user=someone\n");
        assertEquals(2, run(fixture, "--config", file.toString(), "--duration", "1"));
        assertEquals("error: " + file + ":20: connection.Oven3.user: unknown connection Oven3 (this runtime has PLC4, "
                + "Oven2)" + System.lineSeparator(), err());
        err.reset();
        assertEquals(2, run(fixture, "--config", dir.resolve("nowhere.properties").toString()));
        assertTrue(err().contains("nowhere.properties: no such file"), err());
    }

    @Test
    @DisplayName("--duration runs the twin with its controllers down, prints the endpoint and how to connect, stops "
            + "with 0; no secret in the output or the log; the certificates are reused on the next start")
    void durationRunsAndStops() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        Path file = fixture.writeConfiguration("");
        String text;
        long started = System.nanoTime();
        try (LogCapture log = new LogCapture()) {
            assertEquals(0, run(fixture, "--config", file.toString(), "--duration", "2", "--live", "0.5"), err());
            text = out() + err() + log.text();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds >= 2 && seconds < 30, "ran " + seconds + " s");
        String endpoint = "opc.tcp://127.0.0.1:" + fixture.serverPort + "/fieldbridge";
        assertTrue(out().contains("Fieldbridge twin runtime riverside-slice (model sha256:0123456789ab)"), out());
        assertTrue(out().contains("OPC UA endpoint:    " + endpoint), out());
        assertTrue(out().contains("users:              operator (operator)"), out());
        assertTrue(out().contains("server certificate: "), out());
        assertTrue(out().contains("client certificate: "), out());
        assertTrue(out().contains("audit trail:        " + fixture.dir.resolve("audit").resolve("audit.log")
                .toAbsolutePath()), out());
        assertTrue(out().contains("read it with: fieldbridge audit " + fixture.dir.resolve("audit").toAbsolutePath()
                + "/)"), out());
        assertTrue(out().contains("riverside-slice stopped."), out());
        assertTrue(Pattern.compile("(?m)^  Tank3\\.BathTemp +- °C +Bad_\\w+ +never$|^  Tank3\\.BathTemp +[-\\d.]+ °C +Bad_")
                .matcher(out()).find(), "live view rows with Bad values: " + out());
        for (String secret : fixture.env.values()) {
            assertFalse(text.contains(secret), "a secret leaked into the output or the log");
        }
        byte[] serverCertificate = Files.readAllBytes(dir.resolve("pki/own/certs/server.der"));
        byte[] clientCertificate = Files.readAllBytes(dir.resolve("pki/client/certs/client.der"));

        out.reset();
        assertEquals(0, run(fixture, "--config", file.toString(), "--duration", "0.5"), err());
        assertArrayEquals(serverCertificate, Files.readAllBytes(dir.resolve("pki/own/certs/server.der")));
        assertArrayEquals(clientCertificate, Files.readAllBytes(dir.resolve("pki/client/certs/client.der")),
                "the runtime's client certificate is created once, so that controllers trust it once");
    }

    @Test
    @DisplayName("a wrong key store password stops the start with exit 2, the stored certificate untouched")
    void aWrongKeyStorePasswordExits2() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        Path file = fixture.writeConfiguration("");
        assertEquals(0, run(fixture, "--config", file.toString(), "--duration", "0.2"), err());
        byte[] keyStore = Files.readAllBytes(dir.resolve("pki/own/server.p12"));
        RuntimeFixture other = RuntimeFixture.withoutControllers(dir);
        int code = RuntimeLauncher.run(new String[] { "--config", file.toString(), "--duration", "0.2" },
                () -> other.twin(LocalDate.now(), Duration.ofSeconds(5)), Map.of(
                        "FB_RUNTIME_KEYSTORE_PASSWORD", "wrong-" + RuntimeFixture.random(),
                        "FB_USER_OPERATOR_PASSWORD", fixture.operatorPassword, "FB_OVEN2_PASSWORD", "x"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err().contains("error: riverside-slice cannot start: "), err());
        assertArrayEquals(keyStore, Files.readAllBytes(dir.resolve("pki/own/server.p12")));
    }
}
