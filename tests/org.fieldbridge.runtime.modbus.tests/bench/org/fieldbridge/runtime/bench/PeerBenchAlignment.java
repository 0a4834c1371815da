/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fieldbridge.runtime.alignment.AlignedSignal;
import com.sun.management.OperatingSystemMXBean;

import org.fieldbridge.runtime.alignment.AlignedReading;
import org.fieldbridge.runtime.alignment.AlignmentGrid;
import org.fieldbridge.runtime.alignment.AlignmentMethod;

/**
 * Fieldbridge's side of the alignment comparison of releng/peer-bench.sh: 10,000 signals at mixed rates (100 ms,
 * 250 ms, 1 s and irregular, every timestamp on a 50 ms raster so that a wide frame of the same data is exact)
 * over 60 s, streamed in time order through {@link AlignedSignal}s onto a 1 s grid with hold, linear and mean, on
 * as many threads as there are cores (signals split between them). Prints samples/s per method (best of three
 * timed rounds, after one warm-up round of every method) and the CPU seconds of the process in its cheapest round as {@code name=value unit} lines and writes the raw samples and its results, values and quality codes
 * (little-endian arrays), for releng/peer-bench/alignment.py, which runs pandas on the same samples and
 * compares. Not a test.
 *
 * <p>Argument: the folder to write the arrays into.</p>
 */
public final class PeerBenchAlignment {

    static final int SIGNALS = 10_000;
    static final long SECOND = 1_000_000_000L;
    static final long RASTER = 50_000_000L;
    static final long T0 = Instant.parse("2026-11-24T00:00:00Z").getEpochSecond() * SECOND;
    static final int SECONDS = 60;
    /** Grid points compared and written: T0 + 5 s .. T0 + 54 s (every signal has data, every window is complete). */
    static final int FIRST_POINT = 5;
    static final int POINTS = 50;
    /**
     * How long after a grid point linear waits for its values: it needs the next sample, and irregular signals are
     * up to 3 s apart (the runtime extrapolates at the live edge instead, Uncertain; pandas would not).
     */
    static final long LINEAR_SETTLE = 4 * SECOND;

    /** CPU time of the whole process (every thread: aligning, garbage collection, JIT), as pandas' process_time. */
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private PeerBenchAlignment() {
    }

