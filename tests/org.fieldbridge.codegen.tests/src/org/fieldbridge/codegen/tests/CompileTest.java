/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.runtime.app.RuntimeConfiguration;
import org.fieldbridge.runtime.app.TwinAssembly;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated Java compiles without a single warning against the runtime bundles, and runs. */
@DisplayName("Generated Java")
class CompileTest {

    static void assertCompiles(Path project, Path classes) throws IOException {
        JavaCompilation.Result result = JavaCompilation.compile(project.resolve("src/main/java"), classes);
        assertTrue(result.success() && result.diagnostics().isEmpty(), () -> String.join("\n", result.diagnostics()));
    }

    @Test
    @DisplayName("of the Riverside example compiles with -Xlint:all -Werror for Java 21, assembles, and the engine"
            + " accepts its configuration")
    void riversideCompiles(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        GenerationResult result = Projects.generateClean(project, Projects.riverside());
        assertCompiles(project, dir.resolve("classes"));
        assertTrue(Files.isRegularFile(dir.resolve("classes/acme/riverside/runtime/RiversideTwin.class")));
        Map<String, String> env = new HashMap<>();
        for (String name : List.of("FB_RUNTIME_KEYSTORE_PASSWORD", "FB_OVEN2_PASSWORD", "FB_USER_OPERATOR_PASSWORD",
                "FB_USER_POWDEROPERATOR_PASSWORD", "FB_USER_INTEGRATOR_PASSWORD", "FB_USER_COMMISSIONING_PASSWORD",
                "FB_USER_QUALITYMANAGER_PASSWORD")) {
            env.put(name, "test-" + name.toLowerCase(java.util.Locale.ROOT));
        }
        // what an administrator does: the folder of Oven2's trusted server certificate exists
        Files.createDirectories(project.resolve("pki/controllers/Oven2"));
        TwinAssembly assembly = assembleAndMatch(project, dir.resolve("classes"), result, env);
        assertEquals(12, assembly.modbusDevices().get(0).tags().size());
        assertEquals(Set.of("Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp",
                "Acme.Riverside.Finishing.AnodizingLine.Tank2.BathTemp",
                "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp",
                "Acme.Riverside.Finishing.AnodizingLine.Tank3.RectifierCurrent",
                "Acme.Riverside.Finishing.PowderCoating.CuringOven.GasFlow",
                "Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone1.Temp",
                "Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone2.Temp",
                "Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone3.Temp"), assembly.calibrations().keySet());
        // the alarms' conditions get their InputNode and HasCondition from the watched signal
        String tank3 = "Acme.Riverside.Finishing.AnodizingLine.Tank3";
        assertEquals(tank3 + ".BathTemp", assembly.addressSpace().alarms().get(tank3 + ".BathTooHot").sourceSignal());
        assertEquals("Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone1.Temp", assembly.addressSpace().alarms()
                .entrySet().stream().filter(e -> e.getKey().endsWith(".OvenOvershoot")).findFirst().orElseThrow()
                .getValue().sourceSignal());
    }

