/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.fieldbridge.tests.support.RepositoryRoot;

/**
 * The workbench's start script ({@code fieldbridge-workbench} in the product's root) with the options an
 * Eclipse user types. It runs in a product folder laid out as the build lays it out, with a stand-in for
 * {@code java} (JAVA_HOME) that says it is Java 25 and prints the arguments it was given, one per line: what
 * the script hands to the JVM and to the Equinox launcher is what is checked.
 */
class WorkbenchScriptTest {

    @TempDir
    Path product;

    private Path home;

    /** What the script printed and how it ended; {@code java} holds the stand-in's arguments. */
    private record Run(int exitCode, List<String> java, String out, String err) {
    }

    @BeforeEach
    void layOutAProduct() throws IOException {
        Path root = RepositoryRoot.find();
        Files.copy(root.resolve("features/org.fieldbridge.workbench.feature/rootfiles/fieldbridge-workbench"),
                product.resolve("fieldbridge-workbench"));
        Files.createDirectories(product.resolve("bin"));
        Files.copy(root.resolve(".mvn/select-jdk.sh"), product.resolve("bin/select-jdk.sh"));
        Files.createDirectories(product.resolve("plugins"));
        Files.writeString(product.resolve("plugins/org.eclipse.equinox.launcher_1.7.0.jar"), "");
        Files.createDirectories(product.resolve("examples/riverside"));
        Files.copy(root.resolve("examples/riverside/riverside.plant"), product.resolve("examples/riverside/riverside.plant"),
                StandardCopyOption.REPLACE_EXISTING);
        Path jdk = Files.createDirectories(product.resolve("jdk/bin"));
        Files.writeString(jdk.resolve("java"), String.join("\n", "#!/bin/sh",
                "case \"$*\" in *-XshowSettings*) echo '    java.specification.version = 25' >&2; exit 0 ;; esac",
                "for a in \"$@\"; do echo \"$a\"; done >\"" + product.resolve("java-arguments.txt") + "\"", ""));
        Files.setPosixFilePermissions(jdk.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        home = Files.createDirectories(product.resolve("home"));
    }

    private Run start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", product.resolve("fieldbridge-workbench").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(product.toFile());
        builder.environment().put("JAVA_HOME", product.resolve("jdk").toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("FIELDBRIDGE_DATA");
        builder.environment().remove("FIELDBRIDGE_DEFAULT_PLANT");
        Path out = product.resolve("out.txt");
        Path err = product.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script ends");
        Path arguments = product.resolve("java-arguments.txt");
        List<String> java = Files.exists(arguments) ? Files.readAllLines(arguments) : List.of();
        return new Run(process.exitValue(), java, Files.readString(out), Files.readString(err));
    }

    private static String after(List<String> arguments, String option) {
        int i = arguments.indexOf(option);
        assertTrue(i >= 0 && i + 1 < arguments.size(), option + " in " + arguments);
        return arguments.get(i + 1);
    }

    @Test
    void withoutArgumentsItOpensTheExamplePlantInTheDefaultWorkspace() throws Exception {
        Run run = start();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(home.resolve(".fieldbridge/workspace").toString(), after(run.java(), "-data"));
        assertTrue(run.java().contains("-Dfieldbridge.plant=" + product.resolve("examples/riverside/riverside.plant")),
                run.java().toString());
    }

    @Test
    void dataChoosesTheWorkspaceAndItsLog() throws Exception {
        Path workspace = product.resolve("my workspace");
        Run run = start("-data", workspace.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(workspace.toString(), after(run.java(), "-data"));
        assertTrue(run.java().contains("-Dorg.slf4j.simpleLogger.logFile=" + workspace.resolve(".metadata/fieldbridge.log")),
                run.java().toString());
        assertTrue(Files.isDirectory(workspace.resolve(".metadata")));
    }

    @Test
    void cleanAndConsoleLogReachTheLauncher() throws Exception {
        Run run = start("-clean", "-consoleLog");
        assertEquals(0, run.exitCode(), run.err());
        int jar = run.java().indexOf("-jar");
        assertTrue(run.java().indexOf("-clean") > jar, run.java().toString());
        assertTrue(run.java().indexOf("-consoleLog") > jar, run.java().toString());
    }

    @Test
    void everythingAfterVmargsGoesToTheJvm() throws Exception {
        Run run = start("-consoleLog", "-vmargs", "-Xmx4g", "-Dsome.flag=on", "-data");
        assertEquals(0, run.exitCode(), run.err());
        int jar = run.java().indexOf("-jar");
        assertTrue(run.java().indexOf("-Xmx4g") < jar && run.java().indexOf("-Xmx4g") > run.java().indexOf("-Xmx2g"),
                "after the default heap, so that it wins: " + run.java());
        assertTrue(run.java().indexOf("-Dsome.flag=on") < jar, run.java().toString());
        assertTrue(run.java().indexOf("-data") < jar, "the -data after -vmargs is the JVM's: " + run.java());
        assertTrue(run.java().lastIndexOf("-data") > jar, "the launcher still gets the workspace: " + run.java());
    }

    @Test
    void plantFilesAreOpenedByTheirAbsolutePaths() throws Exception {
        Path plants = Files.createDirectories(product.resolve("plants"));
        Files.writeString(plants.resolve("press.plant"), "<plant/>");
        Run run = start("-data", product.resolve("ws").toString(), "plants/press.plant");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.java().contains("-Dfieldbridge.plant=" + plants.resolve("press.plant")), run.java().toString());
    }

    @Test
    void anUnknownOptionGetsTheUsageAndExitCode2() throws Exception {
        Run run = start("-x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown option -x"), run.err());
        assertTrue(run.err().contains("usage: fieldbridge-workbench"), run.err());
        assertTrue(run.java().isEmpty(), "java is not started");
    }

    @Test
    void dataWithoutAFolderGetsTheUsageAndExitCode2() throws Exception {
        Run run = start("-data");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("-data needs a folder"), run.err());
        assertFalse(run.err().contains("dirname"), run.err());
        assertTrue(run.java().isEmpty());
    }

    @Test
    void aMissingPlantFileIsNamed() throws Exception {
        Run run = start("nowhere/missing.plant");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such plant file: nowhere/missing.plant"), run.err());
        assertTrue(run.java().isEmpty());
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        Run run = start("-help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("-vmargs"), run.out());
        assertEquals(Set.of(), Set.copyOf(run.java()));
    }
}
