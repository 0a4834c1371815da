/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long a 10,000-mapping file over a matching plant takes to parse, link and validate, and to
 * revalidate after a one-line edit (issue 3, "Speed": targets 3 s and 300 ms). Figures, not a timed test:
 * it only checks that the model is what it should be. Figures go to stdout and target/benchmark.txt.
 */
@DisplayName("Benchmark")
class BenchmarkTest {

    private static final int EQUIPMENT = 100;
    private static final int SIGNALS_PER_EQUIPMENT = 100;
    private static final int MAPPINGS = EQUIPMENT * SIGNALS_PER_EQUIPMENT;

    @Test
    @DisplayName("prints full and incremental check times for 10,000 mappings")
    void tenThousandMappings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bench.plant"), plant(), StandardCharsets.UTF_8);
        String twin = twin();
        Path file = dir.resolve("bench.twin");
        Files.writeString(file, twin, StandardCharsets.UTF_8);

        StringBuilder report = new StringBuilder();
        for (int round = 1; round <= 5; round++) {
            XtextResourceSet resourceSet = TwinTester.injector().getInstance(XtextResourceSet.class);
            resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                    .put("twin", TwinTester.injector().getInstance(IResourceFactory.class));
            long start = System.nanoTime();
            XtextResource resource = (XtextResource) resourceSet.getResource(URI.createFileURI(file.toString()), true);
            List<Issue> issues = validate(resource);
            long full = System.nanoTime() - start;
            assertEquals(List.of(), issues);

            // One-line edit in the middle: the scale of mapping 5000.
            String marker = "\"T5000\" -> E49.S99 { scale 0.1";
            int offset = twin.indexOf(marker) + marker.length() - 1;
            start = System.nanoTime();
            resource.update(offset, 1, "2");
            issues = validate(resource);
            long incremental = System.nanoTime() - start;
            assertEquals(List.of(), issues);

            String line = String.format(Locale.ROOT,
                    "round %d: %d mappings: parse+link+validate %d ms, one-line edit + revalidate %d ms", round,
                    MAPPINGS, full / 1_000_000, incremental / 1_000_000);
            System.out.println("[benchmark] " + line);
            report.append(line).append('\n');
        }
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("benchmark.txt"), report, StandardCharsets.UTF_8);
        }
    }

    private static List<Issue> validate(XtextResource resource) {
        return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    private static String plant() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plant="https://fieldbridge.org/plant/1.0">
                  <enterprises name="Bench"><sites name="Site"><areas name="Area"><lines name="Line">
                """);
        for (int e = 0; e < EQUIPMENT; e++) {
            xml.append("    <equipment name=\"E").append(e).append("\">\n");
            for (int s = 0; s < SIGNALS_PER_EQUIPMENT; s++) {
                xml.append("      <signals name=\"S").append(s)
                        .append("\" quantity=\"temperature\" unit=\"CEL\"><validRange minimum=\"0.0\" maximum=\"100.0\"/></signals>\n");
            }
            xml.append("    </equipment>\n");
        }
        xml.append("""
                  </lines></areas></sites></enterprises>
                  <units commonCode="CEL" displayName="°C"/>
                </plant:Plant>
                """);
        return xml.toString();
    }

    private static String twin() {
        StringBuilder text = new StringBuilder("""
                import "bench.plant"
                connection P modbus tcp "127.0.0.1:5020" unit 1 { poll 100 ms }
                """);
        int n = 0;
        for (int e = 0; e < EQUIPMENT; e++) {
            for (int s = 0; s < SIGNALS_PER_EQUIPMENT; s++) {
                n++;
                text.append("map P holding ").append(n).append(" int16 \"T").append(n).append("\" -> E").append(e)
                        .append(".S").append(s).append(" { scale 0.1, unit degC }\n");
            }
        }
        return text.toString();
    }
}
