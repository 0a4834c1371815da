/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.List;

import org.fieldbridge.codegen.model.ElementNode;
import org.fieldbridge.codegen.model.RuntimeModel;

/**
 * {@code bin/<name>} of the generated project: the start script a plant runs instead of {@code java -jar}. It
 * picks Java (JAVA_HOME, else PATH), refuses anything older than {@value #MINIMUM_JAVA} with a message saying
 * what to install, adds the JVM flags the running Java needs (so that no {@code WARNING:} about
 * {@code sun.misc.Unsafe} reaches the plant's log), a heap default and the configuration file next to the
 * jar, and passes every argument on to the runtime.
 */
public final class StartScriptTemplate {

    /** The oldest Java a generated runtime runs on: Eclipse Milo 1.1.2 needs 17 (docs/deploy.md). */
    public static final int MINIMUM_JAVA = 17;
    /** The smallest maximum heap the script gives a runtime, in MB. */
    static final int MINIMUM_HEAP_MB = 128;
    /**
     * Live heap of a runtime's fixed part in MB (Milo's standard OPC UA nodes, Netty, the runtime), measured after a
     * full GC with {@code releng/runtime-bench.sh} (docs/performance.md, "Cost of a generated runtime").
     */
    static final int FIXED_LIVE_MB = 32;
    /**
     * Live heap per plant signal in KB: 3.4–3.6 measured with one client subscribed to every signal (its nodes,
     * route, conditioning, latest value and the client's monitored item; same bench), rounded up for a second client.
     */
    static final double LIVE_KB_PER_SIGNAL = 4.0;
    /** Maximum heap = this times the live heap: room for what each poll allocates, so collections stay short. */
    static final double HEADROOM = 3.0;

