/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.SyntheticPlant;

/**
 * Start-up time and heap of a generated runtime, not a test: for a small model (the baseline, measured in
 * the same run) and a large one (10,000 tags by default), generates and builds the runtime, serves its
 * registers from a simulated Modbus device on 127.0.0.1, starts the runtime's jar as its own process and
 * prints: time to "Running" (server up, sources started), time until every tag has its first value (both
 * since the JVM started), heap used after a full GC, resident memory after it has polled for a while and the CPU
 * the runtime process used while it polled (from /proc/PID/stat, per minute). Run with releng/runtime-bench.sh.
 * System properties: {@code fieldbridge.bench.heap} (e.g. {@code 256m}: the runtime's -Xmx, default the JVM's),
 * {@code fieldbridge.bench.jvm} (more JVM options of the runtime, comma separated, e.g. {@code -XX:+UseSerialGC}),
 * {@code fieldbridge.bench.jfr} (a folder: each measured runtime records a JFR profile there).
 */
public final class RuntimeStartupBench {

    /** {@code -Dfieldbridge.bench.subscribed=true}: a client subscribes to every tag, whose value changes every second. */
    static final boolean SUBSCRIBED = Boolean.getBoolean("fieldbridge.bench.subscribed");

    private static final Pattern FIRST_VALUES = Pattern.compile("have a first value, ([0-9.]+) s after the JVM started");