    /** The samples of all signals in time order. */
    record Samples(long[] times, int[] signals, double[] values, int[] qualities) {
        int size() {
            return times.length;
        }
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Samples all = generate(new Random(2026));
        write(all, folder);
        int threads = Runtime.getRuntime().availableProcessors();
        List<Samples> parts = split(all, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<AlignmentMethod> methods = List.of(AlignmentMethod.HOLD, AlignmentMethod.LINEAR, AlignmentMethod.MEAN);
        try {
            double[] results = new double[POINTS * SIGNALS];
            int[] qualities = new int[POINTS * SIGNALS];
            // one warm-up round per method, all before the first timed round: code the methods share is then
            // compiled before any of them is timed, instead of inside the rounds of whichever is timed first
            for (AlignmentMethod method : methods) {
                round(pool, parts, method, results, qualities);
            }
            for (AlignmentMethod method : methods) {
                long best = Long.MAX_VALUE;
                long leastCpu = Long.MAX_VALUE;
                for (int round = 0; round < 3; round++) {
                    long cpu = PROCESS.getProcessCpuTime();
                    long start = System.nanoTime();
                    round(pool, parts, method, results, qualities);
                    best = Math.min(best, System.nanoTime() - start);
                    leastCpu = Math.min(leastCpu, PROCESS.getProcessCpuTime() - cpu);
                }
                String name = method.name().toLowerCase(Locale.ROOT);
                System.out.printf(Locale.ROOT, "alignment.fieldbridge.%s=%.4g samples/s%n", name, all.size() / (best / 1e9));
                System.out.printf(Locale.ROOT, "alignment.fieldbridge.%s.cpu=%.4g s%n", name, leastCpu / 1e9);
                writeDoubles(folder.resolve("fieldbridge-" + name + ".f64"), results);
                writeInts(folder.resolve("fieldbridge-" + name + "-quality.i32"), qualities);
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "alignment.samples=%d samples%nalignment.signals=%d signals%nalignment.threads=%d threads%n",
                all.size(), SIGNALS, threads);
    }

    /** Aligns every part on its own thread and waits for all of them. */
    private static void round(ExecutorService pool, List<Samples> parts, AlignmentMethod method, double[] results,
            int[] qualities) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Samples part : parts) {
            futures.add(pool.submit(() -> stream(part, method, results, qualities)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /**
     * Streams one part's samples through its signals; each grid point's values and quality codes are taken
     * once they are final for the method (with {@link AlignedSignal#evaluate}, which computes what
     * {@code valueAt} does without allocating an object per value), and raw samples no later point needs are
     * discarded then, as the runtime's alignment ticker does: hold once the stream has passed the point, mean
     * once it has passed the interval [t, t + 1 s) (the runtime's {@code lastCompleteGridPoint}, settle time 0 as
     * with Modbus sources), linear {@link #LINEAR_SETTLE} after the point.
     */
    private static void stream(Samples part, AlignmentMethod method, double[] results, int[] qualities) {
        AlignedReading reading = new AlignedReading();
        AlignmentGrid grid = new AlignmentGrid(Duration.ofSeconds(1));
        AlignedSignal[] bySignal = new AlignedSignal[SIGNALS];
        for (int i = 0; i < part.size(); i++) {
            int s = part.signals()[i];
            if (bySignal[s] == null) {
                bySignal[s] = grid.add("s" + s, method, Duration.ofSeconds(10));
            }
        }
        long finalAfter = switch (method) {
            case HOLD -> 1; // every sample at or before the point has been observed
            case LINEAR -> LINEAR_SETTLE;
            default -> SECOND; // the whole interval has been observed
        };
        int point = 0;
        for (int i = 0; i <= part.size(); i++) {
            long now = i < part.size() ? part.times()[i] : Long.MAX_VALUE;
            while (point < POINTS && now >= gridTime(point) + finalAfter) {
                long t = gridTime(point);
                for (int s = 0; s < SIGNALS; s++) {
                    if (bySignal[s] != null) {
                        bySignal[s].evaluate(t, SECOND, reading);
                        results[point * SIGNALS + s] = reading.value();
                        qualities[point * SIGNALS + s] = reading.qualityCode();
                    }
                }
                grid.discardBefore(Instant.ofEpochSecond(0, t));
                point++;
            }
            if (i < part.size()) {
                bySignal[part.signals()[i]].observe(part.times()[i], part.values()[i], part.qualities()[i]);
            }
        }
    }

    static long gridTime(int point) {
        return T0 + (FIRST_POINT + point) * SECOND;
    }

    /** Signal i: 100 ms (i % 4 == 0), 250 ms (1), 1 s (2) or irregular 50 ms..3 s (3), random phase, random walk. */
    static Samples generate(Random random) {
        List<long[]> rows = new ArrayList<>();
        for (int s = 0; s < SIGNALS; s++) {
            long period = switch (s % 4) {
                case 0 -> 100_000_000L;
                case 1 -> 250_000_000L;
                case 2 -> SECOND;
                default -> 0;
            };
            long t = T0 + RASTER * random.nextInt(period == 0 ? 20 : (int) (period / RASTER));
            double value = 100 * random.nextDouble();
            while (t < T0 + SECONDS * SECOND) {
                value += random.nextGaussian();
                rows.add(new long[] { t, s, Double.doubleToLongBits(value) });
                t += period == 0 ? RASTER * (1 + random.nextInt(60)) : period;
            }
        }
        rows.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        Samples samples = new Samples(new long[rows.size()], new int[rows.size()], new double[rows.size()], new int[rows.size()]);
        for (int i = 0; i < rows.size(); i++) {
            samples.times()[i] = rows.get(i)[0];
            samples.signals()[i] = (int) rows.get(i)[1];
            samples.values()[i] = Double.longBitsToDouble(rows.get(i)[2]);
        }
        return samples;
    }

    /** Signals split between threads by number (even/odd on two cores), each part still in time order. */
    private static List<Samples> split(Samples all, int parts) {
        List<Samples> result = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int part = p;
            int[] index = java.util.stream.IntStream.range(0, all.size()).filter(i -> all.signals()[i] % parts == part).toArray();
            Samples s = new Samples(new long[index.length], new int[index.length], new double[index.length], new int[index.length]);
            for (int i = 0; i < index.length; i++) {
                s.times()[i] = all.times()[index[i]];
                s.signals()[i] = all.signals()[index[i]];
                s.values()[i] = all.values()[index[i]];
                s.qualities()[i] = all.qualities()[index[i]];
            }
            result.add(s);
        }
        return result;
    }

    private static void write(Samples all, Path folder) throws IOException {
        ByteBuffer times = buffer(all.size() * 8L);
        Arrays.stream(all.times()).forEach(times::putLong);
        ByteBuffer signals = buffer(all.size() * 4L);
        Arrays.stream(all.signals()).forEach(signals::putInt);
        ByteBuffer qualities = buffer(all.size() * 4L);
        Arrays.stream(all.qualities()).forEach(qualities::putInt);
        writeBuffer(folder.resolve("times.i64"), times);
        writeBuffer(folder.resolve("signals.i32"), signals);
        writeBuffer(folder.resolve("qualities.i32"), qualities);
        writeDoubles(folder.resolve("values.f64"), all.values());
    }

    private static void writeDoubles(Path file, double[] values) throws IOException {
        ByteBuffer buffer = buffer(values.length * 8L);
        for (double v : values) {
            buffer.putDouble(v);
        }
        writeBuffer(file, buffer);
    }

    private static void writeInts(Path file, int[] values) throws IOException {
        ByteBuffer buffer = buffer(values.length * 4L);
        for (int v : values) {
            buffer.putInt(v);
        }
        writeBuffer(file, buffer);
    }

    private static ByteBuffer buffer(long size) {
        return ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void writeBuffer(Path file, ByteBuffer buffer) throws IOException {
        buffer.flip();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
