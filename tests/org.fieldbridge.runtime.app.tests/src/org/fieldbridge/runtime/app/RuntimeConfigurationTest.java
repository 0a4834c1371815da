/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.core.secrets.SecretScheme;
import org.fieldbridge.runtime.server.PublishLatency;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code fieldbridge-runtime.properties}: every key, and every error with its line. */
class RuntimeConfigurationTest {

    private static final String FILE = "fieldbridge-runtime.properties";
    /** The file the generator writes (12 lines; an appended line is line 13). */
    private static final String GENERATED = """
            # Fieldbridge runtime configuration
            server.bindAddress=127.0.0.1
            server.port=4840
            server.path=/fieldbridge
            server.hostnames=localhost, edge-07.plant.example
            server.pki=pki
            server.keyStorePassword=env:FB_RUNTIME_KEYSTORE_PASSWORD
            server.allowInsecure=false
            server.minPublishingInterval=20
            users=operator
            user.operator.password=env:FB_USER_OPERATOR_PASSWORD
            user.operator.roles=operator, commissioning
            """;
    private static final int NEXT_LINE = 13;

    @TempDir
    Path base;

    private final Map<String, String> env = new HashMap<>(Map.of(
            "FB_RUNTIME_KEYSTORE_PASSWORD", RuntimeFixture.random(),
            "FB_USER_OPERATOR_PASSWORD", RuntimeFixture.random(),
            "FB_OVEN2_PASSWORD", RuntimeFixture.random()));
    private final TwinAssembly twin = RiversideSlice.assemble(5020, "opc.tcp://127.0.0.1:4841/fieldbridge-sim",
            LocalDate.now(), Duration.ofSeconds(5));

    private RuntimeConfiguration parse(String text) throws ConfigurationException {
        return RuntimeConfiguration.parse(FILE, text, base, twin, env, 1_000);
    }

    @Test
    @DisplayName("the generated file gives the server settings, users with roles and the secure defaults")
    void theGeneratedFileIsRead() throws Exception {
        RuntimeConfiguration c = parse(GENERATED);
        RuntimeConfiguration.Server s = c.server();
        assertEquals("127.0.0.1", s.bindAddress());
        assertEquals(4840, s.port());
        assertEquals(List.of("localhost", "edge-07.plant.example"), s.hostnames());
        assertEquals(base.resolve("pki"), s.pkiDirectory(), "relative to the configuration file's folder");
        assertEquals("env:FB_RUNTIME_KEYSTORE_PASSWORD", s.keyStorePassword().toString());
        assertEquals(List.of(new RuntimeConfiguration.User("operator", List.of("operator", "commissioning"))),
                c.users());
        TwinServerConfig server = c.serverConfig("riverside");
        assertEquals(20.0, server.limits().minPublishingIntervalMillis());
        assertFalse(server.insecure());
        assertEquals(List.of("localhost", "edge-07.plant.example"), server.hostnames());
        assertTrue(server.secrets().passwordCheck("operator").orElseThrow()
                .matches(env.get("FB_USER_OPERATOR_PASSWORD").toCharArray()), "the password, hashed");
        assertFalse(server.secrets().passwordCheck("operator").orElseThrow().matches("wrong".toCharArray()));
        assertTrue(server.secrets().passwordCheck("intruder").isEmpty());
        assertArrayEquals(env.get("FB_RUNTIME_KEYSTORE_PASSWORD").toCharArray(), server.secrets().keyStorePassword());
        assertEquals(base.resolve("pki/controllers/Oven2"), c.trustedCertificates("Oven2"));
        assertEquals(java.util.Set.of("operator", "commissioning"), server.rolesOf("operator"),
                "the user's roles reach the server, which enforces them");
        assertTrue(server.rolesOf("intruder").isEmpty());
        assertTrue(server.anonymousRoles().isEmpty(), "anonymous sessions hold no role unless configured");
    }