    /**
     * Loads the compiled twin, assembles it, checks that its address-space ids are the NodeSet2 variable ids
     * and that the runtime engine reads the generated configuration without complaint.
     */
    static TwinAssembly assembleAndMatch(Path project, Path classes, GenerationResult result, Map<String, String> env)
            throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                CompileTest.class.getClassLoader())) {
            TwinAssembly assembly = (TwinAssembly) loader.loadClass(result.mainClass()).getMethod("assemble")
                    .invoke(null);
            assertEquals(result.runtimeName(), assembly.name());
            assertEquals(result.modelVersion(), assembly.modelVersion());
            Set<String> fromJava = new TreeSet<>(assembly.addressSpace().signals().keySet());
            fromJava.addAll(assembly.addressSpace().states().keySet());
            Set<String> fromNodeSet = new TreeSet<>();
            Path nodeSet = result.files().stream().filter(p -> p.toString().endsWith(".nodeset2.xml")).findFirst()
                    .map(project::resolve).orElseThrow();
            Matcher variables = Pattern.compile("<UAVariable NodeId=\"ns=1;s=([^\"]*)\" BrowseName=\"1:")
                    .matcher(Files.readString(nodeSet));
            while (variables.find()) {
                fromNodeSet.add(variables.group(1));
            }
            assertEquals(fromJava, fromNodeSet);
            RuntimeConfiguration configuration = RuntimeConfiguration.parse("fieldbridge-runtime.properties",
                    Projects.text(project, "fieldbridge-runtime.properties"), project, assembly, env);
            assertEquals(4840, configuration.server().port());
            assertFalse(configuration.users().isEmpty());
            return assembly;
        }
    }

    /** A plant with every behaviour on numeric signals only, so that it also assembles today. */
    static Path behaviourModels(Path dir) throws IOException {
        Path models = dir.resolve("models");
        Projects.write(models.resolve("demo.plant"), TestPlants.plant("assignedRoles=\"reader\"",
                "<equipment name=\"Oven\">" + TestPlants.temperature("Temp") + TestPlants.temperature("Setpoint")
                        + "<signals name=\"Gas\" quantity=\"volumeFlow\" unit=\"MQH\"><validRange minimum=\"0.0\" maximum=\"60.0\"/></signals>"
                        + "<signals name=\"Batch\" kind=\"counter\" quantity=\"count\" dataType=\"integer\"/>"
                        + "</equipment>\n",
                """
                  <units commonCode="MQH" displayName="m³/h" description="cubic metre per hour"/>
                  <roles name="reader" displayName="Reader"><permissions>browse</permissions><permissions>read</permissions></roles>
                """));
        Projects.write(models.resolve("demo.twin"), """
                package demo.oven
                import "demo.plant"
                connection PLC modbus tcp "127.0.0.1:5020" unit 3 { poll 200 ms, timeout 300 ms }
                connection Ua opcua "opc.tcp://127.0.0.1:4841/x" { sampling 200 ms }
                map PLC holding 1 int16 "TT" -> Oven.Temp { scale 0.1, unit degF, valid 32 .. 212 }
                map PLC holding 2 int16 -> Oven.Setpoint { scale 0.1, unit degC }
                map Ua "ns=2;s=Gas" -> Oven.Gas { unit "m3/h", deadband 0.5 }
                map Ua "ns=2;i=7" -> Oven.Batch
                align Oven.* every 2 s using linear
                alarm Hot: Oven.Temp >= 176 degF for 2 s, clear below 77 degC
                alarm Cold: Oven.Temp <= 10 degC
                overshoot Over: Oven.Temp above Oven.Setpoint by 9 degF
                energy GasPerBatch: integrate Oven.Gas per Oven.Batch
                verdict InSpec: Oven.Temp within 20 .. 30
                """);
        return models;
    }

    @Test
    @DisplayName("assembles a twin whose ids match the NodeSet2 model and whose parameters are in the signal's unit")
    void assemblesAndMatchesTheNodeSet(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        GenerationResult result = Projects.generateClean(project, behaviourModels(dir));
        Path classes = dir.resolve("classes");
        assertCompiles(project, classes);
        String behaviours = Projects.text(project, "src/main/java/demo/oven/runtime/OvenBehaviours.java");
        // 176 degF = 80 degC, ">=" is "> the double below"; clear 77 degC; 9 degF difference = 5 K
        assertTrue(behaviours.contains("ThresholdAlarm.Direction.ABOVE, Math.nextDown(80.0"), behaviours);
        assertTrue(behaviours.contains("new OvershootMonitor(\"Over\", 5.0"), behaviours);
        String acquisition = Projects.text(project, "src/main/java/demo/oven/runtime/OvenAcquisition.java");
        // degF raw * 0.1 -> degC: scale 0.1 * 5/9, offset -160/9; valid 32 .. 212 degF = 0 .. 100 degC
        Matcher conditioning = Pattern.compile("TEMP.id\\(\\), new TagAddress\\(3, [^;]*new Conditioning\\(([^)]*)\\)")
                .matcher(acquisition);
        assertTrue(conditioning.find(), acquisition);
        double[] c = Pattern.compile(",\\s*").splitAsStream(conditioning.group(1)).mapToDouble(Double::parseDouble)
                .toArray();
        assertEquals(0.1 * 5 / 9, c[0], 1e-12);
        assertEquals(-32 * 5.0 / 9, c[1], 1e-9);
        assertEquals(0, c[2], 1e-9);
        assertEquals(100, c[3], 1e-9);

        // the OPC UA connection is anonymous: the configuration must not give it an (empty) user
        java.util.Properties properties = new java.util.Properties();
        properties.load(new java.io.StringReader(Projects.text(project, "fieldbridge-runtime.properties")));
        assertFalse(properties.containsKey("connection.Ua.user") || properties.containsKey("connection.Ua.password"));
        Files.createDirectories(project.resolve("pki/controllers/Ua"));
        TwinAssembly assembly = assembleAndMatch(project, classes, result, Map.of("FB_RUNTIME_KEYSTORE_PASSWORD",
                "test-keystore", "FB_USER_READER_PASSWORD", "test-reader"));
        assertEquals("oven", assembly.name());
        assertEquals(2, assembly.modbusDevices().get(0).tags().size());
        assertEquals(2, assembly.opcUaDevices().get(0).signals().size());
        assertEquals(4, assembly.alignments().get(0).outputs().size());
        assertEquals(Set.of("Demo.Site.Area.Line.Oven.Temp", "Demo.Site.Area.Line.Oven.Setpoint",
                "Demo.Site.Area.Line.Oven.Gas", "Demo.Site.Area.Line.Oven.Batch"), assembly.listeners().keySet());
    }

    @Test
    @DisplayName("of a 1,200-signal model splits what would outgrow class file limits and still compiles cleanly")
    void largeModelCompiles(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        StringBuilder equipment = new StringBuilder();
        StringBuilder maps = new StringBuilder();
        int n = 0;
        for (int e = 0; e < 3; e++) {
            equipment.append("<equipment name=\"E").append(e).append("\">");
            for (int s = 0; s < 400; s++) {
                equipment.append(TestPlants.temperature("S" + s));
                n++;
                maps.append("map P holding ").append(n).append(" int16 \"T").append(n).append("\" -> E").append(e)
                        .append(".S").append(s).append(" { scale 0.1, unit degC }\n");
            }
            equipment.append("</equipment>\n");
        }
        Projects.write(models.resolve("big.plant"), TestPlants.plant("", equipment.toString(), ""));
        Projects.write(models.resolve("big.twin"), "package demo.large\nimport \"big.plant\"\n"
                + "connection P modbus tcp \"127.0.0.1:5020\" unit 1\n" + maps
                + "align E0.*, E1.* every 1 s using hold\n");
        Path project = dir.resolve("project");
        GenerationResult result = Projects.generateClean(project, models);
        assertTrue(result.files().stream().anyMatch(p -> p.toString().replace('\\', '/')
                .equals("src/main/java/demo/large/runtime/LargeSignals2.java")), result.files()::toString);
        assertCompiles(project, dir.resolve("classes"));
        assertTrue(Files.isRegularFile(dir.resolve("classes/demo/large/runtime/LargeAcquisition$PTagsPart3.class")));
        List<String> signals = List.of(Projects.text(project, "src/main/java/demo/large/runtime/LargeSignals.java"),
                Projects.text(project, "src/main/java/demo/large/runtime/LargeSignals2.java"));
        assertEquals(1200, signals.stream().mapToLong(s -> Pattern.compile("public static final TwinSignal<")
                .matcher(s).results().count()).sum());
    }
}