    /**
     * The JVM options the script passes unless {@code FIELDBRIDGE_JVM_DEFAULTS} replaces them (set it empty for the
     * JVM's own defaults). Chosen from releng/runtime-bench.sh's and the peer bench's figures (docs/performance.md,
     * "Cost of a generated runtime" and "Verdict"): the serial collector has none of G1's own structures (40 MB at
     * -Xmx256m) and, with a small initial heap and the free ratios, commits less beyond what is live.
     */
    public static final String JVM_DEFAULTS = "-XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30";
    /**
     * Up to this many signals a model is small: its defaults stop the JIT at C1 ({@link #C1_ONLY}), fix its young
     * generation ({@link #SMALL_MODEL_YOUNG_MB}) and use huge pages ({@link #HUGE_PAGES}). C1 compiles half the code (8 instead of
     * 16 MB) with fewer compiler threads, and at 1,000 signals with a client subscribed to all of them it cost no
     * more CPU (2.14 against 1.98 CPU-s/min) for 33 MB less RSS. At 10,000 signals C2's code pays: 6.2 against
     * 10.2 CPU-s/min (quiet machine, 2026-12-07), for 41 MB more.
     */
    static final int SMALL_MODEL_MAX_SIGNALS = 2_000;
    /**
     * The JIT options up to {@link #SMALL_MODEL_MAX_SIGNALS}: C1 only, compiling a method after 5 % of its usual
     * thresholds (~10 calls instead of ~200). A gateway's code runs a few times a second (a poll, a publishing tick),
     * so with the usual thresholds much of it stayed interpreted for minutes after the start: a 100-signal runtime
     * with a client used 1.27–1.32 CPU-s/min in the bench's window (15–75 s after start) and 0.72–0.81 with this,
     * 1,000 signals 1.63–1.76 and 1.13–1.17, for ~7 MB more compiled code (docs/performance.md, "Gateway CPU: thread
     * wake-ups and the JIT's thresholds"). With C2 the same scaling cost CPU and memory (5.9 against 5.0 CPU-s/min,
     * 259 against 238 MB at 10,000 signals): C2 compiles better code from longer profiles.
     */
    public static final String C1_ONLY = "-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.05";
    /**
     * Above {@link #SMALL_MODEL_MAX_SIGNALS} the defaults compile with C2 alone instead of tiered: no C1-compiled and
     * profiled code beside C2's, one compiler thread fewer. At 10,000 signals with a client 192 instead of 205–211 MB
     * RSS at the same CPU (6.7 CPU-s/min), the first values ~0.5 s later (2026-12-07, docs/performance.md).
     */
    public static final String C2_ONLY = "-XX:-TieredCompilation";
    /**
     * Up to {@link #SMALL_MODEL_MAX_SIGNALS} signals the young generation is {@value} MB instead of a third of the heap
     * (12 MB at 100 and 1,000 signals with the serial collector), with {@link #SURVIVOR_SPACES}: 142 instead of 148 MB
     * RSS at 100 signals and 146 instead of 150–151 MB at 1,000, at the same CPU. Not above: sized at 1 KB per
     * signal (10 MB at 10,000) it gave 177–180 instead of 194–199 MB with each value changing about once a second
     * (the bench), but where every value changes at every poll its samples outlived the collections and were
     * promoted: the old generation grew 1.5 MB/s and RSS reached 287 MB in 75 s (the JVM's sizing: 223 MB), the
     * growth that ends in full collections, long pauses for a big heap. A default has to survive a plant of noisy
     * analog values; a plant that knows its values change slowly can set it (docs/deploy.md; 2026-12-07,
     * docs/performance.md "RSS at 10,000 tags, fourth round").
     */
    public static final int SMALL_MODEL_YOUNG_MB = 8;
    /**
     * With a sized young generation: each survivor space a quarter of it (eden half), and a collection may fill it to
     * 90 % before it promotes objects early. What outlives one young collection is mostly each signal's latest value
     * (replaced at every change). With the usual ratios (survivor spaces a tenth of the young generation, aged
     * objects promoted once a space is half full) that is promoted after one collection: on Java 17 a full
     * collection every few seconds at 10,000 signals, and with a fixed 8 MB young generation the old generation at
     * 120 instead of 62 MB (2026-12-07, docs/performance.md "RSS at 10,000 tags, fourth round").
     */
    public static final String SURVIVOR_SPACES = "-XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90";
    /**
     * Added to the defaults on Java 25 and later (a product option since then, JEP 519): the runtime's heap is
     * mostly small objects (nodes, references, ids), and a 10,000-signal runtime with a client needed 219 instead of
     * 241 MB RSS with it, at no more CPU (2026-12-07).
     */
    public static final String COMPACT_HEADERS = "-XX:+UseCompactObjectHeaders";
    /**
     * Added to the defaults on Java 18 and later (the serial collector deduplicates strings since then; Java 17 only
     * warns that it cannot): strings that survive a few collections share one copy of equal contents. A runtime's
     * long-lived strings repeat each other (node ids, browse and display names, tag names in several tables): at
     * 10,000 signals with a client the old generation held 59.3–60.5 instead of 62.2–63.7 MB and RSS was 185–192
     * instead of 191–195 MB, five alternated pairs, at the same CPU (2026-12-07, docs/performance.md "RSS at
     * 10,000 tags, fifth round").
     */
    public static final String STRING_DEDUPLICATION = "-XX:+UseStringDeduplication";
    /**
     * Added to the defaults up to {@link #SMALL_MODEL_MAX_SIGNALS} signals where the kernel gives transparent huge pages
     * on request (its mode is {@code madvise}; with {@code always} the JVM gets them anyway, with {@code never} the
     * option would only print a warning): the heap and the compiled code in 2 MB pages. Code that runs a few times
     * a second finds little of itself in the processor's caches and address translations; with huge pages a
     * 100-signal runtime with a client used 5–10 % less CPU (0.64–0.69 against 0.72–0.77 and 0.88–0.94 against
     * 0.94–0.97 CPU-s/min, two pairs of alternated rounds), 1,000 signals 1.08 against 1.14, for 1–3 MB more RSS; at
     * 10,000 signals no difference (2026-12-07,
     * docs/performance.md "Gateway CPU: one thread for the server").
     */
    public static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    /**
     * The glibc malloc setting the script exports with its JVM defaults (unless {@code FIELDBRIDGE_JVM_DEFAULTS} is
     * set, or the environment already has one): allocations of this many bytes and more come straight from the
     * kernel and go back to it when freed. Without it glibc raises its threshold after the first large block is freed
     * (Netty's buffer chunks, the JIT's arenas) and then keeps every freed block of up to 32 MB resident in its
     * arenas: at 10,000 signals with a client 12–24 MB of RSS that native memory tracking does not show, at no
     * measurable CPU (docs/performance.md, "Cost of a generated runtime", 2026-12-07). Other C libraries ignore it.
     */
    public static final String MALLOC_MMAP_THRESHOLD = "MALLOC_MMAP_THRESHOLD_=16384";

