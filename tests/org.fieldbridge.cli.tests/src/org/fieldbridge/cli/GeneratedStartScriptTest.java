/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.codegen.GenerationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated start script {@code bin/<name>} and what it runs: the example runtime, generated and built as
 * {@code fieldbridge build} does, started through the script under Java 17 (Debian 12's default, the oldest
 * the runtime supports) and under the Java running the tests (25), without a {@code WARNING:} line on
 * standard error; a Java that is too old gets an explanation, not {@code UnsupportedClassVersionError}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedStartScriptTest {

    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    @TempDir
    static Path work;

    private Path project;
    private Path script;

    /** What a process printed and how it ended. */
    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    void buildTheExampleRuntime() throws Exception {
        project = work.resolve("riverside-runtime");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        GenerationResult generated = new GenerateCommand(print, print).generate(List.of(TestCheckout.examples()),
                project);
        assertTrue(generated != null, messages::toString);
        new RuntimeJarBuilder(TestCheckout.runtimeClasspath()).build(project, generated);
        script = project.resolve("bin/riverside");
    }

    private Run start(Path javaHome, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the runtime did not stop; output: " + Files.readString(out));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path java17() {
        assumeTrue(Files.isExecutable(JAVA_17.resolve("bin/java")), "Java 17 is installed in " + JAVA_17);
        return JAVA_17;
    }

    private static Path testJava() {
        return Path.of(System.getProperty("java.home"));
    }

    @Test
    void generationMakesTheStartScriptExecutable() {
        assertTrue(Files.isExecutable(script), script + " is executable");
    }

    @Test
    void theScriptShowsTheRuntimesHelpUnderJava17WithoutWarnings() throws Exception {
        Run run = start(java17(), Map.of(), "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--duration=SECONDS"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void theScriptShowsTheRuntimesHelpUnderTheNewestJavaWithoutWarnings() throws Exception {
        Run run = start(testJava(), Map.of(), "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--duration=SECONDS"), run.out());
        assertFalse(run.err().contains("WARNING:"), run.err());
    }

    @Test
    void theRuntimeRunsUnderJava17ThroughTheScript() throws Exception {
        assertARealRunWorks(java17());
    }

    @Test
    void theRuntimeRunsUnderTheNewestJavaThroughTheScriptWithoutWarnings() throws Exception {
        assertARealRunWorks(testJava());
    }

    private void assertARealRunWorks(Path javaHome) throws Exception {
        Path site = Files.createDirectories(work.resolve("site-" + javaHome.getFileName()));
        Files.createDirectories(site.resolve("pki/controllers/Oven2"));
        // the generated configuration with free ports: controllers that do not answer are not fatal
        String configuration = Files.readString(project.resolve("fieldbridge-runtime.properties"))
                .replace("server.port=4840", "server.port=" + freePort())
                .replace("connection.PLC4.port=5020", "connection.PLC4.port=" + freePort())
                .replace("127.0.0.1:4841", "127.0.0.1:" + freePort());
        Path config = site.resolve("site.properties");
        Files.writeString(config, configuration);
        Map<String, String> secrets = Map.of("FB_RUNTIME_KEYSTORE_PASSWORD", "keystore-secret-1",
                "FB_USER_OPERATOR_PASSWORD", "operator-secret-1", "FB_USER_INTEGRATOR_PASSWORD", "integrator-secret-1",
                "FB_USER_COMMISSIONING_PASSWORD", "commissioning-secret-1", "FB_USER_QUALITYMANAGER_PASSWORD",
                "quality-secret-1", "FB_USER_POWDEROPERATOR_PASSWORD", "powder-secret-1", "FB_OVEN2_PASSWORD",
                "oven-secret-1");
        Run run = start(javaHome, secrets, "--config", config.toString(), "--duration", "3");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Fieldbridge twin runtime riverside"), run.out());
        assertFalse(run.err().contains("WARNING:"), run.err());
        assertFalse(run.err().contains("UnsupportedClassVersionError"), run.err());
    }

    @Test
    void aJavaOlderThan17IsRefusedWithAnExplanation() throws Exception {
        Path oldJava = Files.createDirectories(work.resolve("old-java/bin"));
        Path java = oldJava.resolve("java");
        // a stand-in for a Java 11 installation: it answers the version question as Java 11 does
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 11' >&2\necho 'openjdk version \"11.0.2\"' >&2\n");
        StartScript.makeExecutable(java);
        Run run = start(oldJava.getParent(), Map.of(), "--help");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("needs Java 17 or later"), run.err());
        assertTrue(run.err().contains("Java 11"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theScriptPassesItsHeapAndJvmDefaultsAndEachCanBeReplaced() throws Exception {
        Path fakeJava = Files.createDirectories(work.resolve("echo-java/bin"));
        Path java = fakeJava.resolve("java");
        // a stand-in for Java 21 that prints the arguments it was started with, one per line
        Files.writeString(java, "#!/bin/sh\ncase \"$*\" in *XshowSettings*) echo '    java.specification.version = 21' >&2;"
                + " exit 0 ;; esac\nfor a in \"$@\"; do echo \"$a\"; done\n"
                + "echo \"MALLOC_MMAP_THRESHOLD_=${MALLOC_MMAP_THRESHOLD_:-unset}\"\n");
        StartScript.makeExecutable(java);
        List<String> defaults = start(fakeJava.getParent(), Map.of(), "--help").out().lines().toList();
        assertTrue(defaults.contains("-Xmx128m"), defaults::toString); // Riverside's few signals: the minimum
        assertTrue(defaults.contains("-XX:+UseSerialGC"), defaults::toString);
        assertTrue(defaults.contains("-Xms16m"), defaults::toString);
        assertTrue(defaults.contains("-XX:TieredStopAtLevel=1"), defaults::toString); // few signals: C1 only
        assertFalse(defaults.contains("-XX:+UseCompactObjectHeaders"), "Java 21 has no compact headers: " + defaults);
        assertTrue(defaults.contains("-XX:+UseStringDeduplication"), "the serial collector deduplicates since Java 18");
        // with the defaults glibc hands freed blocks of 16 KB and more back (docs/performance.md); a set value is kept
        assertTrue(defaults.contains("MALLOC_MMAP_THRESHOLD_=16384"), defaults::toString);
        assertTrue(start(fakeJava.getParent(), Map.of("MALLOC_MMAP_THRESHOLD_", "65536"), "--help").out().lines()
                .toList().contains("MALLOC_MMAP_THRESHOLD_=65536"));
        List<String> replaced = start(fakeJava.getParent(), Map.of("FIELDBRIDGE_HEAP", "1g", "FIELDBRIDGE_JVM_DEFAULTS",
                "-XX:+UseG1GC", "FIELDBRIDGE_JAVA_OPTS", "-Dplant=riverside"), "--help").out().lines().toList();
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC", "-Dplant=riverside", "-jar"), replaced.subList(0, 4), replaced::toString);
        List<String> jvmOwn = start(fakeJava.getParent(), Map.of("FIELDBRIDGE_JVM_DEFAULTS", ""), "--help").out().lines()
                .toList();
        assertEquals("-jar", jvmOwn.get(1), jvmOwn::toString); // only -Xmx before the jar
        assertTrue(jvmOwn.contains("MALLOC_MMAP_THRESHOLD_=unset"), "the C library's own malloc too: " + jvmOwn);
        assertTrue(replaced.contains("MALLOC_MMAP_THRESHOLD_=unset"), "replaced with the defaults: " + replaced);
        Files.writeString(java, Files.readString(java).replace("= 21", "= 25")); // now a Java 25
        List<String> java25 = start(fakeJava.getParent(), Map.of(), "--help").out().lines().toList();
        assertTrue(java25.contains("-XX:+UseCompactObjectHeaders"), java25::toString);
        List<String> java25Own = start(fakeJava.getParent(), Map.of("FIELDBRIDGE_JVM_DEFAULTS", ""), "--help").out()
                .lines().toList();
        assertFalse(java25Own.contains("-XX:+UseCompactObjectHeaders"), "replaced with the defaults: " + java25Own);
    }

    @Test
    void theScriptAndTheUnitFileAreDeterministic() throws Exception {
        String scriptText = Files.readString(script);
        String unit = Files.readString(project.resolve("riverside.service"));
        Path again = work.resolve("again");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        new GenerateCommand(print, print).generate(List.of(TestCheckout.examples()), again);
        assertEquals(scriptText, Files.readString(again.resolve("bin/riverside")));
        assertEquals(unit, Files.readString(again.resolve("riverside.service")));
        assertTrue(unit.contains("EnvironmentFile=/etc/fieldbridge/riverside.env"), unit);
        assertTrue(unit.contains("ExecStart=/opt/fieldbridge/riverside/bin/riverside"), unit);
        assertTrue(unit.contains("RestartPreventExitStatus=2"), unit);
        assertTrue(unit.contains("#   FB_USER_OPERATOR_PASSWORD=..."), unit);
        assertTrue(Files.readString(again.resolve("README.md")).contains("Needs Java 17 or later"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
