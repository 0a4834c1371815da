/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.fieldbridge.codegen.GenerationMonitor;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.tests.support.SyntheticPlant;

/**
 * Prints how long generating a runtime for a 10,000-mapping model takes and how large the output is
 * (issue 5, "Speed"); not a test, nothing is asserted. The model has the shape of the language benchmark
 * (tests/org.fieldbridge.dsl.tests BenchmarkTest: 100 equipment x 100 temperature signals, one int16
 * holding register each, scaled 0.1) plus one alignment grid and a few behaviours, so that every template
 * runs. Five rounds in one JVM (the first includes the language setup), then javac on the output.
 *
 * <p>Run with {@code releng/codegen-bench.sh} (plain class path); arguments: {@code [mappings] [rounds]}.</p>
 */
public final class GenerationBench {

    private GenerationBench() {
    }

    public static void main(String[] args) throws IOException {
        int mappings = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int perEquipment = 100;
        int equipment = (mappings + perEquipment - 1) / perEquipment;
        Path work = Files.createTempDirectory("fieldbridge-codegen-bench");
        try {
            Path models = work.resolve("models");
            Files.createDirectories(models);
            Files.writeString(models.resolve("bench.plant"), SyntheticPlant.xmi(equipment, perEquipment, true), StandardCharsets.UTF_8);
            Files.writeString(models.resolve("bench.twin"), twin(mappings, perEquipment), StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "[codegen-bench] model: %d mappings on %d equipment, %d behaviours, "
                    + "one alignment grid of %d signals%n", mappings, equipment, 4, perEquipment);

            long start = System.nanoTime();
            RuntimeGenerator generator = RuntimeGenerator.standalone();
            GenerationResult result = null;
            for (int round = 1; round <= rounds; round++) {
                Path out = work.resolve("out" + round);
                long t = System.nanoTime();
                StepTimes steps = new StepTimes();
                result = generator.generate(List.of(models), out, steps);
                long ms = (System.nanoTime() - (round == 1 ? start : t)) / 1_000_000;
                if (result.hasErrors()) {
                    result.findings().forEach(f -> System.out.println(f.format()));
                    throw new IllegalStateException("the bench model has errors");
                }
                System.out.printf(Locale.ROOT, "[codegen-bench] round %d: generation %d ms%s; steps: %s%n", round, ms,
                        round == 1 ? " (including the language setup)" : "", steps);
            }
            Path out = work.resolve("out" + rounds);
            long total = 0;
            Path largest = null;
            long largestSize = 0;
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    long size = Files.size(file);
                    total += size;
                    if (size > largestSize) {
                        largestSize = size;
                        largest = file;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "[codegen-bench] output: %d files, %.1f MB; largest %s (%.1f MB)%n",
                    result.files().size(), total / 1e6, out.relativize(largest), largestSize / 1e6);
            compile(out);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Records how long each step of a generation took. */
    private static final class StepTimes implements GenerationMonitor {
        private final StringBuilder text = new StringBuilder();
        private String current;
        private long since;

        @Override
        public void step(String what, int done, int total) {
            long now = System.nanoTime();
            if (current != null) {
                text.append(text.isEmpty() ? "" : ", ").append(current).append(' ').append((now - since) / 1_000_000)
                        .append(" ms");
            }
            current = what.startsWith("checking the") ? "plants" : what.split(" ")[0];
            since = now;
        }

        @Override
        public boolean isCanceled() {
            return false;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Compiles the output with the class path of this JVM (which holds the runtime jars). */
    private static void compile(Path project) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            System.out.println("[codegen-bench] no javac in this Java runtime: compilation not measured");
            return;
        }
        List<String> sources;
        try (Stream<Path> walk = Files.walk(project.resolve("src/main/java"))) {
            sources = walk.map(Path::toString).filter(p -> p.endsWith(".java")).toList();
        }
        Path classes = project.resolve("classes");
        List<String> options = new java.util.ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "21",
                "-encoding", "UTF-8", "-implicit:none", "-classpath", System.getProperty("java.class.path"), "-d",
                classes.toString()));
        options.addAll(sources);
        long t = System.nanoTime();
        int exit = compiler.run(null, System.out, System.err, options.toArray(String[]::new));
        long ms = (System.nanoTime() - t) / 1_000_000;
        long classFiles;
        try (Stream<Path> walk = Files.walk(classes)) {
            classFiles = walk.filter(p -> p.toString().endsWith(".class")).count();
        }
        System.out.printf(Locale.ROOT, "[codegen-bench] javac -Xlint:all -Werror: exit %d, %d ms, %d class files%n",
                exit, ms, classFiles);
    }

    private static String twin(int mappings, int perEquipment) {
        StringBuilder text = new StringBuilder("""
                package bench.plant
                import "bench.plant"
                connection P modbus tcp "127.0.0.1:5020" unit 1 { poll 100 ms }
                """);
        for (int n = 1; n <= mappings; n++) {
            int e = (n - 1) / perEquipment;
            int s = (n - 1) % perEquipment;
            text.append("map P holding ").append(n).append(" int16 \"T").append(n).append("\" -> E").append(e)
                    .append(".S").append(s).append(" { scale 0.1, unit degC }\n");
        }
        text.append("""
                align E0.* every 1 s using mean
                alarm Hot: E0.S0 > 90 degC for 5 s, clear below 85 degC, severity 700
                alarm Cold: E0.S1 < 5 degC for 5 s, clear above 7 degC
                overshoot Over: E0.S2 above E0.S3 by 2 degC
                verdict InSpec: E0.S4 within 20 .. 30 degC
                """);
        return text.toString();
    }
}