    /** @return the JVM options the script passes by default for a runtime of {@code signals} plant signals */
    public static String jvmDefaultsFor(int signals) {
        if (isSmallModel(signals)) {
            return JVM_DEFAULTS + " " + C1_ONLY + " -Xmn" + SMALL_MODEL_YOUNG_MB + "m " + SURVIVOR_SPACES;
        }
        return JVM_DEFAULTS + " " + C2_ONLY;
    }

    private static boolean isSmallModel(int signals) {
        return signals <= SMALL_MODEL_MAX_SIGNALS;
    }

    private static String hugePages(int signals) {
        return isSmallModel(signals) ? "$thp" : "";
    }

    private static String hugePagesCheck(int signals) {
        if (!isSmallModel(signals)) {
            return "# transparent huge pages: not for models of more than " + SMALL_MODEL_MAX_SIGNALS + " signals (no gain measured)";
        }
        return String.join("\n",
                "# transparent huge pages where the kernel gives them on request: the heap and compiled code in 2 MB pages,",
                "# 5-10% less CPU at 100 signals (with 'always' the JVM has them anyway, with 'never' the option only warns)",
                "thp=",
                "case $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null) in",
                "  *'[madvise]'*) thp=' " + HUGE_PAGES + "' ;;",
                "esac");
    }

    private StartScriptTemplate() {
    }

    /** @return the path of the script in the generated project */
    public static String path(RuntimeModel model) {
        return path(model.runtimeName());
    }

    /** @return the path of the script in the generated project of the runtime {@code runtimeName} */
    public static String path(String runtimeName) {
        return "bin/" + runtimeName;
    }

    /**
     * @return the maximum heap the script gives the runtime unless {@code FIELDBRIDGE_HEAP} says otherwise, as a
     *         JVM size ({@code 256m}): {@value #HEADROOM} times the live heap of the model's signals, in steps of
     *         32 MB, at least {@value #MINIMUM_HEAP_MB} MB
     */
    public static String defaultHeap(RuntimeModel model) {
        return heapFor(signalCount(model.roots()));
    }

    /** @return the default maximum heap of a runtime with {@code signals} plant signals (see {@link #defaultHeap}) */
    public static String heapFor(int signals) {
        double live = FIXED_LIVE_MB + signals * LIVE_KB_PER_SIGNAL / 1024;
        int mb = (int) Math.ceil(live * HEADROOM / 32) * 32;
        return Math.max(MINIMUM_HEAP_MB, mb) + "m";
    }

    private static int signalCount(List<ElementNode> elements) {
        int count = 0;
        for (ElementNode element : elements) {
            count += element.signals().size() + signalCount(element.children());
        }
        return count;
    }

    private static String mallocName() {
        return MALLOC_MMAP_THRESHOLD.substring(0, MALLOC_MMAP_THRESHOLD.indexOf('='));
    }

    private static String mallocValue() {
        return MALLOC_MMAP_THRESHOLD.substring(MALLOC_MMAP_THRESHOLD.indexOf('=') + 1);
    }