    @Test
    @DisplayName("only the key store password is required; the rest has secure defaults")
    void defaults() throws Exception {
        RuntimeConfiguration c = parse("server.keyStorePassword=env:FB_RUNTIME_KEYSTORE_PASSWORD\n");
        assertEquals("127.0.0.1", c.server().bindAddress());
        assertEquals(4840, c.server().port());
        assertEquals("/fieldbridge", c.server().path());
        assertEquals(base.resolve("pki"), c.server().pkiDirectory());
        assertEquals(List.of(), c.users());
        assertEquals(50.0, c.serverConfig("riverside").limits().minPublishingIntervalMillis());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse("server.port=4840\n"));
        assertEquals(FILE + ": server.keyStorePassword: required (a secret reference such as "
                + "env:FB_RUNTIME_KEYSTORE_PASSWORD; it protects the server's private key)", e.getMessage());
    }

    @Test
    @DisplayName("the audit trail lives in audit/ beside the file unless audit.folder says otherwise; its rotation"
            + " settings are checked with their line")
    void auditSettings() throws Exception {
        AuditSettings defaults = parse(GENERATED).audit();
        assertEquals(base.resolve("audit"), defaults.folder());
        assertEquals(org.fieldbridge.runtime.audit.AuditRotation.DEFAULT, defaults.rotation());
        AuditSettings set = parse(GENERATED + "audit.folder=/var/log/riverside-audit\naudit.maxFileSize=1048576\n"
                + "audit.keepFiles=30\n").audit();
        assertEquals(java.nio.file.Path.of("/var/log/riverside-audit"), set.folder());
        assertEquals(new org.fieldbridge.runtime.audit.AuditRotation(1_048_576, 30), set.rotation());
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse(GENERATED + "audit.keepFiles=0\n"));
        assertEquals(FILE + ":" + NEXT_LINE + ": audit.keepFiles: '0' is not a whole number of files from 1 to 1000",
                e.getMessage());
        e = assertThrows(ConfigurationException.class, () -> parse(GENERATED + "audit.maxFileSize=10MB\n"));
        assertEquals(FILE + ":" + NEXT_LINE + ": audit.maxFileSize: '10MB' is not a whole number of bytes from 1024 up",
                e.getMessage());
        e = assertThrows(ConfigurationException.class, () -> parse(GENERATED + "audit.keepfiles=5\n"));
        assertTrue(e.getMessage().endsWith("audit.keepfiles: unknown key (did you mean audit.keepFiles?)"),
                e.getMessage());
    }

    @Test
    @DisplayName("connection overrides: PLC4's host and port, Oven2's endpoint, user, password and trusted folder")
    void connectionOverrides() throws Exception {
        Files.createDirectories(base.resolve("certs/oven2"));
        RuntimeConfiguration c = parse(GENERATED + """
                connection.PLC4.host=plc4.riverside.example
                connection.PLC4.port=1502
                connection.Oven2.endpoint=opc.tcp://oven2.riverside.example:4840/
                connection.Oven2.user=runtime
                connection.Oven2.password=env:FB_OVEN2_PASSWORD
                connection.Oven2.trustedCertificates=certs/oven2
                """);
        assertEquals(new RuntimeConfiguration.ModbusOverride("plc4.riverside.example", 1502), c.modbus("PLC4").get());
        RuntimeConfiguration.OpcUaOverride oven2 = c.opcua("Oven2").get();
        assertEquals("opc.tcp://oven2.riverside.example:4840/", oven2.endpoint());
        assertEquals("runtime", oven2.user());
        assertEquals("env:FB_OVEN2_PASSWORD", oven2.password().toString());
        assertEquals(base.resolve("certs/oven2"), c.trustedCertificates("Oven2"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a wrong line gives an error naming the file, the line and the key")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "server.prot=4841 | server.prot: unknown key (did you mean server.port?)",
        "server.port=4841 | server.port: set twice (also on line 3)",
        "connection.PLC5.host=127.0.0.1 | connection.PLC5.host: unknown connection PLC5 (this runtime has PLC4, Oven2)",
        "connection.PLC4.endpoint=opc.tcp://127.0.0.1:502/ | connection.PLC4.endpoint: PLC4 is a Modbus connection; its keys are host, port",
        "connection.Oven2.port=4841 | connection.Oven2.port: Oven2 is an OPC UA connection; its keys are endpoint, user, password, trustedCertificates",
        "connection.PLC4.port=five | connection.PLC4.port: 'five' is not a TCP port (1..65535)",
        "connection.Oven2.endpoint=http://127.0.0.1:4841/ | connection.Oven2.endpoint: an OPC UA endpoint URL starts with opc.tcp://",
        "connection.Oven2.endpoint=opc.tcp://127.0.0.1:70000/ | connection.Oven2.endpoint: the OPC UA endpoint URL port 70000 is outside 1..65535",
        "connection.PLC4.host=plc 4 | connection.PLC4.host: 'plc 4' is no host name, IPv4 or IPv6 address (write an IPv6 address without brackets here)",
        "connection.Oven2.password=env:FB_NOT_SET | connection.Oven2.password: environment variable FB_NOT_SET is not set",
        "connection.Oven2.password=env: | connection.Oven2.password: names no environment variable after env:",
        "connection.Oven2.password=hunter2-literal | connection.Oven2.password: has no scheme and looks like a literal secret (the value is not shown); keep the secret outside the file and refer to it, e.g. env:NAME or file:PATH",
        "connection.Oven2.trustedCertificates=pki/nowhere | connection.Oven2.trustedCertificates: folder BASE/pki/nowhere does not exist",
        "user.admin.password=env:FB_USER_OPERATOR_PASSWORD | user.admin.password: user admin is not listed in users (operator)",
        "server.keyStorePassword=file:missing.txt | server.keyStorePassword: set twice (also on line 7)",
        "users.operator.password=env:X | users.operator.password: unknown key (did you mean user.operator.password?)",
        "reconnect.maxDelay=2s | reconnect.maxDelay: '2s' is not a positive number of milliseconds",
        "reconnect.maxDelay=0 | reconnect.maxDelay: '0' is not a positive number of milliseconds",
        "reconnect.maxDelai=500 | reconnect.maxDelai: unknown key (did you mean reconnect.maxDelay?)",
    })
    void aWrongLineIsLocated(String line, String problem) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(GENERATED + line + "\n"));
        assertEquals(FILE + ":" + NEXT_LINE + ": " + problem.replace("BASE", base.toString()), e.getMessage());
        assertEquals(NEXT_LINE, e.line());
        assertFalse(e.getMessage().contains("hunter2"), "a literal secret is never repeated");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a wrong value gives an error naming the file, the line and the key")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "server.port=48a0 | server.port: '48a0' is not a TCP port (1..65535)",
        "server.port=70000 | server.port: '70000' is not a TCP port (1..65535)",
        "server.path=fieldbridge | server.path: an endpoint path starts with '/' (and is not a discovery path)",
        "server.allowInsecure=yes | server.allowInsecure: 'yes' is neither true nor false",
        "server.minPublishingInterval=fast | server.minPublishingInterval: 'fast' is not a positive number of milliseconds",
        "server.minPublishingInterval=-5 | server.minPublishingInterval: '-5' is not a positive number of milliseconds",
    })
    void aWrongValueIsLocated(String line, String problem) {
        String key = line.substring(0, line.indexOf('='));
        List<String> lines = List.of(GENERATED.split("\n"));
        int number = 1 + lines.stream().filter(l -> l.startsWith(key + "=")).map(lines::indexOf).findFirst().orElseThrow();
        String text = GENERATED.replaceFirst("(?m)^" + Pattern.quote(key) + "=.*$", Matcher.quoteReplacement(line));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(text));
        assertEquals(FILE + ":" + number + ": " + problem, e.getMessage());
    }

    @Test
    @DisplayName("server.measurePublishLatency switches the server's latency measurement on; it is off by default")
    void publishLatencyIsMeasuredOnlyWhenAsked() throws Exception {
        assertFalse(parse(GENERATED).serverConfig("riverside").measuresPublishLatency());
        assertTrue(parse(GENERATED + "server.measurePublishLatency=true\n").serverConfig("riverside")
                .measuresPublishLatency());
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse(GENERATED + "server.measurePublishLatency=on\n"));
        assertEquals(FILE + ":" + NEXT_LINE + ": server.measurePublishLatency: 'on' is neither true nor false",
                e.getMessage());
    }

    @Test
    @DisplayName("the live view's latency line says p50, p99, max, how many values and late cycles; nothing before the first")
    void publishLatencyLine() {
        assertNull(PublishLatencyLine.of(new PublishLatency(0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, Duration.ZERO, 0)));
        assertEquals("-- OPC UA server: added latency p50 1.6 ms, p99 2.9 ms, max 4.1 ms over 12,345 values;"
                + " 2 late publishing cycles", PublishLatencyLine.of(new PublishLatency(12_345,
                        Duration.ofNanos(1_570_000L), Duration.ofNanos(2_940_000L), Duration.ofNanos(4_140_000L),
                        Duration.ofNanos(1_100_000L), Duration.ofNanos(2_370_000L), 9_000, Duration.ofNanos(400_000L),
                        Duration.ofNanos(910_000L), 2)));
    }

    @Test
    @DisplayName("reconnect.maxDelay caps the reconnect backoff of every controller; without it each keeps its own")
    void theReconnectCapIsConfigured() throws Exception {
        org.fieldbridge.runtime.reconnect.BackoffPolicy own = new org.fieldbridge.runtime.reconnect.BackoffPolicy(
                Duration.ofMillis(100), Duration.ofSeconds(1), 2, 0.2);
        assertTrue(parse(GENERATED).reconnectMaxDelay().isEmpty());
        assertEquals(own, parse(GENERATED).backoff(own));
        RuntimeConfiguration c = parse(GENERATED + "reconnect.maxDelay=5000\n");
        assertEquals(Duration.ofSeconds(5), c.reconnectMaxDelay().orElseThrow());
        assertEquals(Duration.ofSeconds(5), c.backoff(own).max());
        assertEquals(Duration.ofMillis(100), c.backoff(own).initial());
    }

    @Test
    @DisplayName("a missing secret is located at its own line, and no message shows a secret value")
    void missingSecretsAreLocated() {
        env.remove("FB_USER_OPERATOR_PASSWORD");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(GENERATED));
        assertEquals(FILE + ":11: user.operator.password: environment variable FB_USER_OPERATOR_PASSWORD is not set",
                e.getMessage());
        env.remove("FB_OVEN2_PASSWORD");
        env.put("FB_USER_OPERATOR_PASSWORD", RuntimeFixture.random());
        e = assertThrows(ConfigurationException.class, () -> parse(GENERATED));
        assertEquals(FILE + ": connection.Oven2.password (the model's env:FB_OVEN2_PASSWORD): environment variable "
                + "FB_OVEN2_PASSWORD is not set", e.getMessage(), "the model's reference, no line to point at");
        for (String secret : env.values()) {
            assertFalse(e.getMessage().contains(secret));
        }
    }

    @Test
    @DisplayName("a user listed without password is located at the users line")
    void aUserWithoutPassword() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse(GENERATED.replace("users=operator", "users=operator, viewer")));
        assertEquals(FILE + ":10: users: user viewer has no user.viewer.password (a secret reference such as "
                + "env:FB_USER_VIEWER_PASSWORD)", e.getMessage());
    }

    @Test
    @DisplayName("file: references are relative to the configuration's folder and lose their trailing line break")
    void fileSecrets() throws Exception {
        Files.createDirectories(base.resolve("secrets"));
        Files.writeString(base.resolve("secrets/operator.txt"), "correct horse\n");
        RuntimeConfiguration c = parse(GENERATED.replace("env:FB_USER_OPERATOR_PASSWORD", "file:secrets/operator.txt"));
        assertTrue(c.serverConfig("riverside").secrets().passwordCheck("operator").orElseThrow()
                .matches("correct horse".toCharArray()));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse(GENERATED.replace("env:FB_USER_OPERATOR_PASSWORD", "file:secrets/none.txt")));
        assertEquals(FILE + ":11: user.operator.password: secret file " + base.resolve("secrets/none.txt")
                + " does not exist", e.getMessage());
        Files.writeString(base.resolve("secrets/empty.txt"), "\n");
        e = assertThrows(ConfigurationException.class,
                () -> parse(GENERATED.replace("env:FB_USER_OPERATOR_PASSWORD", "file:secrets/empty.txt")));
        assertTrue(e.getMessage().endsWith("is empty"), e.getMessage());
    }

    @Test
    @DisplayName("secret references: env and file schemes; a literal or an empty value is refused without being shown")
    void secretReferences() {
        assertEquals(new SecretReference(SecretScheme.ENV, "FB_X"), SecretReference.parse("env:FB_X"));
        assertEquals(new SecretReference(SecretScheme.FILE, "/run/secrets/x"),
                SecretReference.parse(" file:/run/secrets/x "));
        SecretReader reader = new SecretReader(Map.of("FB_X", "v"), base);
        assertArrayEquals("v".toCharArray(), reader.read(SecretReference.parse("env:FB_X")));
        IllegalArgumentException literal = assertThrows(IllegalArgumentException.class,
                () -> SecretReference.parse("p@ssw0rd"));
        assertFalse(literal.getMessage().contains("p@ssw0rd"));
        assertThrows(IllegalArgumentException.class, () -> SecretReference.parse(""));
        assertThrows(IllegalArgumentException.class, () -> SecretReference.parse("vault:x"));
        IllegalArgumentException unset = assertThrows(IllegalArgumentException.class,
                () -> new SecretReader(Map.of(), base).read(SecretReference.parse("env:FB_Y")));
        assertEquals("environment variable FB_Y is not set", unset.getMessage());
    }

    @Test
    @DisplayName("a secure-storage: reference in the configuration is refused at start, saying what the runtime reads")
    void secureStorageReferenceIsRefusedWithTheSchemesTheRuntimeReads() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse(GENERATED.replace("env:FB_USER_OPERATOR_PASSWORD", "secure-storage:line4/oven2")));
        assertTrue(e.getMessage().contains("the generated runtime cannot read the workbench's secure storage;"
                + " use env:NAME or file:PATH"), e.getMessage());
    }

    @Test
    @DisplayName("continued lines and escapes are read as java.util.Properties reads them; errors keep their line")
    void propertiesSyntax() throws Exception {
        RuntimeConfiguration c = parse(GENERATED.replace("server.hostnames=localhost, edge-07.plant.example",
                "server.hostnames = localhost,\\\n    edge-07.plant.example").replace("server.path=/fieldbridge",
                        "server.path:/field\\u0062ridge"));
        assertEquals(List.of("localhost", "edge-07.plant.example"), c.server().hostnames());
        assertEquals("/fieldbridge", c.server().path());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(GENERATED.replace(
                "server.hostnames=localhost, edge-07.plant.example", "server.hostnames=localhost,\\\n    x") + "bad=1\n"));
        assertEquals(NEXT_LINE + 1, e.line(), "line numbers count physical lines");
    }

    @Test
    @DisplayName("a missing configuration file is an error naming it")
    void aMissingFile() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(base.resolve("none.properties"), twin, env));
        assertEquals(base.resolve("none.properties") + ": no such file (give another one with --config FILE)",
                e.getMessage());
    }
}