    private RuntimeStartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int tags = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int baseline = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path work = Files.createTempDirectory("fieldbridge-runtime-bench");
        try {
            Figures small = measure(work.resolve("small"), baseline, seconds);
            Figures large = measure(work.resolve("large"), tags, seconds);
            System.out.printf(Locale.ROOT, "[runtime-bench] %d tags vs %d: start-up %.2f x, first values %.2f x, "
                    + "heap %.2f x (%.1f KB per extra tag), RSS %.2f x%n", tags, baseline,
                    large.runningSeconds / small.runningSeconds, large.firstValuesSeconds / small.firstValuesSeconds,
                    large.heapMb / small.heapMb, (large.heapMb - small.heapMb) * 1024 / (tags - baseline),
                    large.rssMb / small.rssMb);
            String mode = SUBSCRIBED ? ".subscribed" : "";
            for (Figures f : List.of(small, large)) {
                System.out.printf(Locale.ROOT, "runtime.rss.%d%s=%.0f MB%nruntime.cpu.%d%s=%.1f CPU-s/min%n"
                        + "runtime.heap.%d%s=%.1f MB%n", f.tags, mode, f.rssMb, f.tags, mode, f.cpuPerMinute, f.tags,
                        mode, f.heapMb);
            }
            System.out.printf(Locale.ROOT, "runtime.heap_per_tag%s=%.2f KB%n", mode,
                    (large.heapMb - small.heapMb) * 1024 / (tags - baseline));
        } finally {
            RuntimeJarBuilder.deleteRecursively(work);
        }
    }

    private record Figures(int tags, double buildSeconds, double runningSeconds, double firstValuesSeconds,
            double heapMb, double rssMb, double cpuPerMinute) {
    }

    private static Figures measure(Path folder, int tags, int seconds) throws Exception {
        int perEquipment = Math.min(100, tags);
        Path models = Files.createDirectories(folder.resolve("models"));
        Files.writeString(models.resolve("bench.plant"), SyntheticPlant.xmi((tags + perEquipment - 1) / perEquipment,
                perEquipment, false));
        Files.writeString(models.resolve("bench.twin"), twin(tags, perEquipment));
        Path project = folder.resolve("runtime");
        long t0 = System.nanoTime();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        GenerationResult generated = new GenerateCommand(quiet, System.err).generate(List.of(models), project);
        if (generated == null) {
            throw new IllegalStateException("the bench model has errors");
        }
        new RuntimeJarBuilder(RuntimeClasspath.fromSystemProperty()).build(project, generated);
        double build = (System.nanoTime() - t0) / 1e9;

        List<RegisterBinding> registers = new ArrayList<>();
        for (int n = 0; n <= tags; n++) {
            registers.add(new RegisterBinding("T" + n, TagAddress.of(1, RegisterArea.HOLDING_REGISTER, n, DataType.INT16),
                    0.1, 0));
        }
        try (SimulatedModbusDevice device = new SimulatedModbusDevice(1, DemoPorts.free(), registers)) {
            device.start();
            device.update(signal -> 20 + Integer.parseInt(signal.substring(1)) % 50);
            ConfigurationEdit edit = new ConfigurationEdit();
            if (SUBSCRIBED) { // the None endpoint with anonymous access: the bench's client needs no certificate
                edit.set("server.allowInsecure", "true");
            }
            edit.set("server.port", Integer.toString(DemoPorts.free()))
                    .set("server.hostnames", "127.0.0.1").set("server.keyStorePassword", "env:FB_BENCH_KEYSTORE")
                    .set("users", "bench").set("user.bench.password", "env:FB_BENCH_USER").set("user.bench.roles", "operator")
                    .set("connection.P.host", "127.0.0.1").set("connection.P.port", Integer.toString(device.port()))
                    .write(project.resolve("fieldbridge-runtime.properties"), project.resolve("bench.properties"));
            // first start: creates the server's key pair and certificate; then a restart with them in place
            double[] first = run(project, folder.resolve("first.log"), 0, tags, perEquipment);
            double[] restart;
            try (ValueChanges changes = SUBSCRIBED ? new ValueChanges(device) : null) {
                restart = run(project, folder.resolve("restart.log"), seconds, tags, perEquipment);
            }
            System.out.printf(Locale.ROOT, "[runtime-bench] %5d tags: generate+build %.1f s; process start -> Running "
                    + "%.2f s (first start, making certificates) / %.2f s (restart); first value of every tag %.2f / "
                    + "%.2f s after JVM start; heap after full GC %.1f MB; RSS %.0f MB (after %d s of 100 ms polls); "
                    + "CPU %.1f CPU-s per minute (%.3f cores) while polling; load average %.2f%n",
                    tags, build, first[0], restart[0], first[1], restart[1], restart[2], restart[3], seconds,
                    restart[4], restart[4] / 60, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            return new Figures(tags, build, restart[0], restart[1], restart[2], restart[3], restart[4]);
        }
    }

    /** @return seconds to Running, seconds to first values (since JVM start), heap MB, RSS MB, CPU-s per minute */
    private static double[] run(Path project, Path log, int seconds, int tags, int perEquipment) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("FB_BENCH_KEYSTORE", "bench-keystore-secret",
                "FB_BENCH_USER", "bench-user-secret"));
        String options = javaOptions(project, seconds);
        if (!options.isEmpty()) {
            env.put("JAVA_TOOL_OPTIONS", options);
        }
        try (RuntimeProcess runtime = RuntimeProcess.start(project, List.of("--config", "bench.properties"), env, log)) {
            long started = System.nanoTime();
            double running = Double.NaN;
            double firstValues = Double.NaN;
            while (Double.isNaN(firstValues) && System.nanoTime() - started < 120_000_000_000L) {
                String text = Files.exists(log) ? Files.readString(log) : "";
                if (Double.isNaN(running) && text.contains("Running")) {
                    running = (System.nanoTime() - started) / 1e9;
                }
                Matcher m = FIRST_VALUES.matcher(text);
                if (m.find()) {
                    firstValues = Double.parseDouble(m.group(1));
                }
                if (!runtime.isAlive()) {
                    throw new IllegalStateException("the runtime stopped:\n" + text);
                }
                Thread.sleep(20);
            }
            if (seconds == 0) {
                return new double[] { running, firstValues, Double.NaN, Double.NaN, Double.NaN };
            }
            try (SubscribedClient client = SUBSCRIBED ? SubscribedClient.start(endpoint(log), tags, perEquipment) : null) {
                return measureRunning(runtime, running, firstValues, seconds, project);
            }
        }
    }

    private static double[] measureRunning(RuntimeProcess runtime, double running, double firstValues, int seconds,
            Path project) throws Exception {
        Thread.sleep(2_000); // past the start-up's JIT compilation
        long cpu0 = cpuTicks(runtime.pid());
        long wall0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double cpuPerMinute = (cpuTicks(runtime.pid()) - cpu0) / 100.0 / ((System.nanoTime() - wall0) / 60e9);
        double rss = residentMb(runtime.pid());
        String liveObjects = jcmd(runtime.pid(), "GC.class_histogram"); // a full GC first: live objects only
        double heap = liveBytes(liveObjects) / (1024.0 * 1024.0);
        String histogram = System.getProperty("fieldbridge.bench.histogram");
        if (histogram != null) {
            Files.writeString(Path.of(histogram, project.getParent().getFileName() + "-histogram.txt"), liveObjects);
            Files.writeString(Path.of(histogram, project.getParent().getFileName() + "-nmt.txt"),
                    jcmd(runtime.pid(), "VM.native_memory summary"));
        }
        return new double[] { running, firstValues, heap, rss, cpuPerMinute };
    }

    /** @return the OPC UA endpoint the runtime printed at start */
    private static String endpoint(Path log) throws IOException {
        Matcher m = Pattern.compile("OPC UA endpoint: +(opc\\.tcp://\\S+)").matcher(Files.readString(log));
        if (!m.find()) {
            throw new IllegalStateException("the runtime printed no OPC UA endpoint");
        }
        return m.group(1);
    }

    /**
     * @return the live heap in bytes: the total of {@code GC.class_histogram}, which collects fully first (the same
     *         for every collector; the serial collector's GC.heap_info also counted what its young spaces held),
     *         without the JVM's filler arrays
     */
    static long liveBytes(String histogram) {
        Matcher m = Pattern.compile("(?m)^Total +\\d+ +(\\d+)").matcher(histogram);
        if (!m.find()) {
            throw new IllegalStateException("no total in jcmd's class histogram:\n" + histogram);
        }
        // the JVM's filler arrays are dead space it counts as objects (0.1-2.3 MB between runs): not live
        Matcher filler = Pattern.compile("(?m)^ *\\d+: +\\d+ +(\\d+) +\\[Ljdk\\.internal\\.vm\\.FillerElement;").matcher(histogram);
        return Long.parseLong(m.group(1)) - (filler.find() ? Long.parseLong(filler.group(1)) : 0);
    }

    /** -Xmx and a flight recording of the measured run, as the system properties ask (see the class comment). */
    private static String javaOptions(Path project, int seconds) {
        StringBuilder options = new StringBuilder();
        String heap = System.getProperty("fieldbridge.bench.heap");
        if (heap != null) {
            options.append("-Xmx").append(heap);
        }
        String jvm = System.getProperty("fieldbridge.bench.jvm");
        if (jvm != null) {
            options.append(' ').append(jvm.replace(',', ' '));
        }
        String jfr = System.getProperty("fieldbridge.bench.jfr");
        if (jfr != null && seconds > 0) {
            options.append(" -XX:StartFlightRecording=settings=profile,filename=")
                    .append(Path.of(jfr, project.getParent().getFileName() + ".jfr").toAbsolutePath());
        }
        return options.toString().trim();
    }

    /** @return user + system CPU of a process in clock ticks (USER_HZ, 100 on Linux) */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
    }

    private static double residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** @return one int16 holding register (scale 0.1) per signal, polled every 100 ms, and one alarm */
    private static String twin(int mappings, int perEquipment) {
        StringBuilder text = new StringBuilder("""
                package bench.plant
                import "bench.plant"
                connection P modbus tcp "127.0.0.1:5020" unit 1 { poll 100 ms }
                """);
        for (int n = 1; n <= mappings; n++) {
            text.append("map P holding ").append(n).append(" int16 -> E").append((n - 1) / perEquipment).append(".S")
                    .append((n - 1) % perEquipment).append(" { scale 0.1, unit degC }\n");
        }
        return text.append("alarm Hot: E0.S0 > 90 degC for 5 s, clear below 85 degC, severity 700\n").toString();
    }
}