    /** @return the text of the script (POSIX sh) */
    public static String render(RuntimeModel model) {
        String name = model.runtimeName();
        int signals = signalCount(model.roots());
        String heap = heapFor(signals);
        return String.join("\n",
                "#!/bin/sh",
                "# " + GeneratedHeader.text(model),
                "# Starts the " + name + " twin runtime. Finds " + name + "-runtime.jar next to this folder (an installed",
                "# runtime: bin/, " + name + "-runtime.jar, lib/) or in target/ (the generated project after `fieldbridge build`).",
                "# Java: $JAVA_HOME/bin/java, else the java on PATH; " + MINIMUM_JAVA + " or later.",
                "# Environment: FIELDBRIDGE_HEAP (maximum heap, default " + heap + ": sized for this model's "
                        + signals + " signals), FIELDBRIDGE_JAVA_OPTS (more JVM options),",
                "# FIELDBRIDGE_JVM_DEFAULTS (replaces the JVM options and the malloc setting below; empty: the JVM's and the C",
                "# library's own defaults).",
                "# Without --config the runtime reads fieldbridge-runtime.properties of the runtime's folder.",
                "# Every argument goes to the runtime: --config FILE, --duration SECONDS, --live [SECONDS], --help.",
                "set -eu",
                "name=" + name,
                "here=$(cd \"$(dirname \"$0\")/..\" && pwd)",
                "jar=",
                "for candidate in \"$here/$name-runtime.jar\" \"$here/target/$name-runtime.jar\"; do",
                "  if [ -f \"$candidate\" ]; then jar=$candidate; break; fi",
                "done",
                "if [ -z \"$jar\" ]; then",
                "  echo \"$name: no $name-runtime.jar in $here or $here/target: build the runtime first (fieldbridge build ... -o $here)\" >&2",
                "  exit 2",
                "fi",
                "if [ -n \"${JAVA_HOME:-}\" ] && [ -x \"$JAVA_HOME/bin/java\" ]; then",
                "  java=$JAVA_HOME/bin/java",
                "elif command -v java >/dev/null 2>&1; then",
                "  java=$(command -v java)",
                "else",
                "  echo \"$name: no Java found. Install Java " + MINIMUM_JAVA
                        + " or later (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.\" >&2",
                "  exit 2",
                "fi",
                "# the feature release of that Java (\"1.8\" gives 1, \"17.0.2\" gives 17)",
                "version=$(\"$java\" -XshowSettings:properties -version 2>&1 \\",
                "  | sed -n 's/^ *java\\.specification\\.version = \\([0-9][0-9.]*\\).*/\\1/p' | head -n 1)",
                "major=${version%%.*}",
                "if [ -z \"$major\" ] || [ \"$major\" -lt " + MINIMUM_JAVA + " ]; then",
                "  echo \"$name: needs Java " + MINIMUM_JAVA + " or later, but $java is Java ${version:-of unknown version}.\" >&2",
                "  echo \"Install Java " + MINIMUM_JAVA
                        + " or later (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or point JAVA_HOME at one.\" >&2",
                "  exit 2",
                "fi",
                "config=yes",
                "for argument in \"$@\"; do",
                "  case $argument in --config|--config=*) config=no ;; esac",
                "done",
                "if [ \"$config\" = yes ]; then",
                "  set -- --config \"$here/fieldbridge-runtime.properties\" \"$@\"",
                "fi",
                "# Netty still uses sun.misc.Unsafe: Java 24+ warns about it on every start unless allowed (the flag",
                "# exists since Java 23 and is refused before)",
                "flags=",
                "if [ \"$major\" -ge 23 ]; then flags=--sun-misc-unsafe-memory-access=allow; fi",
                "# Java 25+: compact object headers (8 instead of 12 bytes per object; ~9% less RSS at 10,000 signals)",
                "compact=",
                "if [ \"$major\" -ge 25 ]; then compact=' " + COMPACT_HEADERS + "'; fi",
                "# Java 18+: equal strings that live long share their contents (~4 MB less RSS at 10,000 signals)",
                "dedup=",
                "if [ \"$major\" -ge 18 ]; then dedup=' " + STRING_DEDUPLICATION + "'; fi",
                hugePagesCheck(signals),
                "# memory-lean defaults (docs/deploy.md); FIELDBRIDGE_JVM_DEFAULTS replaces them, empty: the JVM's own",
                "defaults=\"${FIELDBRIDGE_JVM_DEFAULTS-" + jvmDefaultsFor(signals) + "$compact$dedup" + hugePages(signals) + "}\"",
                "# with those defaults, glibc's malloc gives blocks of 16 KB and more back to the system when freed",
                "# instead of keeping them resident (12-24 MB at 10,000 signals); a value already set is kept",
                "if [ -z \"${FIELDBRIDGE_JVM_DEFAULTS+set}\" ]; then",
                "  " + mallocName() + "=${" + mallocName() + ":-" + mallocValue() + "}",
                "  export " + mallocName(),
                "fi",
                "# shellcheck disable=SC2086 # FIELDBRIDGE_JAVA_OPTS, defaults and flags are lists of options",
                "exec \"$java\" -Xmx\"${FIELDBRIDGE_HEAP:-" + heap + "}\" $defaults $flags ${FIELDBRIDGE_JAVA_OPTS:-} -jar \"$jar\" \"$@\"",
                "");
    }
}
